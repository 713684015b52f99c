#include "storagesandbox.h"

#include "awssignaturev4.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxsettings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

namespace {

constexpr qint64 maxClockSkewSecs = 15 * 60;

SandboxReply s3Error(int status, const QByteArray &code, const QByteArray &message, const QString &resource)
{
    const QByteArray body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message +
        "</Message><Resource>" + resource.toHtmlEscaped().toUtf8() + "</Resource><RequestId>" +
        QUuid::createUuid().toByteArray(QUuid::Id128).left(16).toUpper() + "</RequestId></Error>";
    return SandboxReply::bytes(body, "application/xml", status);
}

} // namespace

StorageSandbox::StorageSandbox(const SandboxSettings &settings)
    : m_accessKey(settings.storageAccessKey), m_secretKey(settings.storageSecretKey),
      m_region(settings.storageRegion)
{}

SandboxReply StorageSandbox::serve(const SandboxRequest &request)
{
    const QString path = request.url.path(QUrl::FullyDecoded);
    const qsizetype slash = path.indexOf(QLatin1Char('/'), 1);
    if (slash < 0 || slash == path.size() - 1)
        return s3Error(405, "MethodNotAllowed", "Only objects (/bucket/key) are served here.", path);

    if (request.hasHeader("authorization") || request.method == "PUT") {
        if (auto refusal = verify(request))
            return *refusal;
    }

    if (request.method == "PUT") {
        Object object;
        object.data = request.body;
        object.contentType = request.header("content-type");
        if (object.contentType.isEmpty())
            object.contentType = "binary/octet-stream";
        object.etag = '"' + QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toHex() + '"';
        m_objects.insert(path, object);
        SandboxReply reply = SandboxReply::empty(200);
        reply.setHeader("ETag", object.etag);
        return reply;
    }
    if (request.method == "GET" || request.method == "HEAD") {
        const auto it = m_objects.constFind(path);
        if (it == m_objects.cend())
            return s3Error(404, "NoSuchKey", "The specified key does not exist.", path);
        SandboxReply reply = SandboxReply::bytes(it->data, it->contentType);
        reply.setHeader("ETag", it->etag);
        return reply;
    }
    return s3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.",
                   path);
}

std::optional<SandboxReply> StorageSandbox::verify(const SandboxRequest &request) const
{
    const QString resource = request.url.path(QUrl::FullyDecoded);
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return s3Error(403, "AccessDenied", "Access Denied", resource);

    static const QRegularExpression pattern(QStringLiteral(
        "^AWS4-HMAC-SHA256\\s+Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request\\s*,"
        "\\s*SignedHeaders=([a-z0-9\\-;]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(authorization));
    if (!match.hasMatch())
        return s3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed.",
                       resource);
    const QString accessKey = match.captured(1);
    const QByteArray scopeDate = match.captured(2).toLatin1();
    const QString region = match.captured(3);
    const QString service = match.captured(4);
    const QList<QByteArray> signedHeaders = match.captured(5).toLatin1().split(';');
    const QByteArray givenSignature = match.captured(6).toLatin1();

    if (accessKey != m_accessKey)
        return s3Error(403, "InvalidAccessKeyId",
                       "The AWS Access Key Id you provided does not exist in our records.", resource);
    if (region != m_region || service != QLatin1String("s3"))
        return s3Error(400, "AuthorizationHeaderMalformed",
                       "The authorization header is malformed; the region or service is wrong; expecting '" +
                           m_region.toUtf8() + "'.",
                       resource);
    const QByteArray amzDate = request.header("x-amz-date");
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!when.isValid() || amzDate.left(8) != scopeDate)
        return s3Error(
            400, "AuthorizationHeaderMalformed",
            "The authorization header is malformed; x-amz-date is missing or doesn't match the scope.",
            resource);
    QDateTime whenUtc = when;
    whenUtc.setTimeSpec(Qt::UTC);
    if (qAbs(whenUtc.secsTo(QDateTime::currentDateTimeUtc())) > maxClockSkewSecs)
        return s3Error(403, "RequestTimeTooSkewed",
                       "The difference between the request time and the current time is too large.",
                       resource);
    if (!signedHeaders.contains("host"))
        return s3Error(400, "AuthorizationHeaderMalformed", "The host header must be signed.", resource);

    const QByteArray payloadHash = request.header("x-amz-content-sha256");
    if (payloadHash.isEmpty())
        return s3Error(400, "InvalidRequest",
                       "Missing required header for this request: x-amz-content-sha256", resource);
    if (payloadHash != "UNSIGNED-PAYLOAD" && payloadHash != AwsSignatureV4::sha256Hex(request.body))
        return s3Error(400, "XAmzContentSHA256Mismatch",
                       "The provided 'x-amz-content-sha256' header does not match what was computed.",
                       resource);

    AwsSignatureV4::Request canonical;
    canonical.method = request.method;
    canonical.path = resource;
    canonical.query = request.queryParameters();
    canonical.headers = request.headers;
    canonical.payloadHash = payloadHash;
    const QByteArray expected = AwsSignatureV4::signature(canonical, signedHeaders, amzDate, m_region,
                                                          QStringLiteral("s3"), m_secretKey);
    if (expected != givenSignature)
        return s3Error(403, "SignatureDoesNotMatch",
                       "The request signature we calculated does not match the signature you provided. "
                       "Check your key and signing method.",
                       resource);
    return std::nullopt;
}
