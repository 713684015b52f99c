#include "net/jsonfields.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace JsonFields {

namespace {

template<typename T> std::optional<T> fail(QString *problem, const QString &text)
{
    if (problem && problem->isEmpty())
        *problem = text;
    return std::nullopt;
}

} // namespace

std::optional<QJsonValue> document(const QByteArray &body, QString *problem)
{
    QJsonParseError parseError;
    // QJsonDocument only has object and array roots; a scalar root is wrapped to be read the same way.
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (doc.isObject())
            return QJsonValue(doc.object());
        if (doc.isArray())
            return QJsonValue(doc.array());
    }
    const QByteArray wrapped = QByteArrayLiteral("[") + body + QByteArrayLiteral("]");
    QJsonParseError wrappedError;
    const QJsonDocument scalar = QJsonDocument::fromJson(wrapped, &wrappedError);
    if (wrappedError.error == QJsonParseError::NoError && scalar.isArray() && scalar.array().size() == 1 &&
        !body.trimmed().startsWith('[') && !body.trimmed().startsWith('{'))
        return scalar.array().at(0);
    return fail<QJsonValue>(
        problem,
        QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
}

std::optional<QJsonObject> object(const QJsonValue &value, const QString &what, QString *problem)
{
    if (!value.isObject())
        return fail<QJsonObject>(problem, what + QStringLiteral(" is not an object"));
    return value.toObject();
}

std::optional<QJsonArray> array(const QJsonValue &value, const QString &what, QString *problem)
{
    if (!value.isArray())
        return fail<QJsonArray>(problem, what + QStringLiteral(" is not an array"));
    return value.toArray();
}

std::optional<QString> string(const QJsonObject &object, const QString &key, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return fail<QString>(problem, QStringLiteral("\"%1\" is missing or not a string").arg(key));
    return value.toString();
}

std::optional<qint64> integerOrNumericString(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<qint64> integer(const QJsonValue &value, const QString &what, QString *problem)
{
    if (!value.isDouble())
        return fail<qint64>(problem, what + QStringLiteral(" is not an integer"));
    if (const auto n = integerOrNumericString(value))
        return n;
    return fail<qint64>(problem, what + QStringLiteral(" is not an integer"));
}

std::optional<qint64> integer(const QJsonObject &object, const QString &key, QString *problem)
{
    if (!object.contains(key))
        return fail<qint64>(problem, QStringLiteral("\"%1\" is missing").arg(key));
    return integer(object.value(key), QLatin1Char('"') + key + QLatin1Char('"'), problem);
}

std::optional<bool> boolean(const QJsonObject &object, const QString &key, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return fail<bool>(problem, QStringLiteral("\"%1\" is missing or not true/false").arg(key));
    return value.toBool();
}

std::optional<QList<qint64>> integers(const QJsonObject &object, const QString &key, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return fail<QList<qint64>>(problem, QStringLiteral("\"%1\" is missing or not an array").arg(key));
    QList<qint64> result;
    const QJsonArray items = value.toArray();
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto n = integer(items.at(i), QStringLiteral("\"%1\"[%2]").arg(key).arg(i), problem);
        if (!n)
            return std::nullopt;
        result.append(*n);
    }
    return result;
}

std::optional<QString> optionalString(const QJsonObject &object, const QString &key, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    return string(object, key, problem);
}

std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key, qint64 fallback,
                                      QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    return integer(object, key, problem);
}

std::optional<bool> optionalBoolean(const QJsonObject &object, const QString &key, bool fallback,
                                    QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    // VK sends its flags as 0/1 as often as true/false.
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == 0 || d == 1)
            return d == 1;
    }
    return boolean(object, key, problem);
}

std::optional<QList<qint64>> optionalIntegers(const QJsonObject &object, const QString &key, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QList<qint64>();
    return integers(object, key, problem);
}

} // namespace JsonFields
