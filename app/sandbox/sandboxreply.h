#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP reply before it goes on the wire (where faults may still delay, cut or spoil it).
struct SandboxReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SandboxReply json(const QJsonObject &object, int status = 200);
    static SandboxReply json(const QJsonArray &array, int status = 200);
    static SandboxReply bytes(const QByteArray &body, const QByteArray &contentType, int status = 200);
    static SandboxReply empty(int status);
    // {"message": …}: how SGO and our admin calls word an error for a person.
    static SandboxReply message(int status, const QString &text);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    // Status line, headers (with Content-Length) and, unless withBody is false (HEAD), the body.
    QByteArray serialize(bool withBody, bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};
