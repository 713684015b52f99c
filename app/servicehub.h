#pragma once

#include "net/connectivitymonitor.h"
#include "net/credentialstore.h"
#include "net/failurelog.h"
#include "net/lrsclient.h"
#include "net/netcontext.h"
#include "net/networkaccess.h"
#include "net/objectstorageclient.h"
#include "net/servicesettings.h"
#include "net/sgoclient.h"
#include "net/vkclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class SyncState;

// The network layer, built once by the Engine: the per-thread network managers, the keychain, the service
// settings (<dataDir>/services.ini), the four clients (U2035's LRS and object storage, SGO, VK), the failure
// log and the connectivity picture it keeps in SyncState. Work that failed for want of a network waits in the
// failure log and is resumed by itself when the services answer again.
class ServiceHub : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool useSystemReachability = true; // tests switch it off to decide connectivity themselves
    };

    ServiceHub(const QString &dataDir, SyncState &syncState, QObject *parent = nullptr);
    ServiceHub(const QString &dataDir, SyncState &syncState, const Options &options,
               QObject *parent = nullptr);
    ~ServiceHub() override;

    NetContext &context() { return m_context; }
    NetworkAccess &network() { return m_network; }
    ConnectivityMonitor &connectivity() { return m_connectivity; }
    CredentialStore &credentials() { return m_credentials; }
    ServiceSettings &settings() { return m_settings; }
    FailureLog &failures() { return m_failures; }
    LrsClient &lrs() { return m_lrs; }
    ObjectStorageClient &objectStorage() { return m_objectStorage; }
    SgoClient &sgo() { return m_sgo; }
    VkClient &vk() { return m_vk; }

    // «Проверить соединение» for U2035 (posts the connection check), SGO (signs in) or VK (groups.getById).
    // On success error is None and summary says what was proven, for a person.
    using CheckCallback = std::function<void(const NetError &error, const QString &summary)>;
    void checkConnection(NetError::Service service, QObject *context, CheckCallback done);

    // For the outboxes: a piece of work that failed. Offline failures wait and are retried by themselves.
    quint64 reportFailure(const QString &what, const NetError &error, FailureLog::RetryHook retry);
    // Items an outbox holds that wait to be sent; added into SyncState's pending count.
    void setQueued(const QString &source, int count);

    // Demo: every service pointed at the in-process sandbox (DemoServices::demoSetup()), its public demo
    // secrets put in the keychain.
    struct DemoSetup
    {
        QUrl sgoBase;
        QUrl vkApiBase;
        QUrl xapiBase;
        QUrl s3Base;
        QString sgoAccount;
        QString sgoPassword;
        QString sgoSchool;
        QString vkToken;
        QString vkCommunityId;
        QString lrsKey;
        QString lrsSecret;
        QString s3AccessKey;
        QString s3SecretKey;
        QString s3Bucket;
        QString s3Region;
    };
    void configureDemo(const DemoSetup &setup, QObject *context, CredentialStore::DoneCallback done);

private:
    void updateSyncState();
    // One after another; the first error stops the chain and is reported.
    void writeSecrets(QList<QPair<QString, QString>> secrets, QPointer<QObject> context,
                      CredentialStore::DoneCallback done);

    SyncState &m_syncState;
    NetworkAccess m_network;
    ConnectivityMonitor m_connectivity;
    NetContext m_context;
    CredentialStore m_credentials;
    ServiceSettings m_settings;
    FailureLog m_failures;
    LrsClient m_lrs;
    ObjectStorageClient m_objectStorage;
    SgoClient m_sgo;
    VkClient m_vk;
    QHash<QString, int> m_queued;
};
