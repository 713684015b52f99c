#include "engine.h"

#include "backgroundsync.h"
#include "demoservices.h"
#include "footprintcatalogue.h"
#include "servicehub.h"
#include "store/cache.h"
#include "store/collegerepository.h"
#include "store/journalbackend.h"
#include "sync/footprintlms.h"
#include "sync/footprintstore.h"
#include "sync/syncstate.h"

#include "footprint/basextensioncatalogue.h"
#include "demo/democollegegenerator.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QThread>

namespace {

Q_LOGGING_CATEGORY(lcEngine, "spodesk.engine")

// Building the demo college in memory is the smaller part of the first start; saving it the larger.
constexpr int GeneratedPercent = 20;

} // namespace

Engine::Engine(const LaunchOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_syncState(std::make_unique<SyncState>())
{}

Engine::~Engine()
{
    if (m_generator)
        m_generator->wait();
    // The outbox writes through the cache: it stops first.
    m_backgroundSync.reset();
    m_demoServices.reset();
    // The repository's connection goes before the cache's thread closes the file.
    m_journals.reset();
    m_college.reset();
    m_cache.reset();
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
    if (!m_services)
        m_services = std::make_unique<ServiceHub>(m_options.resolvedDataDir(), *m_syncState);
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

void Engine::startBackground()
{
    m_backgroundWanted = true;
    if (!m_ready || m_backgroundStarted)
        return; // finishStart() comes back here
    m_backgroundStarted = true;
    ServiceHub &hub = services();
    // `--u2035-url`, `--s3-url`: this run only; with --demo they win over the sandbox's addresses.
    hub.settings().setRunOverrides(m_options.u2035Url, m_options.s3Url);
    m_backgroundSync = std::make_unique<BackgroundSync>(*m_cache, hub, *m_syncState);
    if (!m_options.demo) {
        startSending();
        // Configured later in the settings dialog: start then.
        connect(&hub.settings(), &ServiceSettings::changed, this, &Engine::startSending);
        return;
    }
    m_demoServices = std::make_unique<DemoServices>(m_options, hub);
    connect(m_demoServices.get(), &DemoServices::failed, this, &Engine::notice);
    connect(m_demoServices.get(), &DemoServices::ready, this, &Engine::queueDemoFootprint);
    m_demoServices->start();
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
    if (m_cache)
        return;
    // No service is configured until the network layer exists.
    m_syncState->setHasServices(false);
    m_cache = std::make_unique<Cache>(m_options.cacheFilePath());
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
        if (m_options.demo && !result.hasCollege)
            buildDemoCollege();
        else
            finishStart();
    });
    connect(m_cache.get(), &Cache::damaged, this, [this] {
        Q_EMIT notice(
            tr("The local cache %1 is damaged. SPO Desk goes on with what it can read; at the next start "
               "it will keep a copy of the damaged file and start a fresh cache.")
                .arg(QDir::toNativeSeparators(m_cache->filePath())));
    });
    connect(m_cache.get(), &Cache::collegeProgress, this, [this](int percent) {
        Q_EMIT progress(GeneratedPercent + percent * (100 - GeneratedPercent) / 100,
                        tr("Saving the demo college…"));
    });
    connect(m_cache.get(), &Cache::collegeWritten, this, [this](bool ok, const QString &error) {
        if (ok)
            finishStart();
        else
            Q_EMIT failed(error);
    });
    m_cache->open();
}

void Engine::buildDemoCollege()
{
    Q_EMIT progress(0, tr("Building the demo college…"));
    const DemoCollegeSize size = m_options.scale == LaunchOptions::DemoScale::Large
                                     ? DemoCollegeSize::Large
                                     : DemoCollegeSize::Default;
    auto college = std::make_shared<CollegeData>();
    // Generating takes a while for the large college: not on the GUI thread, and not in the store's queue.
    m_generator.reset(QThread::create([size, college] { *college = Demo::generateDemoCollege(size); }));
    m_generator->setObjectName(QStringLiteral("spodesk-demo-generator"));
    connect(m_generator.get(), &QThread::finished, this, [this, college] {
        Q_EMIT progress(GeneratedPercent, tr("Saving the demo college…"));
        m_cache->writeCollege(*college);
        *college = CollegeData(); // the store's job holds the only copy now
        m_generator->wait();
        m_generator.reset();
    });
    m_generator->start();
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
