#include "engine.h"
#include "net/credentialstore.h"
#include "net/sgosignin.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "servicehub.h"
#include "store/collegerepository.h"
#include "sync/collegerefresh.h"

#include "demo/democollegegenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

const QString Password = QStringLiteral("demo-password-2026");

} // namespace

// A real college's sign-in, end to end against the sandbox's SGO: the organisation from SGO's list, the
// login and password, the roles SGO gives, the person's own cache loaded by the first sync; signing out, and
// removing the data from the computer. The failures each have their own sentence.
class TestEngineAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aPersonSignsInAndTheCollegeIsLoadedIntoTheirOwnCache();
    void aPersonWithTwoRolesGetsBothAndNoOther();
    void aWrongPasswordIsRefusedInSgosWords();
    void anAccountGuessedAtIsLockedInSgosWords();
    void aSessionThatEndsMidSyncSignsInAgainSilently();
    void aCancelledFirstSyncOpensWithWhatArrivedAndGoesOnLater();
    void aKindThatFailsIsListedUntilItLoads();
    void anUnreachableServerAndAServerThatIsNotSgoAreSaidSo();
    void signingOutClosesTheCacheAndAnotherPersonGetsAnotherFile();
    void removingTheDataRemovesTheCacheAndThePassword();

private:
    std::unique_ptr<Engine> startEngine();
    QList<SgoReplies::School> schools(Engine &engine, const QUrl &base, NetError *error = nullptr);
    NetResult<SgoAdminCalls::Context> signIn(Engine &engine, const QString &login, const QString &password,
                                             bool remember = false);
    QString loginWithRoles(Roles roles) const;
    QStringList cacheFiles() const;

    CollegeData m_college;
    std::unique_ptr<SandboxServer> m_sandbox;
    QUrl m_base;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEngineAccount::initTestCase()
{
    m_college = Demo::generateDemoCollege(DemoCollegeSize::Default);
    m_sandbox = std::make_unique<SandboxServer>(m_college);
    QVERIFY(m_sandbox->start());
    m_base = m_sandbox->demoServices().sgoBase;
}

void TestEngineAccount::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEngineAccount::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Engine> TestEngineAccount::startEngine()
{
    LaunchOptions options;
    QString error;
    if (!options.parse({QStringLiteral("spodesk"), QStringLiteral("--data-dir"), m_dir->path()}, &error))
        qFatal("%s", qPrintable(error));
    auto engine = std::make_unique<Engine>(options);
    engine->services().context().timeout = std::chrono::milliseconds(5000);
    engine->services().context().retry.timeScale = 0.001;
    QSignalSpy signInNeeded(engine.get(), &Engine::signInNeeded);
    engine->start();
    if (!signInNeeded.wait(10000))
        qFatal("no signInNeeded()");
    return engine;
}

