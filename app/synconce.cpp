#include "synconce.h"

#include "demo/democollegegenerator.h"
#include "demoservices.h"
#include "footprintcatalogue.h"
#include "net/connectivitymonitor.h"
#include "net/credentialstore.h"
#include "net/lrsclient.h"
#include "net/netcontext.h"
#include "net/networkaccess.h"
#include "net/objectstorageclient.h"
#include "servicehub.h"
#include "net/servicesettings.h"
#include "store/cache.h"
#include "sync/footprintlms.h"
#include "sync/footprintoutbox.h"
#include "sync/footprintuploader.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace {

class SyncOnce
{
    Q_DECLARE_TR_FUNCTIONS(SyncOnce)
public:
    SyncOnce(const LaunchOptions &options, const SyncOnceSetup &setup) : m_options(options), m_setup(setup) {}
    int run();

private:
    void say(std::FILE *to, const QString &text) const
    {
        std::fputs(qUtf8Printable(text + QLatin1Char('\n')), to);
        std::fflush(to);
    }
    bool write(Cache::WriteJob job, QString *error = nullptr);
    bool openCache();
    bool queueDemo();
    bool configure();
    bool storeSecrets(const QList<QPair<QString, QString>> &secrets);

    const LaunchOptions &m_options;
    const SyncOnceSetup &m_setup;
    std::unique_ptr<Cache> m_cache;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<ServiceSettings> m_settings;
    CredentialStore m_credentials;
    std::unique_ptr<DemoSandbox> m_sandbox;
};

bool SyncOnce::write(Cache::WriteJob job, QString *error)
{
    QEventLoop loop;
    bool committed = false;
    m_cache->write(std::move(job), [&](bool ok, const QString &problem) {
        committed = ok;
        if (error)
            *error = problem;
        loop.quit();
    });
    loop.exec();
    return committed;
}

bool SyncOnce::openCache()
{
    m_cache = std::make_unique<Cache>(m_options.cacheFilePath());
    QEventLoop loop;
    Cache::OpenResult opened;
    QObject::connect(m_cache.get(), &Cache::opened, &loop, [&](const Cache::OpenResult &result) {
        opened = result;
        loop.quit();
    });
    m_cache->open();
    loop.exec();
    if (!opened.ok) {
        say(m_setup.err, tr("The local cache can't be used: %1").arg(opened.error));
        return false;
    }
    if (m_options.demo && !opened.hasCollege) {
        say(m_setup.out, tr("Building the demo college…"));
        const CollegeData college = Demo::generateDemoCollege(
            m_options.scale == LaunchOptions::DemoScale::Large ? DemoCollegeSize::Large
                                                               : DemoCollegeSize::Default);
        bool written = false;
        QString error;
        QObject::connect(m_cache.get(), &Cache::collegeWritten, &loop, [&](bool ok, const QString &problem) {
            written = ok;
            error = problem;
            loop.quit();
        });
        m_cache->writeCollege(college);
        loop.exec();
        if (!written) {
            say(m_setup.err, tr("The demo college could not be saved: %1").arg(error));
            return false;
        }
    }
    return true;
}

bool SyncOnce::queueDemo()
{
    QString error;
    const std::optional<BasExtensionCatalogue> catalogue =
        FootprintCatalogue::read(m_setup.schemaPath, &error);
    if (!catalogue) {
        say(m_setup.err, tr("The catalogue of BAS extensions can't be read: %1").arg(error));
        return false;
    }
    int queued = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!write(
            [&catalogue, now, &queued](QSqlDatabase &db, QString *problem) {
                return FootprintLms::queueDemo(db, *catalogue, now, problem, &queued);
            },
            &error)) {
        say(m_setup.err, tr("The demo college's footprint could not be queued: %1").arg(error));
        return false;
    }
    if (queued > 0)
        say(m_setup.out, tr("Queued the demo college's footprint: %n statement(s)", nullptr, queued));
    return true;
}

bool SyncOnce::storeSecrets(const QList<QPair<QString, QString>> &secrets)
{
    for (const auto &[key, secret] : secrets) {
        QEventLoop loop;
        CredentialStore::Error error;
        m_credentials.write(key, secret, &loop, [&](const CredentialStore::Error &result) {
            error = result;
            loop.quit();
        });
        loop.exec();
        if (error) {
            say(m_setup.err, error.toUserText());
            return false;
        }
    }
    return true;
}

