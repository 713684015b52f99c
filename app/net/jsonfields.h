#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Strict field readers shared by the reply parsers: each says exactly which field was wrong, so a
// MalformedBody error in the log points at the service's change rather than at "parse error".
// A failed read returns nullopt and sets *problem (first problem wins).
namespace JsonFields {

std::optional<QJsonValue> document(const QByteArray &body, QString *problem);
std::optional<QJsonObject> object(const QJsonValue &value, const QString &what, QString *problem);
std::optional<QJsonArray> array(const QJsonValue &value, const QString &what, QString *problem);

std::optional<QString> string(const QJsonObject &object, const QString &key, QString *problem);
std::optional<qint64> integer(const QJsonObject &object, const QString &key, QString *problem);
std::optional<qint64> integer(const QJsonValue &value, const QString &what, QString *problem);
std::optional<bool> boolean(const QJsonObject &object, const QString &key, QString *problem);
std::optional<QList<qint64>> integers(const QJsonObject &object, const QString &key, QString *problem);

// Absent or null: the fallback; present with the wrong type: a problem.
std::optional<QString> optionalString(const QJsonObject &object, const QString &key, QString *problem);
std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key, qint64 fallback,
                                      QString *problem);
std::optional<bool> optionalBoolean(const QJsonObject &object, const QString &key, bool fallback,
                                    QString *problem);
std::optional<QList<qint64>> optionalIntegers(const QJsonObject &object, const QString &key,
                                              QString *problem);

// Services send ids as numbers or as numeric strings; both read as an integer, nothing else does.
std::optional<qint64> integerOrNumericString(const QJsonValue &value);

} // namespace JsonFields
