#include "synconce.h"

#include "demo/democollegegenerator.h"
#include "demoservices.h"
#include "footprintcatalogue.h"
#include "net/connectivitymonitor.h"
#include "net/credentialstore.h"
#include "net/logredactor.h"
#include "net/lrsclient.h"
#include "net/netcontext.h"
#include "net/networkaccess.h"
#include "net/objectstorageclient.h"
#include "net/servicesettings.h"
#include "net/sgoclient.h"
#include "net/sgosignin.h"
#include "servicehub.h"
#include "store/cache.h"
#include "store/collegewriter.h"
#include "store/journalschema.h"
#include "sync/collegepull.h"
#include "sync/collegerefresh.h"
#include "sync/footprintlms.h"
#include "sync/footprintoutbox.h"
#include "sync/footprintuploader.h"
#include "sync/journaloutbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <string>

namespace {

// Exit codes.
constexpr int Succeeded = 0;
constexpr int Failed = 1;
constexpr int Unusable = 3;

class SyncOnce
{
    Q_DECLARE_TR_FUNCTIONS(SyncOnce)
public:
    SyncOnce(const LaunchOptions &options, const SyncOnceSetup &setup) : m_options(options), m_setup(setup) {}
    int run();

private:
    struct Journal
    {
        int sent = 0;
        int pending = 0;
        int refused = 0;
    };

    void say(std::FILE *to, const QString &text) const
    {
        std::fputs(qUtf8Printable(text + QLatin1Char('\n')), to);
        std::fflush(to);
    }
    // Runs the event loop until done is set (at once when it already is).
    static void waitFor(const bool &done, QEventLoop &loop)
    {
        if (!done)
            loop.exec();
    }
    bool write(Cache::WriteJob job, QString *error = nullptr);
    bool openCache(const QString &path);
    bool queueDemo();
    bool configure();
    bool storeSecrets(const QList<QPair<QString, QString>> &secrets);
    int signIn(SgoClient &sgo);
    std::optional<QString> readPassword();
    bool pull(SgoClient &sgo);
    bool push(SgoClient &sgo, Journal *journal);
    int deliverFootprint(NetContext &context);

