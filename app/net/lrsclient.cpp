#include "net/lrsclient.h"

#include "net/credentialstore.h"
#include "net/lrsstatementsjob.h"
#include "net/servicesettings.h"

#include "footprint/xapistatements.h"

#include <QPointer>
#include <QTimer>

namespace {

NetError missingCredentials(const CredentialStore::Error &error)
{
    NetError result = NetError::make(NetError::Kind::NoCredentials, NetError::Service::U2035);
    if (error.keychainUnavailable())
        result.detail = error.toUserText();
    return result;
}

} // namespace

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
    QPointer<QObject> guard(context);
    const QUrl base = m_settings.u2035().lrsUrl;
    if (base.isEmpty()) {
        QTimer::singleShot(0, this, [guard, done] {
            if (guard)
                done(NetError::make(NetError::Kind::NotConfigured, NetError::Service::U2035,
                                    QStringLiteral("no LRS address in the settings")));
        });
        return;
    }
    m_credentials.readAll({CredentialStore::lrsKeyKey(), CredentialStore::lrsSecretKey()}, this,
                          [this, base, statements, guard, done](const QStringList &secrets,
                                                                const CredentialStore::Error &error) {
                              if (error) {
                                  if (guard)
                                      done(missingCredentials(error));
                                  return;
                              }
                              auto *job = new LrsStatementsJob(m_context, base, secrets.at(0), secrets.at(1),
                                                               statements, this);
                              connect(job, &AbstractNetworkJob::finished, this, [job, guard, done] {
                                  if (!guard)
                                      return;
                                  if (job->error())
                                      done(job->error());
                                  else
                                      done(job->ids());
                              });
                              job->start();
                          });
}

void LrsClient::checkConnection(QObject *context, CheckCallback done)
{
    postStatements(QJsonArray{connectionCheckStatement(QDateTime::currentDateTime())}, context,
                   [done](const NetResult<QStringList> &ids) { done(ids.error()); });
}
