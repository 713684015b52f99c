#include "sandboxrequest.h"

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &[key, value] : headers) {
        if (key == lower)
            return value;
    }
    return {};
}

bool SandboxRequest::hasHeader(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &header : headers) {
        if (header.first == lower)
            return true;
    }
    return false;
}

SandboxRequest::Parameters SandboxRequest::queryParameters() const
{
    return decodeForm(url.query(QUrl::FullyEncoded).toLatin1());
}

SandboxRequest::Parameters SandboxRequest::parameters() const
{
    Parameters result = queryParameters();
    if (header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        result += decodeForm(body);
    return result;
}

QString SandboxRequest::parameter(const QString &name) const
{
    for (const auto &[key, value] : parameters()) {
        if (key == name)
            return value;
    }
    return {};
}

QByteArray SandboxRequest::cookie(const QByteArray &name) const
{
    const QList<QByteArray> pairs = header("cookie").split(';');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && pair.left(eq).trimmed() == name)
            return pair.mid(eq + 1).trimmed();
    }
    return {};
}

SandboxRequest::Parameters SandboxRequest::decodeForm(const QByteArray &encoded)
{
    Parameters result;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        result.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return result;
}
