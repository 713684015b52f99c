#include "launchoptions.h"
#include "sandboxserver.h"
#include "synconce.h"
#include "testpaths.h"

#include "demo/democollegegenerator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <memory>

namespace {

const QString Password = QStringLiteral("demo-password-2026");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// `spodesk --sync-once` against the sandbox's SGO: signed in with the password from standard input, the
// college pulled into the account's own cache (the file the GUI opens for that account), one line per
// service; a refused password, and no password at all, each with its own words and a non-zero exit.
class TestSyncOnce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theRightPasswordPullsTheCollegeIntoTheAccountsCache();
    void theJournalsEditsAreSentAndARefusalFails();
    void aWrongPasswordIsRefusedInSgosWords();
    void withoutAnAccountItSaysHowToGiveOne();
    void aRememberedAccountWithoutItsPasswordSaysHowToGiveOne();
    void anEmptyStandardInputIsNoPassword();

private:
    Run syncOnce(const QStringList &arguments, const QByteArray &input = {});
    QStringList withServices(const QStringList &arguments) const;
    QString admin() const;
    int count(const QString &cachePath, const QString &table) const;
    bool queueEdits(const QString &cachePath, int count, int kind) const;
    QString cachePath(const QString &login) const;

    CollegeData m_college;
    std::unique_ptr<SandboxServer> m_sandbox;
    DemoSandbox::Services m_services;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSyncOnce::initTestCase()
{
    m_college = Demo::generateDemoCollege(DemoCollegeSize::Default);
    m_sandbox = std::make_unique<SandboxServer>(m_college);
    QVERIFY(m_sandbox->start());
    m_services = m_sandbox->demoServices();
}

void TestSyncOnce::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSyncOnce::cleanup()
{
    m_dir.reset();
}

QString TestSyncOnce::admin() const
{
    for (const StaffMember &member : m_college.staff) {
        if (member.hasRole(Role::Admin) && !member.login.isEmpty())
            return member.login;
    }
    return {};
}

QStringList TestSyncOnce::withServices(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--sgo-url"),   m_services.sgoBase.toString(),
                       QStringLiteral("--u2035-url"), m_services.xapiBase.toString(),
                       QStringLiteral("--s3-url"),    m_services.s3Base.toString()} +
           arguments;
}

Run TestSyncOnce::syncOnce(const QStringList &arguments, const QByteArray &input)
{
    Run run;
    LaunchOptions options;
    QString error;
    if (!options.parse(QStringList{QStringLiteral("spodesk"), QStringLiteral("--sync-once"),
                                   QStringLiteral("--data-dir"), m_dir->path()} +
                           arguments,
                       &error)) {
        run.err = error;
        return run;
    }
    QTemporaryFile in;
    QTemporaryFile out;
    QTemporaryFile err;
    if (!in.open() || !out.open() || !err.open())
        qFatal("no temporary files");
    in.write(input);
    in.flush();
    SyncOnceSetup setup;
    setup.schemaPath = TestPaths::sourceDir() + QStringLiteral("/resources/u2035/fd.schema.json");
    // The sandbox's keys in memory; nothing from the keychain.
    setup.lrsCredentials = std::make_pair(m_services.xapiKey, m_services.xapiSecret);
    setup.storageCredentials = std::make_pair(m_services.storageAccessKey, m_services.storageSecretKey);
    setup.timeout = std::chrono::milliseconds(10000);
    setup.in = std::fopen(qPrintable(in.fileName()), "r");
    setup.out = std::fopen(qPrintable(out.fileName()), "w");
    setup.err = std::fopen(qPrintable(err.fileName()), "w");
    run.exitCode = runSyncOnce(options, setup);
    std::fclose(setup.in);
    std::fclose(setup.out);
    std::fclose(setup.err);
    run.out = QString::fromUtf8(out.readAll());
    run.err = QString::fromUtf8(err.readAll());
    qInfo("exit %d\n%s%s", run.exitCode, qPrintable(run.out), qPrintable(run.err));
    return run;
}

int TestSyncOnce::count(const QString &cachePath, const QString &table) const
{
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(cachePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next())
                rows = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return rows;
}

bool TestSyncOnce::queueEdits(const QString &cachePath, int count, int kind) const
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edits"));
        db.setDatabaseName(cachePath);
        ok = db.open();
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("INSERT INTO journal_changes (kind, assignment_id, lesson_id, student_id, "
                           "payload, made_at) VALUES (?, 7, ?, 3, '{\"mark\":5}', "
                           "'2026-11-25T10:00:00')"));
        for (int i = 0; ok && i < count; ++i) {
            query.addBindValue(kind);
            query.addBindValue(1000 * kind + i);
            ok = query.exec();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edits"));
    return ok;
}

QString TestSyncOnce::cachePath(const QString &login) const
{
    LaunchOptions options;
    options.dataDir = m_dir->path();
    return options.accountCacheFilePath(m_services.sgoBase, QString::number(m_services.sgoSchoolId), login);
}

