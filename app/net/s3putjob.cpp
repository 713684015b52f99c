#include "net/s3putjob.h"

#include "net/s3replies.h"
#include "net/serviceurl.h"
#include "net/sigv4signer.h"

S3PutJob::S3PutJob(const NetContext &context, const Target &target, const QString &accessKey,
                   const QString &secretKey, const QByteArray &data, const QString &contentType,
                   QObject *parent)
    : AbstractNetworkJob(context, NetError::Service::ObjectStorage, parent), m_target(target),
      m_accessKey(accessKey), m_secretKey(secretKey), m_data(data), m_contentType(contentType.toUtf8()),
      m_sha256(SigV4Signer::sha256Hex(data))
{
    // Object keys are paths: each segment is encoded, the slashes between them are kept.
    QString path = QString::fromLatin1(QUrl::toPercentEncoding(target.bucket));
    const QStringList segments = target.key.split(QLatin1Char('/'));
    for (const QString &segment : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    m_url = ServiceUrl::join(target.endpoint, path);
}

NetError S3PutJob::useSecrets(const QStringList &secrets)
{
    m_accessKey = secrets.value(0);
    m_secretKey = secrets.value(1);
    return {};
}

AbstractNetworkJob::Request S3PutJob::prepare()
{
    const SigV4Signer signer(m_accessKey, m_secretKey, m_target.region, QStringLiteral("s3"));
    SigV4Signer::Request toSign;
    toSign.method = QByteArrayLiteral("PUT");
    toSign.url = m_url;
    toSign.headers = {{"Content-Type", m_contentType}};
    toSign.payloadSha256 = m_sha256;
    toSign.time = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    Request request;
    request.verb = toSign.method;
    request.url = m_url;
    request.body = m_data;
    request.headers = signer.sign(toSign).headers;
    return request;
}

NetError S3PutJob::parseSuccess(int status, const QByteArray &body)
{
    Q_UNUSED(status)
    Q_UNUSED(body)
    m_etag = replyHeader("ETag");
    return {};
}

NetError S3PutJob::parseFailure(int status, const QByteArray &body)
{
    return S3Replies::parseFailure(status, body);
}
