#include "net/vkclient.h"

#include "net/credentialstore.h"
#include "net/servicesettings.h"
#include "net/vkmethodjob.h"

#include <QCryptographicHash>
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

void VkClient::withToken(std::function<void(const QString &token, const NetError &error)> then)
{
    m_credentials.read(CredentialStore::vkTokenKey(), this,
                       [then](const QString &token, const CredentialStore::Error &error) {
                           if (error || token.isEmpty()) {
                               NetError missing =
                                   NetError::make(NetError::Kind::NoCredentials, NetError::Service::Vk);
                               if (error.keychainUnavailable())
                                   missing.detail = error.toUserText();
                               then({}, missing);
                               return;
                           }
                           then(token, {});
                       });
}

VkMethodJob *VkClient::makeJob(const QString &token, const Call &call)
{
    auto *job =
        new VkMethodJob(m_context, m_settings.vk().apiUrl, call.method, formParams(call.params), token, this);
    // One lane per token, named by a digest so the token itself is not kept around as a key.
    job->setThrottle(&m_limiter,
                     QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).left(12));
    return job;
}

void VkClient::call(const Call &call, QObject *context, ResponseCallback done)
{
    QPointer<QObject> guard(context);
    withToken([this, call, guard, done](const QString &token, const NetError &missing) {
        if (missing) {
            if (guard)
                done(missing);
            return;
        }
        VkMethodJob *job = makeJob(token, call);
        connect(job, &AbstractNetworkJob::finished, this, [job, guard, done] {
            if (!guard)
                return;
            if (job->error())
                done(job->error());
            else
                done(job->response());
        });
        job->start();
    });
}

void VkClient::execute(const QList<Call> &calls, QObject *context, BatchCallback done)
{
    if (calls.isEmpty()) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done] {
            if (guard)
                done({});
        });
        return;
    }
    executeChunks(calls, 0, {}, QPointer<QObject>(context), std::move(done));
}

void VkClient::executeChunks(const QList<Call> &calls, qsizetype from, QList<NetResult<QJsonValue>> gathered,
                             QPointer<QObject> context, BatchCallback done)
{
    if (from >= calls.size()) {
        if (context)
            done(gathered);
        return;
    }
    const QList<Call> chunk = calls.mid(from, maxCallsPerExecute);
    const Call program{QStringLiteral("execute"), {{QStringLiteral("code"), executeCode(chunk)}}};
    const qsizetype next = from + chunk.size();
    withToken([this, calls, next, gathered, context, done, chunk, program](const QString &token,
                                                                           const NetError &missing) mutable {
        if (missing) {
            for (qsizetype i = 0; i < chunk.size(); ++i)
                gathered.append(missing);
            executeChunks(calls, next, gathered, context, done);
            return;
        }
        VkMethodJob *job = makeJob(token, program);
        const int count = static_cast<int>(chunk.size());
        connect(job, &AbstractNetworkJob::finished, this,
                [this, job, calls, next, gathered, context, done, count]() mutable {
                    const NetResult<QList<NetResult<QJsonValue>>> results =
                        job->error() ? NetResult<QList<NetResult<QJsonValue>>>(job->error())
                                     : VkReplies::parseExecute(job->body(), count);
                    if (results.ok()) {
                        gathered.append(results.value());
                    } else {
                        // The whole program failed: every call in it failed the same way, and says so.
                        for (int i = 0; i < count; ++i)
                            gathered.append(results.error());
                    }
                    executeChunks(calls, next, gathered, context, done);
                });
        job->start();
    });
}

void VkClient::checkConnection(QObject *context, GroupCallback done)
{
    const QString community = m_settings.vk().communityId.trimmed();
    QPointer<QObject> guard(context);
    if (community.isEmpty()) {
        QTimer::singleShot(0, this, [guard, done] {
            if (guard)
                done(NetError::make(NetError::Kind::NotConfigured, NetError::Service::Vk,
                                    QStringLiteral("no community id in the settings")));
        });
        return;
    }
    call({QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), community}}}, this,
         [guard, done](const NetResult<QJsonValue> &response) {
             if (!guard)
                 return;
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
