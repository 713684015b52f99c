#include "net/lrsreplies.h"

#include "net/jsonfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace LrsReplies {

NetResult<QStringList> parseStatementIds(const QByteArray &body, int expectedCount)
{
    QString problem;
    const auto root = JsonFields::document(body, &problem);
    const auto items = root ? JsonFields::array(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    if (!items)
        return NetError::malformed(NetError::Service::U2035, problem);
    QStringList ids;
    ids.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue value = items->at(i);
        const QString id = value.toString();
        if (!value.isString() || QUuid::fromString(id).isNull())
            return NetError::malformed(NetError::Service::U2035,
                                       QStringLiteral("statement id %1 is not a UUID").arg(i));
        ids.append(id);
    }
    if (expectedCount >= 0 && ids.size() != expectedCount)
        return NetError::malformed(
            NetError::Service::U2035,
            QStringLiteral("%1 ids for %2 statements").arg(ids.size()).arg(expectedCount));
    return ids;
}

NetError parseFailure(int status, const QByteArray &body)
{
    QString reason;
    QString problem;
    if (const auto root = JsonFields::document(body, &problem); root && root->isObject()) {
        const QJsonObject object = root->toObject();
        reason = object.value(QStringLiteral("message")).toString();
        QStringList warnings;
        const QJsonArray list = object.value(QStringLiteral("warnings")).toArray();
        for (const QJsonValue &warning : list) {
            if (warning.isString())
                warnings.append(warning.toString());
        }
        if (!warnings.isEmpty())
            reason = reason.isEmpty() ? warnings.join(QStringLiteral("; "))
                                      : reason + QStringLiteral(": ") + warnings.join(QStringLiteral("; "));
    }
    NetError error;
    if (status == 409)
        error = NetError::make(NetError::Kind::Conflict, NetError::Service::U2035);
    else if (status == 400 && !reason.isEmpty())
        error = NetError::make(NetError::Kind::ServiceError, NetError::Service::U2035);
    else
        error = NetError::make(NetError::Kind::HttpStatus, NetError::Service::U2035);
    error.httpStatus = status;
    error.serviceMessage = reason.left(2000);
    return error;
}

} // namespace LrsReplies
