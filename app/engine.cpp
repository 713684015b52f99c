#include "engine.h"

#include "backgroundsync.h"
#include "demoservices.h"
#include "footprintcatalogue.h"
#include "servicehub.h"
#include "store/cache.h"
#include "store/collegerepository.h"
#include "store/journalbackend.h"
#include "net/logfile.h"
#include "net/sgosignin.h"
#include "sync/collegerefresh.h"
#include "sync/footprintlms.h"
#include "sync/footprintstore.h"
#include "sync/syncstate.h"

#include "footprint/basextensioncatalogue.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

namespace {

Q_LOGGING_CATEGORY(lcEngine, "spodesk.engine")

// Starting the demo services (which generate the demo college in memory) is the smaller part of the demo's
// first start; loading the college from them the larger.
constexpr int DemoServicesPercent = 10;

} // namespace

Engine::Engine(const LaunchOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_syncState(std::make_unique<SyncState>())
{}

Engine::~Engine()
{
    if (m_forgetter)
        m_forgetter->wait();
    closeCache();
    m_demoServices.reset();
}

void Engine::closeCache()
{
    // The outboxes and the pull write through the cache: they stop first.
    m_backgroundSync.reset();
    m_refresh.reset();
    m_footprintStore.reset();
    // The repository's connection goes before the cache's thread closes the file.
    m_journals.reset();
    m_college.reset();
    m_cache.reset();
    m_ready = false;
    m_backgroundStarted = false;
    m_firstSync = false;
}

CollegeRepository &Engine::college()
{
    Q_ASSERT_X(m_college, "Engine::college", "only valid after ready()");
    return *m_college;
}

JournalBackend &Engine::journals()
{
    Q_ASSERT_X(m_journals, "Engine::journals", "only valid after ready()");
    return *m_journals;
}

Cache &Engine::cache()
{
    Q_ASSERT_X(m_cache, "Engine::cache", "only valid after start()");
    return *m_cache;
}

SyncState &Engine::syncState()
{
    return *m_syncState;
}

ServiceHub &Engine::services()
{
    if (!m_services) {
        m_services = std::make_unique<ServiceHub>(m_options.resolvedDataDir(), *m_syncState);
        // `--u2035-url`, `--s3-url`, `--sgo-url`: this run only; with --demo they win over the sandbox's.
        m_services->settings().setRunOverrides(m_options.u2035Url, m_options.s3Url);
        if (!m_options.sgoUrl.isEmpty())
            m_services->settings().setSgoRunOverride(m_options.sgoUrl);
    }
    return *m_services;
}

const BasExtensionCatalogue *Engine::footprintCatalogue()
{
    if (!m_catalogue) {
        QString error;
        std::optional<BasExtensionCatalogue> catalogue =
            FootprintCatalogue::read(FootprintCatalogue::ResourcePath, &error);
        if (!catalogue) {
            qCWarning(lcEngine) << "The BAS extensions catalogue can't be read:" << error;
            Q_EMIT notice(
                tr("The catalogue of BAS extensions can't be read, so the digital footprint can't be "
                   "edited or sent: %1")
                    .arg(error));
            return nullptr;
        }
        m_catalogue = std::make_unique<BasExtensionCatalogue>(std::move(*catalogue));
    }
    return m_catalogue.get();
}

FootprintStore *Engine::footprintStore()
{
    if (!m_footprintStore) {
        const BasExtensionCatalogue *catalogue = footprintCatalogue();
        if (!catalogue)
            return nullptr;
        m_footprintStore = std::make_unique<FootprintStore>(cache(), *catalogue);
    }
    return m_footprintStore.get();
}

SgoSignIn &Engine::sgoSignIn()
{
    if (!m_signIn) {
        ServiceHub &hub = services();
        m_signIn = std::make_unique<SgoSignIn>(hub.sgo(), hub.settings(), hub.credentials());
    }
    return *m_signIn;
}

void Engine::startBackground()
{
    m_backgroundWanted = true;
    if (!m_ready || m_backgroundStarted)
        return; // finishStart() comes back here
    m_backgroundStarted = true;
    ServiceHub &hub = services();
    m_backgroundSync = std::make_unique<BackgroundSync>(*m_cache, hub, *m_syncState);
    // The journal's edits were taken: SGO's answer to them (and anyone else's meanwhile) comes back now.
    connect(m_backgroundSync.get(), &BackgroundSync::journalDelivered, this, &Engine::refreshCollege);
    if (!m_options.demo) {
        startSending();
        ensureRefresh();
        m_refresh->start();
        // Configured later in the settings dialog: start then.
        connect(&hub.settings(), &ServiceSettings::changed, this, &Engine::startSending,
                Qt::UniqueConnection);
        return;
    }
    if (!m_demoServices) {
        startDemoServices();
        return; // its ready() comes back to queueDemoFootprint()
    }
    if (m_demoServicesReady)
        queueDemoFootprint();
}

void Engine::startDemoServices()
{
    m_demoServices = std::make_unique<DemoServices>(m_options, services());
    connect(m_demoServices.get(), &DemoServices::failed, this, [this](const QString &message) {
        if (m_firstSync) {
            // Without the demo services there is no demo college to load.
            m_firstSync = false;
            Q_EMIT failed(message);
            return;
        }
        Q_EMIT notice(message);
    });
    connect(m_demoServices.get(), &DemoServices::ready, this, [this] {
        m_demoServicesReady = true;
        ensureRefresh();
        if (m_firstSync) {
            m_refresh->refreshNow();
            return;
        }
        m_refresh->start();
        if (m_backgroundStarted)
            queueDemoFootprint();
    });
    m_demoServices->start();
}

void Engine::ensureRefresh()
{
    if (m_refresh)
        return;
    m_refresh = std::make_unique<CollegeRefresh>(*m_cache, services());
    connect(m_refresh.get(), &CollegeRefresh::changed, this, [this] {
        if (m_ready)
            Q_EMIT collegeChanged();
    });
    connect(m_refresh.get(), &CollegeRefresh::progress, this, [this](int percent, const QString &what) {
        if (!m_firstSync)
            return;
        Q_EMIT progress(m_options.demo ? DemoServicesPercent + percent * (100 - DemoServicesPercent) / 100
                                       : percent,
                        what);
    });
    connect(m_refresh.get(), &CollegeRefresh::finished, this, [this](const CollegePull::Summary &summary) {
        if (!m_firstSync)
            return;
        m_firstSync = false;
        if (!summary.cancelled && !summary.failed.isEmpty())
            Q_EMIT notice(tr("Part of the college could not be loaded from SGO; it is tried again in a few "
                             "minutes, and «Sending problems» says what failed."));
        finishStart();
        // The periodic refresh goes on with what the first sync left.
        if (m_options.demo || m_backgroundWanted)
            m_refresh->start();
    });
}

void Engine::refreshCollege()
{
    // The demo's SGO answers once its services are up; a real college's once someone is signed in.
    if (!m_cache || (m_options.demo && !m_demoServicesReady))
        return;
    ensureRefresh();
    m_refresh->refreshNow();
}

void Engine::cancelFirstSync()
{
    if (m_firstSync && m_refresh)
        m_refresh->cancel();
}

void Engine::footprintQueued()
{
    if (m_backgroundSync)
        m_backgroundSync->wake();
}

void Engine::cancelSending()
{
    if (m_backgroundSync)
        m_backgroundSync->cancel();
}

void Engine::startSending()
{
    if (m_backgroundSync)
        m_backgroundSync->start();
}

void Engine::queueDemoFootprint()
{
    const BasExtensionCatalogue *catalogue = footprintCatalogue();
    if (!catalogue)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Stored and queued once per cache; a later start finds it there and queues nothing.
    m_cache->write(
        [catalogue, now](QSqlDatabase &db, QString *error) {
            return FootprintLms::queueDemo(db, *catalogue, now, error);
        },
        [this](bool ok, const QString &error) {
            if (!ok) {
                Q_EMIT notice(
                    tr("The demo college's digital footprint could not be prepared: %1").arg(error));
                return;
            }
            Q_EMIT footprintChanged();
            startSending();
        });
}

void Engine::start()
{
    if (m_cache || m_needsSignIn)
        return;
    // No service is configured until the network layer exists.
    m_syncState->setHasServices(false);
    if (m_options.demo) {
        openCache(m_options.cacheFilePath());
        return;
    }
    m_needsSignIn = true;
    QTimer::singleShot(0, this, [this] {
        if (m_needsSignIn)
            Q_EMIT signInNeeded();
    });
}

void Engine::openAccount(const SgoAdminCalls::Context &account)
{
    if (m_options.demo || m_cache)
        return;
    m_needsSignIn = false;
    m_account = account;
    const ServiceSettings::Sgo sgo = services().settings().sgo();
    openCache(m_options.accountCacheFilePath(sgo.baseUrl, sgo.school, sgo.account));
}

void Engine::signOut()
{
    if (m_options.demo || m_needsSignIn)
        return;
    closeCache();
    m_account.reset();
    m_needsSignIn = true;
    ServiceHub &hub = services();
    hub.failures().clear();
    // The session ends at SGO too; nothing waits for its answer.
    hub.sgo().logout(this, [](const NetError &) {});
    hub.credentials().clearMemory();
    Q_EMIT signInNeeded();
}

void Engine::forgetAccount(std::function<void(const QString &problem)> done)
{
    if (m_options.demo)
        return;
    const ServiceSettings::Sgo sgo = services().settings().sgo();
    const std::optional<SgoAdminCalls::Context> account = m_account;
    const QString cachePath = m_options.accountCacheFilePath(sgo.baseUrl, sgo.school, sgo.account);
    if (m_forgetter)
        return; // one removal at a time
    signOut();
    ServiceSettings::Sgo forgotten = services().settings().storedSgo();
    forgotten.account.clear();
    services().settings().setSgo(forgotten);
    QStringList names{sgo.account};
    if (account)
        names << account->name.full();
    // The files go off the GUI thread: rewriting the logs reads and writes a few megabytes.
    auto problems = std::make_shared<QStringList>();
    m_forgetter.reset(QThread::create([cachePath, names, problems] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(cachePath + suffix);
            if (file.exists() && !file.remove())
                *problems << tr("The local cache %1 could not be removed: %2")
                                 .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        }
        if (!LogFile::removeLinesMentioning(names))
            *problems << tr("The log files could not all be rewritten.");
    }));
    m_forgetter->setObjectName(QStringLiteral("spodesk-forget-account"));
    connect(m_forgetter.get(), &QThread::finished, this, [this, problems, done, key = sgo.account] {
        m_forgetter->wait();
        m_forgetter.reset();
        services().credentials().remove(
            CredentialStore::sgoPasswordKey(key), this, [problems, done](const CredentialStore::Error &error) {
                if (error && error.kind != CredentialStore::Error::Kind::NotFound)
                    *problems << tr("The remembered password could not be removed from the keychain: %1")
                                     .arg(error.toUserText());
                done(problems->join(QLatin1Char(' ')));
            });
    });
    m_forgetter->start();
}

