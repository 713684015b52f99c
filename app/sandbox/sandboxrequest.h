#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// One HTTP request as the sandbox's services see it: a value, detached from the socket it came on.
struct SandboxRequest
{
    using Parameters = QList<QPair<QString, QString>>;

    QByteArray method;                            // "GET", "POST", …
    QUrl url;                                     // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QString path() const { return url.path(); }
    // The first header with that name (any case), or an empty array.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // The query's parameters, decoded as a web server does ('+' is a space).
    Parameters queryParameters() const;
    // The query's and, for a form-encoded body, the body's parameters, query first.
    Parameters parameters() const;
    // The first value of a parameter from parameters(), or an empty string.
    QString parameter(const QString &name) const;
    // Cookie value by name from the Cookie header.
    QByteArray cookie(const QByteArray &name) const;

    // application/x-www-form-urlencoded decoding, '+' as space.
    static Parameters decodeForm(const QByteArray &encoded);
};