    const LaunchOptions &m_options;
    const SyncOnceSetup &m_setup;
    std::unique_ptr<Cache> m_cache;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<ServiceSettings> m_settings;
    CredentialStore m_credentials;
    std::unique_ptr<DemoSandbox> m_sandbox;
    ServiceHub::DemoSetup m_demo;
    QString m_cachePath;
    qint64 m_pulledRows = 0;
    int m_pulledKinds = 0;
};

bool SyncOnce::write(Cache::WriteJob job, QString *error)
{
    QEventLoop loop;
    bool committed = false;
    bool done = false;
    m_cache->write(std::move(job), [&](bool ok, const QString &problem) {
        committed = ok;
        if (error)
            *error = problem;
        done = true;
        loop.quit();
    });
    waitFor(done, loop);
    return committed;
}

bool SyncOnce::openCache(const QString &path)
{
    m_cache = std::make_unique<Cache>(path);
    QEventLoop loop;
    Cache::OpenResult opened;
    bool done = false;
    QObject::connect(m_cache.get(), &Cache::opened, &loop, [&](const Cache::OpenResult &result) {
        opened = result;
        done = true;
        loop.quit();
    });
    m_cache->open();
    waitFor(done, loop);
    if (!opened.ok) {
        say(m_setup.err, tr("The local cache can't be used: %1").arg(opened.error));
        return false;
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
        bool done = false;
        m_credentials.write(key, secret, &loop, [&](const CredentialStore::Error &result) {
            error = result;
            done = true;
            loop.quit();
        });
        waitFor(done, loop);
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
        // The sandbox serves the same deterministic college the GUI's demo loads; SGO is signed in to as its
        // administrator, who may see every account.
        const CollegeData college = Demo::generateDemoCollege(
            m_options.scale == LaunchOptions::DemoScale::Large ? DemoCollegeSize::Large
                                                               : DemoCollegeSize::Default);
        QString account;
        for (const StaffMember &member : college.staff) {
            if (member.hasRole(Role::Admin) && !member.login.isEmpty()) {
                account = member.login;
                break;
            }
        }
        QString problem;
        m_sandbox = DemoServices::startSandbox(college, &problem);
        if (!m_sandbox) {
            say(m_setup.err, tr("The demo services could not be started: %1").arg(problem));
            return false;
        }
        m_demo = DemoServices::demoSetup(m_sandbox->services(), account);
        u2035.lrsUrl = m_demo.xapiBase;
        u2035.storageUrl = m_demo.s3Base;
        u2035.bucket = m_demo.s3Bucket;
        u2035.region = m_demo.s3Region;
        secrets = {{CredentialStore::lrsKeyKey(), m_demo.lrsKey},
                   {CredentialStore::lrsSecretKey(), m_demo.lrsSecret},
                   {CredentialStore::s3AccessKeyKey(), m_demo.s3AccessKey},
                   {CredentialStore::s3SecretKeyKey(), m_demo.s3SecretKey}};
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

std::optional<QString> SyncOnce::readPassword()
{
    // As `docker login --password-stdin`: one line, its line break not part of the password.
    std::string line;
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, m_setup.in)) {
        line += buffer;
        if (!line.empty() && line.back() == '\n')
            break;
    }
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    const QString password = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (password.isEmpty())
        return std::nullopt;
    return password;
}

int SyncOnce::signIn(SgoClient &sgo)
{
    const ServiceSettings::Sgo remembered = m_settings->sgo();
    QUrl base = m_options.sgoUrl;
    if (base.isEmpty())
        base = m_options.demo ? m_demo.sgoBase : remembered.baseUrl;
    QString login = m_options.sgoLogin;
    if (login.isEmpty())
        login = m_options.demo ? m_demo.sgoAccount : remembered.account;
    // The demo's organisation is the sandbox's; another SGO given for the demo lists its own.
    const QString wanted = m_options.demo ? (m_options.sgoUrl.isEmpty() ? m_demo.sgoSchool : QString())
                                          : remembered.school.trimmed();
    const QString howTo = tr(
        "Give the account with --sgo-login LOGIN --password-stdin (the password on standard input), or sign "
        "in once in SPO Desk with «Remember the password» ticked.");
    if (base.isEmpty()) {
        say(m_setup.err,
            tr("SGO: no address is set. Give it with --sgo-url URL, or sign in once in SPO Desk."));
        return Unusable;
    }
    if (login.isEmpty()) {
        say(m_setup.err, tr("SGO: no account to sign in with. %1").arg(howTo));
        return Unusable;
    }
    const QString key = CredentialStore::sgoPasswordKey(login);
    if (m_options.passwordStdin) {
        const std::optional<QString> password = readPassword();
        if (!password) {
            say(m_setup.err,
                tr("SGO: no password on standard input. Pipe it in, e.g. «printenv SGO_PASSWORD | "
                   "spodesk --sync-once --sgo-login LOGIN --password-stdin»."));
            return Unusable;
        }
        LogRedactor::registerSecret(*password);
        m_credentials.holdInMemory(key, *password);
    } else if (m_options.demo && login == m_demo.sgoAccount) {
        m_credentials.holdInMemory(key, m_demo.sgoPassword);
    }

    SgoSignIn signIn(sgo, *m_settings, m_credentials);
    QEventLoop loop;
    // The organisation: the settings' (its scid, as the GUI keeps it, or its name), else the only one SGO
    // lists; its scid names the account's cache just as the GUI's sign-in does.
    std::optional<NetResult<QList<SgoReplies::School>>> schools;
    signIn.findSchools(base, &loop, [&](const NetResult<QList<SgoReplies::School>> &result) {
        schools = result;
        loop.quit();
    });
    if (!schools)
        loop.exec();
    if (!schools->ok()) {
        say(m_setup.err, QStringLiteral("SGO: %1").arg(schools->error().describe()));
        return Failed;
    }
    std::optional<SgoReplies::School> school;
    bool isNumber = false;
    const qint64 scid = wanted.toLongLong(&isNumber);
    for (const SgoReplies::School &listed : schools->value()) {
        if (wanted.isEmpty() ? schools->value().size() == 1
                             : (isNumber && listed.scid == scid) ||
                                   listed.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
                                   listed.shortName.compare(wanted, Qt::CaseInsensitive) == 0) {
            school = listed;
            break;
        }
    }
    if (!school) {
        say(m_setup.err,
            wanted.isEmpty()
                ? tr("SGO lists several organisations: sign in once in SPO Desk to choose yours.")
                : tr("SGO: the organisation «%1» is not in SGO's list.").arg(wanted));
        return Unusable;
    }

    std::optional<NetResult<SgoAdminCalls::Context>> signedIn;
    // No password here: it is the one held in memory above, or the keychain's.
    signIn.signIn({base, *school, login}, QString(), false, &loop,
                  [&](const NetResult<SgoAdminCalls::Context> &result) {
                      signedIn = result;
                      loop.quit();
                  });
    if (!signedIn)
        loop.exec();
    if (!signedIn->ok()) {
        const NetError &error = signedIn->error();
        if (error.kind == NetError::Kind::NoCredentials) {
            say(m_setup.err, tr("SGO: no password for %1 is remembered. %2").arg(login, howTo));
            if (!error.detail.isEmpty())
                say(m_setup.err, error.detail);
            return Unusable;
        }
        say(m_setup.err, tr("SGO: signing in as %1 failed: %2").arg(login, error.describe()));
        return Failed;
    }
    m_cachePath = m_options.demo ? m_options.cacheFilePath()
                                 : m_options.accountCacheFilePath(base, QString::number(school->scid), login);
    return Succeeded;
}

bool SyncOnce::pull(SgoClient &sgo)
{
    CollegePull pull(*m_cache, sgo);
    QEventLoop loop;
    CollegePull::Summary summary;
    bool done = false;
    QSet<QString> changed;
    qint64 rowsBefore = 0;
    QObject::connect(&pull, &CollegePull::progress, &loop,
                     [&](const QString &kind, int, int, qint64 rowsSoFar) {
                         if (rowsSoFar > rowsBefore)
                             changed.insert(kind);
                         rowsBefore = rowsSoFar;
                     });
    QObject::connect(&pull, &CollegePull::finished, &loop, [&](const CollegePull::Summary &result) {
        summary = result;
        done = true;
        loop.quit();
    });
    pull.start();
    waitFor(done, loop);
    m_pulledRows = summary.rows;
    m_pulledKinds = int(changed.size());
    for (auto it = summary.failed.cbegin(); it != summary.failed.cend(); ++it)
        say(m_setup.err,
            tr("SGO: %1 could not be loaded: %2").arg(CollegeRefresh::kindLabel(it.key()), it.value()));
    const bool whole = !summary.cancelled && summary.failed.isEmpty() &&
                       summary.finished.size() == CollegePull::order().size();
    if (!whole)
        return false;
    // Every kind is in: the GUI's next start opens the college at once, as after its own first sync.
    QString error;
    if (!write([](QSqlDatabase &db, QString *problem) { return CollegeWriter::markPulled(db, problem); },
               &error)) {
        say(m_setup.err, tr("The local cache can't be used: %1").arg(error));
        return false;
    }
    return true;
}

bool SyncOnce::push(SgoClient &sgo, Journal *journal)
{
    JournalOutbox outbox(*m_cache, sgo);
    QEventLoop loop;
    bool done = false;
    NetError stalled;
    QObject::connect(&outbox, &JournalOutbox::sent, &loop, [&](int applied) { journal->sent += applied; });
    QObject::connect(&outbox, &JournalOutbox::refused, &loop, [&](const NetError &error, int count) {
        say(m_setup.err, tr("SGO refused %n journal edit(s): %1", nullptr, count).arg(error.describe()));
    });
    QObject::connect(&outbox, &JournalOutbox::stalled, &loop,
                     [&](const NetError &error) { stalled = error; });
    // What is due has been sent or refused, or SGO could not be reached: this run is done with the journal.
    QObject::connect(&outbox, &JournalOutbox::waiting, &loop, [&] {
        done = true;
        loop.quit();
    });
    outbox.start();
    waitFor(done, loop);
    outbox.stop();

    m_cache->schedule([journal, &loop](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT coalesce(sum(state = %1), 0), coalesce(sum(state = %2), 0) "
                                      "FROM journal_changes")
                           .arg(JournalSchema::sql(JournalSchema::ChangeState::Pending),
                                JournalSchema::sql(JournalSchema::ChangeState::Failed))) &&
            query.next()) {
            journal->pending = query.value(0).toInt();
            journal->refused = query.value(1).toInt();
        }
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    if (stalled) {
        say(m_setup.err, tr("SGO could not be reached: %1").arg(stalled.describe()));
        say(m_setup.err, tr("%n journal edit(s) wait for the next run.", nullptr, journal->pending));
    }
    return !stalled && journal->refused == 0;
}