QList<SgoReplies::School> TestEngineAccount::schools(Engine &engine, const QUrl &base, NetError *error)
{
    std::optional<NetResult<QList<SgoReplies::School>>> answer;
    engine.sgoSignIn().findSchools(base, this, [&answer](const auto &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        qFatal("findSchools never answered");
    if (error)
        *error = answer->ok() ? NetError() : answer->error();
    return answer->ok() ? answer->value() : QList<SgoReplies::School>();
}

NetResult<SgoAdminCalls::Context> TestEngineAccount::signIn(Engine &engine, const QString &login,
                                                            const QString &password, bool remember)
{
    const QList<SgoReplies::School> list = schools(engine, m_base);
    if (list.isEmpty())
        return NetError::make(NetError::Kind::NotConfigured);
    std::optional<NetResult<SgoAdminCalls::Context>> answer;
    engine.sgoSignIn().signIn({m_base, list.first(), login}, password, remember, this,
                              [&answer](const auto &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        qFatal("signIn never answered");
    return *answer;
}

QString TestEngineAccount::loginWithRoles(Roles roles) const
{
    for (const StaffMember &member : m_college.staff) {
        if ((member.roles & roles) == roles && !member.login.isEmpty())
            return member.login;
    }
    return {};
}

QStringList TestEngineAccount::cacheFiles() const
{
    return QDir(m_dir->filePath(QStringLiteral("accounts")))
        .entryList({QStringLiteral("*.sqlite")}, QDir::Files);
}

void TestEngineAccount::aPersonSignsInAndTheCollegeIsLoadedIntoTheirOwnCache()
{
    std::unique_ptr<Engine> engine = startEngine();
    const QList<SgoReplies::School> list = schools(*engine, m_base);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().name, m_college.organisation.name);

    const QString admin = loginWithRoles(Role::Admin);
    const NetResult<SgoAdminCalls::Context> context = signIn(*engine, admin, Password);
    QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().toUserText()));
    QVERIFY(context.value().roles.testFlag(Role::Admin));

    QSignalSpy firstSync(engine.get(), &Engine::firstSyncStarted);
    QSignalSpy progress(engine.get(), &Engine::progress);
    QSignalSpy ready(engine.get(), &Engine::ready);
    engine->openAccount(context.value());
    QVERIFY(ready.wait(60000));
    QCOMPARE(firstSync.size(), 1);
    QVERIFY(progress.size() > 2);
    QCOMPARE(engine->account()->login, admin);
    QCOMPARE(engine->college().studentCount(), int(m_college.students.size()));
    QCOMPARE(engine->college().organisation().name, m_college.organisation.name);
    QCOMPARE(cacheFiles().size(), 1);
    // Never under the login's own name.
    QVERIFY(!cacheFiles().first().contains(admin));
    // Not remembered: nothing in the keychain, the password held for this run only.
    QVERIFY(!engine->needsSignIn());
}

void TestEngineAccount::aPersonWithTwoRolesGetsBothAndNoOther()
{
    const QString both = loginWithRoles(Role::Curator | Role::SubjectTeacher);
    QVERIFY2(!both.isEmpty(), "the demo college has a curator who also teaches");
    std::unique_ptr<Engine> engine = startEngine();
    const NetResult<SgoAdminCalls::Context> context = signIn(*engine, both, Password);
    QVERIFY(context.ok());
    QVERIFY(context.value().roles.testFlag(Role::Curator));
    QVERIFY(context.value().roles.testFlag(Role::SubjectTeacher));
    QVERIFY(!context.value().roles.testFlag(Role::Admin));
}

void TestEngineAccount::aWrongPasswordIsRefusedInSgosWords()
{
    std::unique_ptr<Engine> engine = startEngine();
    const NetResult<SgoAdminCalls::Context> context =
        signIn(*engine, loginWithRoles(Role::Admin), QStringLiteral("not-the-password"));
    QVERIFY(!context.ok());
    QVERIFY2(context.error().describe().contains(QStringLiteral("Неправильный пароль")),
             qPrintable(context.error().describe()));
    QVERIFY(cacheFiles().isEmpty());
    QVERIFY(engine->needsSignIn());
}

void TestEngineAccount::anAccountGuessedAtIsLockedInSgosWords()
{
    std::unique_ptr<Engine> engine = startEngine();
    // Not a login the other cases sign in with: it stays locked for the rest of the run.
    QString login;
    for (const StaffMember &member : std::as_const(m_college.staff)) {
        if (member.hasRole(Role::SubjectTeacher) && !member.login.isEmpty())
            login = member.login;
    }
    QVERIFY(login != loginWithRoles(Role::SubjectTeacher));
    for (int i = 0; i < 5; ++i)
        QVERIFY(!signIn(*engine, login, QStringLiteral("guess-%1").arg(i)).ok());
    // Even the right password is refused now, in SGO's own words.
    const NetResult<SgoAdminCalls::Context> locked = signIn(*engine, login, Password);
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().describe().contains(QStringLiteral("заблокирована")),
             qPrintable(locked.error().describe()));
}

