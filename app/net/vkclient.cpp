#include "net/vkclient.h"

#include "net/credentialstore.h"
#include "net/requestrunner.h"
#include "net/servicesettings.h"
#include "net/vkmethodjob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

VkClient::VkClient(NetContext &context, CredentialStore &credentials, ServiceSettings &settings,
                   QObject *parent)
    : QObject(parent), m_context(context), m_credentials(credentials), m_settings(settings),
      m_limiter(3, std::chrono::milliseconds(1000))
{}

QList<QPair<QString, QString>> VkClient::formParams(const QVariantMap &params)
{
    QList<QPair<QString, QString>> form;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        const QVariant &value = it.value();
        QString text;
        if (value.typeId() == QMetaType::Bool) {
            text = value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        } else if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
            QStringList parts;
            const QVariantList items = value.toList();
            for (const QVariant &item : items)
                parts.append(item.toString());
            text = parts.join(QLatin1Char(','));
        } else {
            text = value.toString();
        }
        form.append({it.key(), text});
    }
    return form;
}

QString VkClient::executeCode(const QList<Call> &calls)
{
    QStringList parts;
    parts.reserve(calls.size());
    for (const Call &call : calls) {
        const QByteArray params =
            QJsonDocument(QJsonObject::fromVariantMap(call.params)).toJson(QJsonDocument::Compact);
        parts.append(QStringLiteral("API.") + call.method + QLatin1Char('(') + QString::fromUtf8(params) +
                     QLatin1Char(')'));
    }
    return QStringLiteral("return [") + parts.join(QLatin1Char(',')) + QStringLiteral("];");
}

VkMethodJob *VkClient::makeJob(const Call &call)
{
    auto *job = new VkMethodJob(m_context, m_settings.vk().apiUrl, call.method, formParams(call.params),
                                QString(), this);
    job->setSecrets(&m_credentials, {CredentialStore::vkTokenKey()});
    job->setThrottle(&m_limiter, QByteArray()); // the lane is the token's, once it is read
    return job;
}

void VkClient::call(const Call &call, QObject *context, ResponseCallback done)
{
    RequestRunner::run(makeJob(call), context, [done = std::move(done)](VkMethodJob *finished) {
        if (finished->error())
            done(finished->error());
        else
            done(finished->response());
    });
}

void VkClient::execute(const QList<Call> &calls, QObject *context, BatchCallback done)
{
    if (calls.isEmpty()) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
        return;
    }
    executeChunks(calls, 0, {}, context, std::move(done));
}

void VkClient::executeChunks(const QList<Call> &calls, qsizetype from, QList<NetResult<QJsonValue>> gathered,
                             QObject *context, BatchCallback done)
{
    if (from >= calls.size()) {
        done(gathered);
        return;
    }
    const QList<Call> chunk = calls.mid(from, maxCallsPerExecute);
    const Call program{QStringLiteral("execute"), {{QStringLiteral("code"), executeCode(chunk)}}};
    const qsizetype next = from + chunk.size();
    const int count = static_cast<int>(chunk.size());
    // Runs only while context lives, so handing it on to the next chunk is safe.
    RequestRunner::run(makeJob(program), context,
                       [this, calls, next, gathered, context, done, count](VkMethodJob *finished) mutable {
                           const NetResult<QList<NetResult<QJsonValue>>> results =
                               finished->error() ? NetResult<QList<NetResult<QJsonValue>>>(finished->error())
                                                 : VkReplies::parseExecute(finished->body(), count);
                           if (results.ok()) {
                               gathered.append(results.value());
                           } else {
                               // The whole program failed: every call in it failed the same way, and says
                               // so.
                               for (int i = 0; i < count; ++i)
                                   gathered.append(results.error());
                           }
                           executeChunks(calls, next, gathered, context, done);
                       });
}

void VkClient::checkConnection(QObject *context, GroupCallback done)
{
    const QString community = m_settings.vk().communityId.trimmed();
    if (community.isEmpty()) {
        RequestRunner::failLater(context,
                                 NetError::make(NetError::Kind::NotConfigured, NetError::Service::Vk,
                                                QStringLiteral("no community id in the settings")),
                                 std::move(done));
        return;
    }
    call({QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), community}}}, context,
         [done = std::move(done)](const NetResult<QJsonValue> &response) {
             if (!response.ok()) {
                 done(response.error());
                 return;
             }
             const NetResult<QList<VkReplies::Group>> groups = VkReplies::parseGroups(response.value());
             if (!groups.ok())
                 done(groups.error());
             else if (groups.value().isEmpty())
                 done(NetError::malformed(NetError::Service::Vk,
                                          QStringLiteral("groups.getById gave no group")));
             else
                 done(groups.value().first());
         });
}
