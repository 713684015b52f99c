#include "awssignaturev4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sortedSignedHeaders(QList<QByteArray> names)
{
    for (QByteArray &name : names)
        name = name.toLower();
    std::sort(names.begin(), names.end());
    return names.join(';');
}

// Values trimmed, inner runs of spaces collapsed, repeated headers joined with ','.
QByteArray canonicalHeaderValue(const AwsSignatureV4::Request &request, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &[key, value] : request.headers) {
        if (key.toLower() == name)
            values << value.simplified();
    }
    return values.join(',');
}

} // namespace

QByteArray AwsSignatureV4::canonicalRequest(const Request &request, const QList<QByteArray> &signedHeaders)
{
    QList<QPair<QByteArray, QByteArray>> query;
    for (const auto &[key, value] : request.query)
        query.append({uriEncode(key.toUtf8(), false), uriEncode(value.toUtf8(), false)});
    std::sort(query.begin(), query.end());
    QList<QByteArray> queryItems;
    for (const auto &[key, value] : query)
        queryItems << key + '=' + value;

    QList<QByteArray> names;
    for (const QByteArray &name : signedHeaders)
        names << name.toLower();
    std::sort(names.begin(), names.end());
    QByteArray headers;
    for (const QByteArray &name : names)
        headers += name + ':' + canonicalHeaderValue(request, name) + '\n';

    const QByteArray path = request.path.isEmpty() ? QByteArray("/") : uriEncode(request.path.toUtf8(), true);
    return request.method + '\n' + path + '\n' + queryItems.join('&') + '\n' + headers + '\n' +
           sortedSignedHeaders(signedHeaders) + '\n' + request.payloadHash;
}

QByteArray AwsSignatureV4::signature(const Request &request, const QList<QByteArray> &signedHeaders,
                                     const QByteArray &amzDate, const QString &region, const QString &service,
                                     const QString &secretKey)
{
    const QByteArray date = amzDate.left(8);
    const QByteArray scope = date + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    const QByteArray stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' +
                                    sha256Hex(canonicalRequest(request, signedHeaders));
    QByteArray key = hmac("AWS4" + secretKey.toUtf8(), date);
    key = hmac(key, region.toUtf8());
    key = hmac(key, service.toUtf8());
    key = hmac(key, "aws4_request");
    return hmac(key, stringToSign).toHex();
}

QByteArray AwsSignatureV4::authorization(const Request &request, const QList<QByteArray> &signedHeaders,
                                         const QByteArray &amzDate, const QString &region,
                                         const QString &service, const QString &accessKey,
                                         const QString &secretKey)
{
    const QByteArray scope =
        amzDate.left(8) + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    return "AWS4-HMAC-SHA256 Credential=" + accessKey.toUtf8() + '/' + scope +
           ", SignedHeaders=" + sortedSignedHeaders(signedHeaders) +
           ", Signature=" + signature(request, signedHeaders, amzDate, region, service, secretKey);
}

QByteArray AwsSignatureV4::uriEncode(const QByteArray &bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                                u == '-' || u == '.' || u == '_' || u == '~';
        if (unreserved || (keepSlash && u == '/')) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
    return out;
}

QByteArray AwsSignatureV4::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}