void TestEngineAccount::aSessionThatEndsMidSyncSignsInAgainSilently()
{
    std::unique_ptr<Engine> engine = startEngine();
    const NetResult<SgoAdminCalls::Context> context = signIn(*engine, loginWithRoles(Role::Admin), Password);
    QVERIFY(context.ok());
    QSignalSpy ready(engine.get(), &Engine::ready);
    QSignalSpy notices(engine.get(), &Engine::notice);
    bool ended = false;
    // SGO restarts while the first sync is under way: the next page gets a 401, the client signs in again
    // with the password held for this run, and the sync goes on.
    connect(engine.get(), &Engine::progress, this, [this, &ended](int percent, const QString &) {
        if (!ended && percent >= 30) {
            ended = true;
            m_sandbox->endSgoSessions();
        }
    });
    engine->openAccount(context.value());
    QVERIFY(ready.wait(60000));
    QVERIFY(ended);
    QVERIFY2(notices.isEmpty(), notices.isEmpty() ? "" : qPrintable(notices.first().first().toString()));
    QCOMPARE(engine->college().studentCount(), int(m_college.students.size()));
    QVERIFY(engine->collegeRefresh()->lastSummary().failed.isEmpty());
}

void TestEngineAccount::aCancelledFirstSyncOpensWithWhatArrivedAndGoesOnLater()
{
    std::unique_ptr<Engine> engine = startEngine();
    const NetResult<SgoAdminCalls::Context> context = signIn(*engine, loginWithRoles(Role::Admin), Password);
    QVERIFY(context.ok());
    QSignalSpy ready(engine.get(), &Engine::ready);
    bool cancelled = false;
    connect(engine.get(), &Engine::progress, this, [&engine, &cancelled](int percent, const QString &) {
        if (!cancelled && percent >= 40) {
            cancelled = true;
            engine->cancelFirstSync();
        }
    });
    engine->collegeRefresh(); // null before the account is open
    engine->openAccount(context.value());
    QVERIFY(ready.wait(60000));
    QVERIFY(cancelled);
    QVERIFY(engine->collegeRefresh()->lastSummary().cancelled);
    // What arrived is there (the staff and groups come first); the marks did not yet.
    QVERIFY(!engine->college().groups().isEmpty());
    QVERIFY(engine->collegeRefresh()->lastSummary().finished.size() < CollegePull::order().size());

    // «Обновить» goes on where it stopped and brings the rest.
    QSignalSpy completed(engine->collegeRefresh(), &CollegeRefresh::completed);
    engine->refreshCollege();
    QVERIFY(completed.wait(60000));
    QCOMPARE(engine->college().studentCount(), int(m_college.students.size()));
}

void TestEngineAccount::aKindThatFailsIsListedUntilItLoads()
{
    std::unique_ptr<Engine> engine = startEngine();
    const NetResult<SgoAdminCalls::Context> context = signIn(*engine, loginWithRoles(Role::Admin), Password);
    QVERIFY(context.ok());
    QSignalSpy ready(engine.get(), &Engine::ready);
    engine->openAccount(context.value());
    QVERIFY(ready.wait(60000));

    // SGO answers garbage for a while: each kind that fails has one row in «Сбои отправки», the cache keeps
    // what it had, and the rows go once a refresh loads again.
    const int students = engine->college().studentCount();
    SandboxFaults faults;
    QVERIFY(SandboxFaults::parse(QStringLiteral("malformed=100,services=sgo"), &faults, nullptr));
    m_sandbox->setFaults(faults);
    QSignalSpy finished(engine->collegeRefresh(), &CollegeRefresh::finished);
    engine->refreshCollege();
    QVERIFY(finished.wait(60000));
    FailureLog &failures = engine->services().failures();
    QVERIFY(failures.rowCount() > 0);
    QVERIFY(failures.rowCount() <= int(CollegePull::order().size()));
    QCOMPARE(engine->college().studentCount(), students);
    const int rows = failures.rowCount();
    engine->refreshCollege(); // failing again: no second row per kind
    QVERIFY(finished.wait(60000));
    QCOMPARE(failures.rowCount(), rows);

    m_sandbox->setFaults({});
    engine->refreshCollege();
    QVERIFY(finished.wait(60000));
    QCOMPARE(failures.rowCount(), 0);
}