bool SyncOnce::configure()
{
    // The overrides are for this run only: the settings are read from a copy, never written back.
    const QString saved = QDir(m_options.resolvedDataDir()).filePath(QStringLiteral("services.ini"));
    const QString copy = m_settingsDir.filePath(QStringLiteral("services.ini"));
    if (QFile::exists(saved))
        QFile::copy(saved, copy);
    m_settings = std::make_unique<ServiceSettings>(copy);
    ServiceSettings::U2035 u2035 = m_settings->u2035();

    QList<QPair<QString, QString>> secrets;
    if (m_options.demo) {
        // The demo's keys are public and go nowhere but this run's memory.
        m_credentials.setSessionOnly(true);
        QString problem;
        m_sandbox = DemoServices::startSandbox(CollegeData(), &problem);
        if (!m_sandbox) {
            say(m_setup.err, tr("The demo services could not be started: %1").arg(problem));
            return false;
        }
        const ServiceHub::DemoSetup demo = DemoServices::demoSetup(m_sandbox->services(), QString());
        u2035.lrsUrl = demo.xapiBase;
        u2035.storageUrl = demo.s3Base;
        u2035.bucket = demo.s3Bucket;
        u2035.region = demo.s3Region;
        secrets = {{CredentialStore::lrsKeyKey(), demo.lrsKey},
                   {CredentialStore::lrsSecretKey(), demo.lrsSecret},
                   {CredentialStore::s3AccessKeyKey(), demo.s3AccessKey},
                   {CredentialStore::s3SecretKeyKey(), demo.s3SecretKey}};
    }
    if (m_setup.lrsCredentials || m_setup.storageCredentials)
        m_credentials.setSessionOnly(true);
    if (m_setup.lrsCredentials) {
        secrets << QPair<QString, QString>{CredentialStore::lrsKeyKey(), m_setup.lrsCredentials->first}
                << QPair<QString, QString>{CredentialStore::lrsSecretKey(), m_setup.lrsCredentials->second};
    }
    if (m_setup.storageCredentials) {
        secrets << QPair<QString, QString>{CredentialStore::s3AccessKeyKey(),
                                           m_setup.storageCredentials->first}
                << QPair<QString, QString>{CredentialStore::s3SecretKeyKey(),
                                           m_setup.storageCredentials->second};
    }
    m_settings->setU2035(u2035);
    m_settings->setRunOverrides(m_options.u2035Url, m_options.s3Url);
    if (m_settings->u2035().lrsUrl.isEmpty()) {
        say(m_setup.err, tr("No U2035 LRS address is set: enter it in the settings or give --u2035-url."));
        return false;
    }
    return storeSecrets(secrets);
}

int SyncOnce::run()
{
    if (!openCache() || (m_options.demo && !queueDemo()) || !configure())
        return 3;

    NetworkAccess network;
    ConnectivityMonitor connectivity(false);
    NetContext context{&network, &connectivity, RetryPolicy(),
                       m_setup.timeout.value_or(std::chrono::milliseconds(30000))};
    LrsClient lrs(context, m_credentials, *m_settings);
    ObjectStorageClient storage(context, m_credentials, *m_settings);
    FootprintUploader uploader(*m_cache, context, m_credentials, *m_settings, storage);
    FootprintOutbox outbox(*m_cache, lrs);
    outbox.setUploader(&uploader);
    outbox.setBatchSize(m_settings->u2035().batchSize);

    const std::optional<FootprintOutboxStore::Counts> before = [this] {
        std::optional<FootprintOutboxStore::Counts> counts;
        QEventLoop loop;
        m_cache->schedule([&counts, &loop](QSqlDatabase &db) {
            counts = FootprintOutboxStore::counts(db, nullptr);
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        });
        loop.exec();
        return counts;
    }();

    FootprintOutbox::Summary summary;
    QEventLoop loop;
    QObject::connect(&outbox, &FootprintOutbox::drained, &loop, [&](const FootprintOutbox::Summary &result) {
        summary = result;
        loop.quit();
    });
    outbox.drain();
    loop.exec();

    QList<FootprintOutboxStore::Failure> failures;
    m_cache->schedule([&failures, &loop](QSqlDatabase &db) {
        failures = FootprintOutboxStore::failures(db, 50);
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();

    const FootprintOutboxStore::Counts &counts = summary.counts;
    const int delivered = counts.delivered - (before ? before->delivered : 0);
    // The summary line is for scripts too: its words are fixed, not translated.
    say(m_setup.out, QStringLiteral("delivered %1, rejected %2, conflicts %3, waiting %4")
                         .arg(delivered)
                         .arg(counts.rejected)
                         .arg(counts.conflicts)
                         .arg(counts.pending()));
    for (const FootprintOutboxStore::Failure &failure : std::as_const(failures)) {
        say(m_setup.err, (failure.state == FootprintSchema::State::Conflict ? tr("conflict: %1 (%2): %3")
                                                                            : tr("rejected: %1 (%2): %3"))
                             .arg(failure.id, failure.factKey, failure.reason));
    }
    if (summary.stalled)
        say(m_setup.err, tr("U2035 could not be reached: %1").arg(summary.lastError));
    return counts.failed() > 0 || summary.stalled ? 1 : 0;
}

} // namespace

int runSyncOnce(const LaunchOptions &options, const SyncOnceSetup &setup)
{
    SyncOnce syncOnce(options, setup);
    return syncOnce.run();
}
