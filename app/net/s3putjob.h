#pragma once

#include "net/abstractnetworkjob.h"

#include <QDateTime>

#include <functional>

// PUT {endpoint}/{bucket}/{key} signed with AWS Signature V4 (re-signed on every attempt, since the signature
// carries the time). The reply's ETag is kept.
class S3PutJob : public AbstractNetworkJob
{
    Q_OBJECT
public:
    struct Target
    {
        QUrl endpoint;
        QString bucket;
        QString region;
        QString key;
    };
    // Without the keys, setSecrets() names the keychain's two (access key first).
    S3PutJob(const NetContext &context, const Target &target, const QString &accessKey,
             const QString &secretKey, const QByteArray &data, const QString &contentType,
             QObject *parent = nullptr);

    QUrl objectUrl() const { return m_url; }
    QByteArray etag() const { return m_etag; }
    QByteArray sha256Hex() const { return m_sha256; }
    // Tests: sign with this clock.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

protected:
    NetError useSecrets(const QStringList &secrets) override;
    Request prepare() override;
    NetError parseSuccess(int status, const QByteArray &body) override;
    NetError parseFailure(int status, const QByteArray &body) override;

private:
    Target m_target;
    QUrl m_url;
    QString m_accessKey;
    QString m_secretKey;
    QByteArray m_data;
    QByteArray m_contentType;
    QByteArray m_sha256;
    QByteArray m_etag;
    std::function<QDateTime()> m_now;
};