void TestEngineAccount::anUnreachableServerAndAServerThatIsNotSgoAreSaidSo()
{
    std::unique_ptr<Engine> engine = startEngine();
    NetError error;
    QVERIFY(schools(*engine, QUrl(QStringLiteral("http://127.0.0.1:1")), &error).isEmpty());
    QVERIFY2(error.describe().contains(QStringLiteral("can't be reached")), qPrintable(error.describe()));

    // A web server that answers every path with a page of its own: HTTP, but not SGO.
    QTcpServer web;
    QVERIFY(web.listen(QHostAddress::LocalHost));
    connect(&web, &QTcpServer::newConnection, &web, [&web] {
        QTcpSocket *socket = web.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 27\r\n"
                          "Connection: close\r\n\r\n<html><body>Hi</body></html>");
            socket->disconnectFromHost();
        });
    });
    QVERIFY(schools(*engine, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(web.serverPort())), &error)
                .isEmpty());
    QVERIFY2(error.describe().contains(QStringLiteral("not as SGO does")), qPrintable(error.describe()));

    QString problem;
    QVERIFY(SgoSignIn::normalisedAddress(QStringLiteral("http://sgo.example.ru"), &problem).isEmpty());
    QVERIFY(problem.contains(QStringLiteral("HTTPS")));
    QCOMPARE(SgoSignIn::normalisedAddress(QStringLiteral("sgo.example.ru/"), &problem),
             QUrl(QStringLiteral("https://sgo.example.ru")));
}

void TestEngineAccount::signingOutClosesTheCacheAndAnotherPersonGetsAnotherFile()
{
    std::unique_ptr<Engine> engine = startEngine();
    const NetResult<SgoAdminCalls::Context> admin = signIn(*engine, loginWithRoles(Role::Admin), Password);
    QVERIFY(admin.ok());
    QSignalSpy ready(engine.get(), &Engine::ready);
    engine->openAccount(admin.value());
    QVERIFY(ready.wait(60000));

    QSignalSpy signInNeeded(engine.get(), &Engine::signInNeeded);
    engine->signOut();
    QCOMPARE(signInNeeded.size(), 1);
    QVERIFY(!engine->isReady());
    QVERIFY(!engine->account());

    const NetResult<SgoAdminCalls::Context> teacher =
        signIn(*engine, loginWithRoles(Role::SubjectTeacher), Password);
    QVERIFY(teacher.ok());
    engine->openAccount(teacher.value());
    QVERIFY(ready.wait(60000));
    QCOMPARE(engine->account()->login, loginWithRoles(Role::SubjectTeacher));
    QCOMPARE(cacheFiles().size(), 2);
}

void TestEngineAccount::removingTheDataRemovesTheCacheAndThePassword()
{
    std::unique_ptr<Engine> engine = startEngine();
    const QString login = loginWithRoles(Role::Curator);
    const NetResult<SgoAdminCalls::Context> context = signIn(*engine, login, Password, true);
    QVERIFY(context.ok());
    QSignalSpy ready(engine.get(), &Engine::ready);
    engine->openAccount(context.value());
    QVERIFY(ready.wait(60000));
    QCOMPARE(cacheFiles().size(), 1);

    std::optional<QString> problem;
    engine->forgetAccount([&problem](const QString &text) { problem = text; });
    QTRY_VERIFY_WITH_TIMEOUT(problem.has_value(), 20000);
    QVERIFY2(problem->isEmpty(), qPrintable(*problem));
    QVERIFY(cacheFiles().isEmpty());
    QVERIFY(engine->needsSignIn());

    // The keychain no longer has it: a fresh store (no memory of this run) finds nothing.
    CredentialStore fresh;
    std::optional<CredentialStore::Error> readError;
    fresh.read(CredentialStore::sgoPasswordKey(login), this,
               [&readError](const QString &, const CredentialStore::Error &error) { readError = error; });
    QTRY_VERIFY_WITH_TIMEOUT(readError.has_value(), 20000);
    QCOMPARE(readError->kind, CredentialStore::Error::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestEngineAccount)
#include "tst_engineaccount.moc"
