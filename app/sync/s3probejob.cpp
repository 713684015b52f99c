#include "sync/s3probejob.h"

#include "net/s3replies.h"
#include "net/serviceurl.h"
#include "net/sigv4signer.h"

#include <QDateTime>

S3ProbeJob::S3ProbeJob(const NetContext &context, const S3PutJob::Target &target, const QString &accessKey,
                       const QString &secretKey, QObject *parent)
    : AbstractNetworkJob(context, NetError::Service::ObjectStorage, parent), m_target(target),
      m_url(objectUrl(target)), m_accessKey(accessKey), m_secretKey(secretKey)
{}

QUrl S3ProbeJob::objectUrl(const S3PutJob::Target &target)
{
    // As S3PutJob builds it: each segment of the key encoded, the slashes kept.
    QString path = QString::fromLatin1(QUrl::toPercentEncoding(target.bucket));
    const QStringList segments = target.key.split(QLatin1Char('/'));
    for (const QString &segment : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return ServiceUrl::join(target.endpoint, path);
}

AbstractNetworkJob::Request S3ProbeJob::prepare()
{
    const SigV4Signer signer(m_accessKey, m_secretKey, m_target.region, QStringLiteral("s3"));
    SigV4Signer::Request toSign;
    toSign.method = QByteArrayLiteral("GET");
    toSign.url = m_url;
    toSign.headers = {{"Range", "bytes=0-0"}};
    toSign.payloadSha256 = SigV4Signer::sha256Hex(QByteArray());
    toSign.time = QDateTime::currentDateTimeUtc();
    Request request;
    request.verb = toSign.method;
    request.url = m_url;
    request.headers = signer.sign(toSign).headers;
    return request;
}

NetError S3ProbeJob::parseSuccess(int status, const QByteArray &body)
{
    m_exists = true;
    // 206: "Content-Range: bytes 0-0/<size>"; 200 (Range ignored): the whole object.
    const QByteArray range = replyHeader("Content-Range");
    const qsizetype slash = range.lastIndexOf('/');
    bool ok = false;
    const qint64 total = slash >= 0 ? range.mid(slash + 1).trimmed().toLongLong(&ok) : 0;
    m_length = status == 206 && ok ? total : (status == 200 ? body.size() : -1);
    m_etag = replyHeader("ETag");
    if (m_etag.size() >= 2 && m_etag.startsWith('"') && m_etag.endsWith('"'))
        m_etag = m_etag.mid(1, m_etag.size() - 2);
    return {};
}

NetError S3ProbeJob::parseFailure(int status, const QByteArray &body)
{
    if (status == 404)
        return {}; // not stored: exists() stays false
    if (status == 416)
        return {}; // an empty object has no first byte: treat it as not stored, the PUT settles it
    return S3Replies::parseFailure(status, body);
}
