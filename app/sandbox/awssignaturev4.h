#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// AWS Signature Version 4 (the S3 flavour: the path is encoded once, the payload hash is the
// x-amz-content-sha256 header). The sandbox checks signatures with it; tests sign with it after checking it
// against AWS's own published example.
class AwsSignatureV4
{
public:
    struct Request
    {
        QByteArray method;
        QString path;                                 // decoded, e.g. "/bucket/a key.pdf"
        QList<QPair<QString, QString>> query;         // decoded
        QList<QPair<QByteArray, QByteArray>> headers; // any case
        QByteArray payloadHash;                       // hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"
    };

    // amzDate "20130524T000000Z"; signedHeaders lower-case names, any order.
    static QByteArray canonicalRequest(const Request &request, const QList<QByteArray> &signedHeaders);
    static QByteArray signature(const Request &request, const QList<QByteArray> &signedHeaders,
                                const QByteArray &amzDate, const QString &region, const QString &service,
                                const QString &secretKey);
    // The whole Authorization header value: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=….
    static QByteArray authorization(const Request &request, const QList<QByteArray> &signedHeaders,
                                    const QByteArray &amzDate, const QString &region, const QString &service,
                                    const QString &accessKey, const QString &secretKey);

    // S3's URI encoding: everything but A-Z a-z 0-9 - . _ ~ as %XX (upper-case hex); '/' kept when asked.
    static QByteArray uriEncode(const QByteArray &bytes, bool keepSlash);
    static QByteArray sha256Hex(const QByteArray &data);
};
