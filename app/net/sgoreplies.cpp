#include "net/sgoreplies.h"

#include "net/jsonfields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace SgoReplies {

namespace {

using namespace JsonFields;

NetError malformed(const QString &problem)
{
    return NetError::malformed(NetError::Service::Sgo, problem);
}

// SGO sends lt/ver/salt as digit strings; some servers as numbers. Either reads as text; nothing else does.
std::optional<QString> token(const QJsonObject &object, const QString &key, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    if (const auto n = integerOrNumericString(value); n && value.isDouble())
        return QString::number(*n);
    if (problem && problem->isEmpty())
        *problem = QStringLiteral("\"%1\" is missing or empty").arg(key);
    return std::nullopt;
}

} // namespace

NetResult<AuthData> parseAuthData(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto reply = root ? object(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    const auto lt = reply ? token(*reply, QStringLiteral("lt"), &problem) : std::nullopt;
    const auto ver = reply ? token(*reply, QStringLiteral("ver"), &problem) : std::nullopt;
    const auto salt = reply ? token(*reply, QStringLiteral("salt"), &problem) : std::nullopt;
    if (!lt || !ver || !salt)
        return malformed(problem);
    return AuthData{*lt, *ver, *salt};
}

NetResult<QList<School>> parseSchools(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto items = root ? array(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    if (!items)
        return malformed(problem);
    QList<School> schools;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const auto item = object(items->at(i), QStringLiteral("school %1").arg(i), &problem);
        const auto id = item ? integer(*item, QStringLiteral("id"), &problem) : std::nullopt;
        const auto country = item ? integer(*item, QStringLiteral("countryId"), &problem) : std::nullopt;
        const auto state = item ? integer(*item, QStringLiteral("stateId"), &problem) : std::nullopt;
        const auto district =
            item ? optionalInteger(*item, QStringLiteral("municipalityDistrictId"), -1, &problem)
                 : std::nullopt;
        const auto city = item ? integer(*item, QStringLiteral("cityId"), &problem) : std::nullopt;
        const auto name = item ? string(*item, QStringLiteral("name"), &problem) : std::nullopt;
        const auto shortName =
            item ? optionalString(*item, QStringLiteral("shortName"), &problem) : std::nullopt;
        if (!id || !country || !state || !district || !city || !name || !shortName)
            return malformed(QStringLiteral("school %1: ").arg(i) + problem);
        schools.append(School{*id, *country, *state, *district, *city, *name, *shortName});
    }
    return schools;
}

NetResult<Session> parseLogin(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto reply = root ? object(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    const auto at = reply ? string(*reply, QStringLiteral("at"), &problem) : std::nullopt;
    const auto timeOut =
        reply ? optionalInteger(*reply, QStringLiteral("timeOut"), 0, &problem) : std::nullopt;
    if (!at || !timeOut)
        return malformed(problem);
    // The token goes into a header: anything outside visible ASCII would break the request or smuggle a
    // header.
    const QByteArray token = at->toLatin1();
    const bool printable = !at->isEmpty() && at->size() <= 4096 &&
                           std::all_of(at->cbegin(), at->cend(),
                                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (!printable)
        return malformed(QStringLiteral("\"at\" is not a usable session token"));
    return Session{token, std::max<qint64>(0, *timeOut)};
}

NetError parseFailure(int status, const QByteArray &body)
{
    QString message;
    QString problem;
    if (const auto root = document(body, &problem); root && root->isObject())
        message = root->toObject().value(QStringLiteral("message")).toString().left(2000);
    NetError error;
    if (status == 409 && message.isEmpty())
        error = NetError::make(NetError::Kind::Conflict, NetError::Service::Sgo);
    else if (message.isEmpty() || status == 401 || status == 429 || status >= 500)
        error = NetError::make(NetError::Kind::HttpStatus, NetError::Service::Sgo);
    else
        error = NetError::make(NetError::Kind::ServiceError, NetError::Service::Sgo);
    error.httpStatus = status;
    error.serviceMessage = message;
    return error;
}

} // namespace SgoReplies
