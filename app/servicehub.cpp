#include "servicehub.h"

#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QDir>

ServiceHub::ServiceHub(const QString &dataDir, SyncState &syncState, QObject *parent)
    : ServiceHub(dataDir, syncState, Options(), parent)
{}

ServiceHub::ServiceHub(const QString &dataDir, SyncState &syncState, const Options &options, QObject *parent)
    : QObject(parent), m_syncState(syncState),
      m_connectivity(options.useSystemReachability), m_context{&m_network, &m_connectivity, RetryPolicy(),
                                                               std::chrono::milliseconds(30000)},
      m_settings(QDir(dataDir).filePath(QStringLiteral("services.ini"))),
      m_lrs(m_context, m_credentials, m_settings), m_objectStorage(m_context, m_credentials, m_settings),
      m_sgo(m_context, m_credentials, m_settings), m_vk(m_context, m_credentials, m_settings)
{
    QDir().mkpath(dataDir);
    connect(&m_connectivity, &ConnectivityMonitor::onlineChanged, this, [this](bool online) {
        if (online)
            m_failures.retryWaiting();
        updateSyncState();
    });
    connect(&m_connectivity, &ConnectivityMonitor::probeDue, this, [this] { m_failures.retryWaiting(true); });
    connect(&m_connectivity, &ConnectivityMonitor::activeRequestsChanged, this, &ServiceHub::updateSyncState);
    connect(&m_failures, &FailureLog::countsChanged, this, &ServiceHub::updateSyncState);
    connect(&m_settings, &ServiceSettings::changed, this, &ServiceHub::updateSyncState);
    updateSyncState();
}

ServiceHub::~ServiceHub()
{
    // Jobs still running end while the clients are destroyed; they must not call back into a half-gone hub.
    m_connectivity.disconnect(this);
    m_failures.disconnect(this);
    m_settings.disconnect(this);
}

void ServiceHub::updateSyncState()
{
    int queued = m_connectivity.activeRequests() + m_failures.waitingCount();
    for (int count : std::as_const(m_queued))
        queued += count;
    m_syncState.setHasServices(m_settings.hasAnyService());
    m_syncState.setOnline(m_connectivity.isOnline());
    m_syncState.setCounts(queued, m_failures.failedCount());
}

quint64 ServiceHub::reportFailure(const QString &what, const NetError &error, FailureLog::RetryHook retry)
{
    return m_failures.add(what, error, std::move(retry));
}

void ServiceHub::setQueued(const QString &source, int count)
{
    m_queued.insert(source, count);
    updateSyncState();
}

void ServiceHub::checkConnection(NetError::Service service, QObject *context, CheckCallback done)
{
    // Each client drops the callback by itself when context is gone.
    auto report = [done = std::move(done)](const NetError &error, const QString &summary) {
        done(error, error ? QString() : summary);
    };
    switch (service) {
    case NetError::Service::U2035:
        m_lrs.checkConnection(context, [report](const NetError &error) {
            report(error,
                   QCoreApplication::translate("ServiceHub", "The LRS accepted the connection check."));
        });
        return;
    case NetError::Service::Sgo:
        m_sgo.checkConnection(context, [this, report](const NetError &error) {
            report(error, QCoreApplication::translate("ServiceHub", "Signed in to SGO as %1.")
                              .arg(m_settings.sgo().account));
        });
        return;
    case NetError::Service::Vk:
        m_vk.checkConnection(context, [report](const NetResult<VkReplies::Group> &group) {
            report(group.error(),
                   group.ok() ? QCoreApplication::translate("ServiceHub", "Connected to the community «%1».")
                                    .arg(group.value().name)
                              : QString());
        });
        return;
    case NetError::Service::ObjectStorage:
    case NetError::Service::Generic:
        break;
    }
    report(NetError::make(NetError::Kind::NotConfigured, service), {});
}

void ServiceHub::configureDemo(const DemoSetup &setup, QObject *context, CredentialStore::DoneCallback done)
{
    ServiceSettings::U2035 u2035 = m_settings.u2035();
    u2035.lrsUrl = setup.xapiBase;
    u2035.storageUrl = setup.s3Base;
    u2035.bucket = setup.s3Bucket;
    u2035.region = setup.s3Region;
    m_settings.setU2035(u2035);
    m_settings.setSgo({setup.sgoBase, setup.sgoAccount, setup.sgoSchool});
    m_settings.setVk({setup.vkApiBase, setup.vkCommunityId});
    m_settings.sync();

    writeSecrets(
        {
            {CredentialStore::sgoPasswordKey(setup.sgoAccount), setup.sgoPassword},
            {CredentialStore::vkTokenKey(), setup.vkToken},
            {CredentialStore::lrsKeyKey(), setup.lrsKey},
            {CredentialStore::lrsSecretKey(), setup.lrsSecret},
            {CredentialStore::s3AccessKeyKey(), setup.s3AccessKey},
            {CredentialStore::s3SecretKeyKey(), setup.s3SecretKey},
        },
        QPointer<QObject>(context), std::move(done));
}

void ServiceHub::writeSecrets(QList<QPair<QString, QString>> secrets, QPointer<QObject> context,
                              CredentialStore::DoneCallback done)
{
    if (secrets.isEmpty()) {
        if (context)
            done({});
        return;
    }
    const QPair<QString, QString> first = secrets.takeFirst();
    m_credentials.write(first.first, first.second, this,
                        [this, secrets, context, done](const CredentialStore::Error &error) {
                            if (error) {
                                if (context)
                                    done(error);
                                return;
                            }
                            writeSecrets(secrets, context, done);
                        });
}
