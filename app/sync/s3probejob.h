#pragma once

#include "net/abstractnetworkjob.h"
#include "net/s3putjob.h"

// Whether an object is stored, with its size and ETag, signed like S3PutJob. It asks with a GET of the first
// byte (Range: bytes=0-0) rather than HEAD: the network layer sends every verb as a custom request, and Qt
// then waits for a HEAD reply's body as if it had one. A store that ignores Range answers with the whole
// object, which is still right, only longer. The outbox asks before uploading a document, so a file stored
// before a crash is not sent again.
class S3ProbeJob : public AbstractNetworkJob
{
    Q_OBJECT
public:
    S3ProbeJob(const NetContext &context, const S3PutJob::Target &target, const QString &accessKey,
               const QString &secretKey, QObject *parent = nullptr);

    // The URL S3PutJob stores the same key under.
    static QUrl objectUrl(const S3PutJob::Target &target);

    bool exists() const { return m_exists; }
    qint64 length() const { return m_length; }
    QByteArray etag() const { return m_etag; } // without quotes

protected:
    Request prepare() override;
    NetError parseSuccess(int status, const QByteArray &body) override;
    NetError parseFailure(int status, const QByteArray &body) override;

private:
    S3PutJob::Target m_target;
    QUrl m_url;
    QString m_accessKey;
    QString m_secretKey;
    bool m_exists = false;
    qint64 m_length = -1;
    QByteArray m_etag;
};
