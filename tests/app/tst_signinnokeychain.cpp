// A computer without a keychain: signing in still works, «Запомнить пароль» says it could not, the password
// is asked at every start, and it never lands in a file.

#include "engine.h"
#include "net/sgosignin.h"
#include "nokeychain.h"
#include "sandboxserver.h"
#include "servicehub.h"

#include "demo/democollegegenerator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {
void isolate()
{
    NoKeychain::isolate();
}
Q_CONSTRUCTOR_FUNCTION(isolate)
} // namespace

class TestSignInNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thePasswordIsAskedEveryStartAndNeverWritten();

private:
    std::unique_ptr<Engine> startEngine(const QString &dataDir);
    NetResult<SgoAdminCalls::Context> signIn(Engine &engine, const QUrl &base, const QString &login,
                                             const QString &password, bool remember);
};

std::unique_ptr<Engine> TestSignInNoKeychain::startEngine(const QString &dataDir)
{
    LaunchOptions options;
    QString error;
    if (!options.parse({QStringLiteral("spodesk"), QStringLiteral("--data-dir"), dataDir}, &error))
        qFatal("%s", qPrintable(error));
    auto engine = std::make_unique<Engine>(options);
    engine->services().context().retry.timeScale = 0.001;
    QSignalSpy signInNeeded(engine.get(), &Engine::signInNeeded);
    engine->start();
    if (!signInNeeded.wait(10000))
        qFatal("no signInNeeded()");
    return engine;
}

NetResult<SgoAdminCalls::Context> TestSignInNoKeychain::signIn(Engine &engine, const QUrl &base,
                                                               const QString &login, const QString &password,
                                                               bool remember)
{
    std::optional<NetResult<QList<SgoReplies::School>>> schools;
    engine.sgoSignIn().findSchools(base, this, [&schools](const auto &result) { schools = result; });
    if (!QTest::qWaitFor([&schools] { return schools.has_value(); }, 20000) || !schools->ok())
        return NetError::make(NetError::Kind::NotConfigured);
    std::optional<NetResult<SgoAdminCalls::Context>> answer;
    engine.sgoSignIn().signIn({base, schools->value().first(), login}, password, remember, this,
                              [&answer](const auto &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        qFatal("signIn never answered");
    return *answer;
}

void TestSignInNoKeychain::thePasswordIsAskedEveryStartAndNeverWritten()
{
    const CollegeData college = Demo::generateDemoCollege(DemoCollegeSize::Default);
    SandboxServer sandbox(college);
    QVERIFY(sandbox.start());
    const QUrl base = sandbox.demoServices().sgoBase;
    QString login;
    for (const StaffMember &member : college.staff) {
        if (member.hasRole(Role::Admin) && !member.login.isEmpty())
            login = member.login;
    }
    const QString password = QStringLiteral("demo-password-2026");
    QTemporaryDir dataDir(NoKeychain::home()->filePath(QStringLiteral("data-XXXXXX")));

    {
        std::unique_ptr<Engine> engine = startEngine(dataDir.path());
        QSignalSpy notRemembered(&engine->sgoSignIn(), &SgoSignIn::notRemembered);
        const NetResult<SgoAdminCalls::Context> context = signIn(*engine, base, login, password, true);
        QVERIFY2(context.ok(), context.ok() ? "" : qPrintable(context.error().toUserText()));
        QCOMPARE(notRemembered.size(), 1);
        QVERIFY(notRemembered.first().first().toString().contains(QStringLiteral("asked at the next start")));
        QSignalSpy ready(engine.get(), &Engine::ready);
        engine->openAccount(context.value());
        QVERIFY(ready.wait(60000));
    }
    {
        // The next start: nothing remembered, so the connect page asks; an empty password gets nowhere.
        std::unique_ptr<Engine> engine = startEngine(dataDir.path());
        std::optional<bool> remembered;
        engine->sgoSignIn().hasRememberedPassword(this, [&remembered](bool value) { remembered = value; });
        QTRY_VERIFY(remembered.has_value());
        QVERIFY(!*remembered);
        QVERIFY(!signIn(*engine, base, login, QString(), true).ok());
        QVERIFY(signIn(*engine, base, login, password, false).ok());
    }
    for (const QString &file : NoKeychain::filesUnderHome()) {
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY2(!in.readAll().contains(password.toUtf8()), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestSignInNoKeychain)
#include "tst_signinnokeychain.moc"
