#include "net/lrsclient.h"

#include "net/credentialstore.h"
#include "net/lrsstatementsjob.h"
#include "net/requestrunner.h"
#include "net/servicesettings.h"

#include "footprint/xapistatements.h"

LrsClient::LrsClient(NetContext &context, CredentialStore &credentials, ServiceSettings &settings,
                     QObject *parent)
    : QObject(parent), m_context(context), m_credentials(credentials), m_settings(settings)
{}

QJsonObject LrsClient::connectionCheckStatement(const QDateTime &now, const QUuid &id)
{
    const QString check = QStringLiteral("https://api.2035.university/connection.check");
    return QJsonObject{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("version"), QStringLiteral("1.0.3")},
        {QStringLiteral("timestamp"), XapiStatements::timestamp(now)},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                     {QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("homePage"), QStringLiteral("https://my.2035.university")},
                                  {QStringLiteral("name"), QStringLiteral("0")}}}}},
        {QStringLiteral("verb"), QJsonObject{{QStringLiteral("id"), check}}},
        {QStringLiteral("object"), QJsonObject{{QStringLiteral("id"), check},
                                               {QStringLiteral("objectType"), QStringLiteral("Activity")}}},
    };
}

void LrsClient::postStatements(const QJsonArray &statements, QObject *context, IdsCallback done)
{
    const QUrl base = m_settings.u2035().lrsUrl;
    if (base.isEmpty()) {
        RequestRunner::failLater(context,
                                 NetError::make(NetError::Kind::NotConfigured, NetError::Service::U2035,
                                                QStringLiteral("no LRS address in the settings")),
                                 std::move(done));
        return;
    }
    auto *job = new LrsStatementsJob(m_context, base, QString(), QString(), statements, this);
    job->setSecrets(&m_credentials, {CredentialStore::lrsKeyKey(), CredentialStore::lrsSecretKey()});
    RequestRunner::run(job, context, [done = std::move(done)](LrsStatementsJob *finished) {
        if (finished->error())
            done(finished->error());
        else
            done(finished->ids());
    });
}

void LrsClient::checkConnection(QObject *context, CheckCallback done)
{
    postStatements(QJsonArray{connectionCheckStatement(QDateTime::currentDateTime())}, context,
                   [done](const NetResult<QStringList> &ids) { done(ids.error()); });
}