int SyncOnce::deliverFootprint(NetContext &context)
{
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
    return counts.failed() > 0 || summary.stalled ? Failed : Succeeded;
}

int SyncOnce::run()
{
    if (!configure())
        return Unusable;

    NetworkAccess network;
    ConnectivityMonitor connectivity(false);
    NetContext context{&network, &connectivity, RetryPolicy(),
                       m_setup.timeout.value_or(std::chrono::milliseconds(30000))};
    SgoClient sgo(context, m_credentials, *m_settings);
    if (!m_setup.footprintOnlyCache.isEmpty())
        return openCache(m_setup.footprintOnlyCache) ? deliverFootprint(context) : Unusable;

    // SGO first: the college as SGO has it, then the journal's edits; the ЦС after them.
    if (const int signedIn = signIn(sgo); signedIn != Succeeded)
        return signedIn;
    if (!openCache(m_cachePath))
        return Unusable;
    const bool pulled = pull(sgo);
    Journal journal;
    const bool pushed = push(sgo, &journal);
    say(m_setup.out, tr("SGO: loaded %1 (%2), sent %3")
                         .arg(tr("%n record(s)", nullptr, static_cast<int>(m_pulledRows)),
                              tr("%n kind(s) of data", nullptr, m_pulledKinds),
                              tr("%n journal edit(s)", nullptr, journal.sent)));

    // The demo's footprint is made from the college it has just pulled.
    if (m_options.demo && !queueDemo())
        return Unusable;
    const int delivered = deliverFootprint(context);
    return pulled && pushed && delivered == Succeeded ? Succeeded : Failed;
}

} // namespace

int runSyncOnce(const LaunchOptions &options, const SyncOnceSetup &setup)
{
    SyncOnce syncOnce(options, setup);
    return syncOnce.run();
}
