#include "sandboxreply.h"

#include <QJsonDocument>

SandboxReply SandboxReply::json(const QJsonObject &object, int status)
{
    return bytes(QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json; charset=utf-8",
                 status);
}

SandboxReply SandboxReply::json(const QJsonArray &array, int status)
{
    return bytes(QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json; charset=utf-8",
                 status);
}

SandboxReply SandboxReply::bytes(const QByteArray &body, const QByteArray &contentType, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = body;
    reply.setHeader("Content-Type", contentType);
    return reply;
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply reply;
    reply.status = status;
    return reply;
}

SandboxReply SandboxReply::message(int status, const QString &text)
{
    return json(QJsonObject{{QStringLiteral("message"), text}}, status);
}

void SandboxReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SandboxReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray SandboxReply::serialize(bool withBody, bool keepAlive) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[key, value] : headers) {
        if (key.compare("content-length", Qt::CaseInsensitive) != 0)
            out += key + ": " + value + "\r\n";
    }
    // A HEAD reply states the length the GET would have; a 204 has none.
    if (status != 204 && status != 304)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? QByteArray("Connection: keep-alive\r\n") : QByteArray("Connection: close\r\n");
    out += "\r\n";
    if (withBody && status != 204 && status != 304)
        out += body;
    return out;
}

QByteArray SandboxReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return status < 300 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}
