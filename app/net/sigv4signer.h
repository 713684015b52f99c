#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// AWS Signature Version 4 for S3-compatible object storage (header form, path-style URLs). Checked against
// AWS's published examples for S3 in tst_netsigv4.
class SigV4Signer
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Request
    {
        QByteArray method;
        QUrl url;
        Headers headers;          // besides host, x-amz-date and x-amz-content-sha256, which sign() adds
        QByteArray payloadSha256; // lowercase hex
        QDateTime time;           // UTC
    };
    struct Signed
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signature;
        QByteArray authorization;
        Headers
            headers; // every header to send: the request's, x-amz-date, x-amz-content-sha256, Authorization
    };

    SigV4Signer(const QString &accessKey, const QString &secretKey, const QString &region,
                const QString &service = QStringLiteral("s3"));

    Signed sign(const Request &request) const;

    static QByteArray sha256Hex(const QByteArray &data);
    // S3's canonical URI: every byte but unreserved characters and '/' percent-encoded, once.
    static QByteArray canonicalUri(const QUrl &url);
    static QByteArray canonicalQuery(const QUrl &url);
    static QByteArray hostHeader(const QUrl &url);

private:
    QString m_accessKey;
    QByteArray m_secretKey;
    QByteArray m_region;
    QByteArray m_service;
};
