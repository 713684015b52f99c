#include "net/sigv4signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>
#include <map>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray uriEncode(const QByteArray &bytes, bool keepSlash)
{
    return bytes.toPercentEncoding(keepSlash ? QByteArrayLiteral("/") : QByteArray(), QByteArray(), '%');
}

QByteArray normalizedValue(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

SigV4Signer::SigV4Signer(const QString &accessKey, const QString &secretKey, const QString &region,
                         const QString &service)
    : m_accessKey(accessKey), m_secretKey(secretKey.toUtf8()), m_region(region.toUtf8()),
      m_service(service.toUtf8())
{}

QByteArray SigV4Signer::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::canonicalUri(const QUrl &url)
{
    const QByteArray path = url.path(QUrl::FullyDecoded).toUtf8();
    return path.isEmpty() ? QByteArrayLiteral("/") : uriEncode(path, true);
}

QByteArray SigV4Signer::canonicalQuery(const QUrl &url)
{
    std::multimap<QByteArray, QByteArray> sorted;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        sorted.emplace(uriEncode(item.first.toUtf8(), false), uriEncode(item.second.toUtf8(), false));
    QByteArrayList parts;
    for (const auto &[key, value] : sorted)
        parts.append(key + '=' + value);
    return parts.join('&');
}

QByteArray SigV4Signer::hostHeader(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    return port == defaultPort ? host : host + ':' + QByteArray::number(port);
}

SigV4Signer::Signed SigV4Signer::sign(const Request &request) const
{
    const QDateTime utc = request.time.toUTC();
    const QByteArray amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray day = amzDate.left(8);

    Signed result;
    std::map<QByteArray, QByteArray> canonical;
    canonical[QByteArrayLiteral("host")] = hostHeader(request.url);
    canonical[QByteArrayLiteral("x-amz-date")] = amzDate;
    canonical[QByteArrayLiteral("x-amz-content-sha256")] = request.payloadSha256;
    for (const auto &header : request.headers) {
        const QByteArray name = header.first.toLower().trimmed();
        if (name == "host" || name == "authorization")
            continue;
        canonical[name] = normalizedValue(header.second);
        result.headers.append(header);
    }
    result.headers.append({QByteArrayLiteral("x-amz-date"), amzDate});
    result.headers.append({QByteArrayLiteral("x-amz-content-sha256"), request.payloadSha256});

    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &[name, value] : canonical) {
        canonicalHeaders += name + ':' + value + '\n';
        names.append(name);
    }
    const QByteArray signedHeaders = names.join(';');

    result.canonicalRequest = request.method + '\n' + canonicalUri(request.url) + '\n' +
                              canonicalQuery(request.url) + '\n' + canonicalHeaders + '\n' + signedHeaders +
                              '\n' + request.payloadSha256;
    const QByteArray scope = day + '/' + m_region + '/' + m_service + "/aws4_request";
    result.stringToSign =
        "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(result.canonicalRequest);

    const QByteArray dateKey = hmac("AWS4" + m_secretKey, day);
    const QByteArray regionKey = hmac(dateKey, m_region);
    const QByteArray serviceKey = hmac(regionKey, m_service);
    const QByteArray signingKey = hmac(serviceKey, QByteArrayLiteral("aws4_request"));
    result.signature = hmac(signingKey, result.stringToSign).toHex();
    result.authorization = "AWS4-HMAC-SHA256 Credential=" + m_accessKey.toUtf8() + '/' + scope +
                           ", SignedHeaders=" + signedHeaders + ", Signature=" + result.signature;
    result.headers.append({QByteArrayLiteral("Authorization"), result.authorization});
    return result;
}