void TestSyncOnce::theRightPasswordPullsTheCollegeIntoTheAccountsCache()
{
    const QString login = admin();
    QVERIFY(!login.isEmpty());
    const QStringList arguments =
        withServices({QStringLiteral("--sgo-login"), login, QStringLiteral("--password-stdin")});
    Run run = syncOnce(arguments, Password.toUtf8() + '\n');
    QCOMPARE(run.exitCode, 0);
    const QRegularExpressionMatch sgo =
        QRegularExpression(
            QStringLiteral("^SGO: loaded (\\d+) record\\(s\\) \\((\\d+) kind\\(s\\) of data\\), "
                           "sent 0 journal edit\\(s\\)$"),
            QRegularExpression::MultilineOption)
            .match(run.out);
    QVERIFY2(sgo.hasMatch(), qPrintable(run.out));
    QVERIFY(sgo.captured(1).toInt() > m_college.students.size());
    QVERIFY(sgo.captured(2).toInt() > 5);
    QVERIFY2(run.out.contains(QStringLiteral("delivered 0, rejected 0, conflicts 0, waiting 0")),
             qPrintable(run.out));
    QVERIFY2(!run.out.contains(Password) && !run.err.contains(Password), "the password was printed");

    // The account's own file, named as the GUI names it after signing in (the organisation by its scid).
    const QString cachePath = this->cachePath(login);
    QVERIFY2(QFile::exists(cachePath), qPrintable(cachePath));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("accounts"))).entryList({QStringLiteral("*.sqlite")}).size(),
             1);
    QCOMPARE(count(cachePath, QStringLiteral("students")), m_college.students.size());
    QCOMPARE(count(cachePath, QStringLiteral("staff")), m_college.staff.size());
    // The address and the login were for this run: the settings are not written.
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("services.ini"))));

    // Again, with nothing changed at SGO: nothing is pulled.
    run = syncOnce(arguments, Password.toUtf8());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(
                 QStringLiteral("SGO: loaded 0 record(s) (0 kind(s) of data), sent 0 journal edit(s)")),
             qPrintable(run.out));
    QCOMPARE(count(cachePath, QStringLiteral("students")), m_college.students.size());
}

void TestSyncOnce::theJournalsEditsAreSentAndARefusalFails()
{
    const QStringList arguments =
        withServices({QStringLiteral("--sgo-login"), admin(), QStringLiteral("--password-stdin")});
    QCOMPARE(syncOnce(arguments, Password.toUtf8()).exitCode, 0);
    QVERIFY(queueEdits(cachePath(admin()), 3, 1));
    Run run = syncOnce(arguments, Password.toUtf8());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral(", sent 3 journal edit(s)")), qPrintable(run.out));

    // A kind of edit SGO does not know: refused in SGO's words, and the run fails.
    QVERIFY(queueEdits(cachePath(admin()), 2, 99));
    run = syncOnce(arguments, Password.toUtf8());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral(", sent 0 journal edit(s)")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("SGO refused 2 journal edit(s)")), qPrintable(run.err));
}

void TestSyncOnce::aWrongPasswordIsRefusedInSgosWords()
{
    const Run run =
        syncOnce(withServices({QStringLiteral("--sgo-login"), admin(), QStringLiteral("--password-stdin")}),
                 QByteArrayLiteral("not-the-password\n"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Неправильный пароль")), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QStringLiteral("SGO: loaded")), qPrintable(run.out));
    QVERIFY(!run.err.contains(QStringLiteral("not-the-password")));
    QVERIFY(
        !QDir(m_dir->filePath(QStringLiteral("accounts"))).exists() ||
        QDir(m_dir->filePath(QStringLiteral("accounts"))).entryList({QStringLiteral("*.sqlite")}).isEmpty());
}

void TestSyncOnce::withoutAnAccountItSaysHowToGiveOne()
{
    const Run run = syncOnce(withServices({}));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("--sgo-login LOGIN --password-stdin")), qPrintable(run.err));
}

void TestSyncOnce::aRememberedAccountWithoutItsPasswordSaysHowToGiveOne()
{
    {
        QSettings services(m_dir->filePath(QStringLiteral("services.ini")), QSettings::IniFormat);
        services.setValue(QStringLiteral("sgo/baseUrl"), m_services.sgoBase.toString());
        services.setValue(QStringLiteral("sgo/account"), admin());
        services.setValue(QStringLiteral("sgo/school"), QString::number(m_services.sgoSchoolId));
    }
    // No keychain in this run (the test's keys are held in memory only): the password is nowhere.
    const Run run = syncOnce({QStringLiteral("--u2035-url"), m_services.xapiBase.toString()});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("no password for %1").arg(admin())), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--sgo-login LOGIN --password-stdin")), qPrintable(run.err));
}

void TestSyncOnce::anEmptyStandardInputIsNoPassword()
{
    const Run run =
        syncOnce(withServices({QStringLiteral("--sgo-login"), admin(), QStringLiteral("--password-stdin")}));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("no password on standard input")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestSyncOnce)
#include "tst_synconce.moc"
