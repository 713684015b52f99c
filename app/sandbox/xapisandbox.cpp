#include "xapisandbox.h"

#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxsettings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

bool isUuid(const QJsonValue &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

bool isIri(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9+.\\-]*:\\S+$"));
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

QString actorReason(const QJsonValue &actor)
{
    if (!actor.isObject())
        return QStringLiteral("actor must be an object");
    const QJsonObject object = actor.toObject();
    const QString type = object.value(QStringLiteral("objectType")).toString(QStringLiteral("Agent"));
    if (type != QLatin1String("Agent") && type != QLatin1String("Group"))
        return QStringLiteral("actor.objectType must be Agent or Group");
    if (object.contains(QStringLiteral("account"))) {
        const QJsonObject account = object.value(QStringLiteral("account")).toObject();
        if (!isIri(account.value(QStringLiteral("homePage"))) ||
            !account.value(QStringLiteral("name")).isString())
            return QStringLiteral("actor.account needs homePage (an IRI) and name");
        return {};
    }
    const bool identified = object.contains(QStringLiteral("mbox")) ||
                            object.contains(QStringLiteral("mbox_sha1sum")) ||
                            object.contains(QStringLiteral("openid"));
    if (!identified && !(type == QLatin1String("Group") && object.value(QStringLiteral("member")).isArray()))
        return QStringLiteral(
            "actor needs an inverse functional identifier (account, mbox, mbox_sha1sum, openid)");
    return {};
}

QString objectReason(const QJsonValue &value)
{
    if (!value.isObject())
        return QStringLiteral("object must be an object");
    const QJsonObject object = value.toObject();
    const QString type = object.value(QStringLiteral("objectType")).toString(QStringLiteral("Activity"));
    if (type == QLatin1String("StatementRef"))
        return isUuid(object.value(QStringLiteral("id")))
                   ? QString()
                   : QStringLiteral("object.id of a StatementRef must be a UUID");
    if (type == QLatin1String("Activity"))
        return isIri(object.value(QStringLiteral("id"))) ? QString()
                                                         : QStringLiteral("object.id must be an IRI");
    if (type == QLatin1String("Agent") || type == QLatin1String("Group") ||
        type == QLatin1String("SubStatement"))
        return {};
    return QStringLiteral("object.objectType \"%1\" is unknown").arg(type);
}

} // namespace

XapiSandbox::XapiSandbox(const SandboxSettings &settings)
    : m_authorization("Basic " +
                      (settings.xapiKey + QLatin1Char(':') + settings.xapiSecret).toUtf8().toBase64())
{}

SandboxReply XapiSandbox::serve(const SandboxRequest &request)
{
    const QString path = request.path();
    if (path == QLatin1String("/xAPI/about")) {
        return SandboxReply::json(
            QJsonObject{{QStringLiteral("version"), QJsonArray{QStringLiteral("1.0.3")}},
                        {QStringLiteral("extensions"), QJsonObject{}}});
    }
    if (request.header("authorization") != m_authorization) {
        SandboxReply reply = SandboxReply::message(401, QStringLiteral("Unauthorized"));
        reply.setHeader("WWW-Authenticate", "Basic realm=\"xAPI\"");
        return reply;
    }
    if (request.header("x-experience-api-version").isEmpty())
        return SandboxReply::message(400, QStringLiteral("X-Experience-API-Version header is missing"));
    if (path != QLatin1String("/xAPI/statements") && path != QLatin1String("/xAPI/statements/"))
        return SandboxReply::message(404, QStringLiteral("Not found"));
    if (request.method == "POST")
        return postStatements(request);
    if (request.method == "GET")
        return getStatements(request);
    return SandboxReply::message(405, QStringLiteral("Method not allowed"));
}

SandboxReply XapiSandbox::postStatements(const SandboxRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return SandboxReply::message(400, QStringLiteral("Body is not JSON: %1").arg(error.errorString()));
    if (!document.isArray())
        return SandboxReply::message(400, QStringLiteral("Body must be a JSON array of statements"));

    const QJsonArray statements = document.array();
    QHash<QString, QJsonObject> batch;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString reason = invalidReason(statements.at(i), i);
        if (!reason.isEmpty())
            return SandboxReply::message(400, reason);
        const QJsonObject statement = statements.at(i).toObject();
        const QString id = statement.value(QStringLiteral("id")).toString().toLower();
        const auto stored = m_statements.constFind(id);
        if (stored != m_statements.cend() && *stored != statement)
            return SandboxReply::message(
                409, QStringLiteral("Statement %1 already exists with different content").arg(id));
        const auto earlier = batch.constFind(id);
        if (earlier != batch.cend() && *earlier != statement)
            return SandboxReply::message(
                400,
                QStringLiteral("statements[%1]: id %2 appears twice with different content").arg(i).arg(id));
        batch.insert(id, statement);
    }

    QJsonArray ids;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QJsonValue &value : statements) {
        const QJsonObject statement = value.toObject();
        const QString id = statement.value(QStringLiteral("id")).toString();
        const QString key = id.toLower();
        if (!m_statements.contains(key)) {
            m_statements.insert(key, statement);
            m_storedAt.insert(key, now);
            m_order.append(key);
        }
        ids.append(id);
    }
    return SandboxReply::json(ids);
}

SandboxReply XapiSandbox::getStatements(const SandboxRequest &request) const
{
    auto withStored = [this](const QString &key) {
        QJsonObject statement = m_statements.value(key);
        statement.insert(QStringLiteral("stored"), m_storedAt.value(key));
        return statement;
    };
    QString wanted;
    for (const auto &[key, value] : request.queryParameters()) {
        if (key == QLatin1String("statementId"))
            wanted = value.toLower();
    }
    if (!wanted.isEmpty()) {
        if (!m_statements.contains(wanted))
            return SandboxReply::message(404, QStringLiteral("Statement %1 not found").arg(wanted));
        return SandboxReply::json(withStored(wanted));
    }
    QJsonArray all;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it)
        all.append(withStored(*it));
    return SandboxReply::json(
        QJsonObject{{QStringLiteral("statements"), all}, {QStringLiteral("more"), QString()}});
}

QString XapiSandbox::invalidReason(const QJsonValue &value, qsizetype index)
{
    const QString where = QStringLiteral("statements[%1]: ").arg(index);
    if (!value.isObject())
        return where + QStringLiteral("a statement must be an object");
    const QJsonObject statement = value.toObject();
    if (!isUuid(statement.value(QStringLiteral("id"))))
        return where + QStringLiteral("id must be a UUID");
    if (const QString reason = actorReason(statement.value(QStringLiteral("actor"))); !reason.isEmpty())
        return where + reason;
    const QJsonValue verb = statement.value(QStringLiteral("verb"));
    if (!verb.isObject() || !isIri(verb.toObject().value(QStringLiteral("id"))))
        return where + QStringLiteral("verb.id must be an IRI");
    if (const QString reason = objectReason(statement.value(QStringLiteral("object"))); !reason.isEmpty())
        return where + reason;
    const QJsonValue version = statement.value(QStringLiteral("version"));
    if (!version.isUndefined() && !version.toString().startsWith(QLatin1String("1.0")))
        return where + QStringLiteral("version must be 1.0.x");
    const QJsonValue timestamp = statement.value(QStringLiteral("timestamp"));
    if (!timestamp.isUndefined() && !QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs).isValid())
        return where + QStringLiteral("timestamp must be ISO 8601");
    return {};
}