void Engine::openCache(const QString &path)
{
    m_cache = std::make_unique<Cache>(path);
    connect(m_cache.get(), &Cache::opened, this, [this](const Cache::OpenResult &result) {
        if (!result.ok) {
            Q_EMIT failed(result.error);
            return;
        }
        if (!result.corruptCopyPath.isEmpty()) {
            Q_EMIT notice(
                tr("The local cache could not be read. A copy of the damaged file was kept as %1, and "
                   "a fresh cache was started.")
                    .arg(QDir::toNativeSeparators(result.corruptCopyPath)));
        }
        if (!result.hasCollege)
            startFirstSync();
        else
            finishStart();
    });
    connect(m_cache.get(), &Cache::damaged, this, [this] {
        Q_EMIT notice(
            tr("The local cache %1 is damaged. SPO Desk goes on with what it can read; at the next start "
               "it will keep a copy of the damaged file and start a fresh cache.")
                .arg(QDir::toNativeSeparators(m_cache->filePath())));
    });
    m_cache->open();
}

void Engine::startFirstSync()
{
    m_firstSync = true;
    Q_EMIT firstSyncStarted();
    if (m_options.demo) {
        Q_EMIT progress(0, tr("Starting the demo college's services…"));
        if (!m_demoServices)
            startDemoServices();
        return;
    }
    Q_EMIT progress(0, tr("Loading the college from SGO…"));
    ensureRefresh();
    m_refresh->refreshNow();
}

void Engine::finishStart()
{
    m_college = std::make_unique<CollegeRepository>(m_cache->filePath());
    m_journals = std::make_unique<JournalBackend>(*m_cache, *m_college);
    m_ready = true;
    Q_EMIT ready();
    if (m_backgroundWanted)
        startBackground();
}
