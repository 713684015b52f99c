#include "engine.h"
#include "store/cache.h"
#include "store/collegerepository.h"
#include "store/migrations.h"
#include "storetesthelpers.h"
#include "sync/syncstate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void theFirstDemoStartBuildsTheCacheAndTheSecondReusesIt();
    void withoutDemoNobodyIsSignedInAndNoCacheIsOpened();
    void aCorruptCacheIsSetAsideAndTheUserTold();
    void aNewerCacheFailsTheStart();

private:
    LaunchOptions options(const QStringList &arguments) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

LaunchOptions TestEngine::options(const QStringList &arguments) const
{
    LaunchOptions result;
    QString error;
    const bool parsed = result.parse(
        QStringList{QStringLiteral("spodesk"), QStringLiteral("--data-dir"), m_dir->path()} + arguments,
        &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return result;
}

void TestEngine::theFirstDemoStartBuildsTheCacheAndTheSecondReusesIt()
{
    const LaunchOptions demo = options({QStringLiteral("--demo")});
    int students = 0;
    {
        Engine engine(demo);
        QSignalSpy progress(&engine, &Engine::progress);
        QSignalSpy ready(&engine, &Engine::ready);
        QSignalSpy failed(&engine, &Engine::failed);
        engine.start();
        QVERIFY(!engine.isReady()); // nothing was done on this thread yet
        QVERIFY(ready.wait(120000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(engine.isReady());
        // The college came through the demo services' SGO, so the network layer is up from the start.
        QVERIFY(engine.syncState().hasServices());

        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        int previous = -1;
        for (const QList<QVariant> &signal : progress) {
            QVERIFY(signal.at(0).toInt() >= previous);
            previous = signal.at(0).toInt();
            QVERIFY(!signal.at(1).toString().isEmpty());
        }

        CollegeRepository &college = engine.college();
        students = college.studentCount();
        QVERIFY(students >= 150);
        QVERIFY(!college.groups().isEmpty());
        QVERIFY(!college.organisation().name.isEmpty());
        for (Role role : {Role::Admin, Role::Curator, Role::SubjectTeacher})
            QVERIFY(college.firstStaffWithRole(role).has_value());
        QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("demo.sqlite"))));
    }
    {
        Engine engine(demo);
        QSignalSpy progress(&engine, &Engine::progress);
        QSignalSpy ready(&engine, &Engine::ready);
        engine.start();
        QVERIFY(ready.wait(20000));
        QVERIFY(progress.isEmpty()); // nothing was built again
        QCOMPARE(engine.college().studentCount(), students);
    }
}

void TestEngine::withoutDemoNobodyIsSignedInAndNoCacheIsOpened()
{
    Engine engine(options({}));
    QSignalSpy progress(&engine, &Engine::progress);
    QSignalSpy ready(&engine, &Engine::ready);
    QSignalSpy signInNeeded(&engine, &Engine::signInNeeded);
    engine.start();
    QVERIFY(signInNeeded.wait(20000));
    QVERIFY(engine.needsSignIn());
    QVERIFY(!engine.isReady());
    QVERIFY(progress.isEmpty());
    QVERIFY(ready.isEmpty());
    QVERIFY(!engine.account());
    // Whose college it would be is not known before someone signs in: no file is made.
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.sqlite")}, QDir::Files).isEmpty());
}

void TestEngine::aCorruptCacheIsSetAsideAndTheUserTold()
{
    QFile bad(m_dir->filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(4096, 'x'));
    bad.close();

    Engine engine(options({QStringLiteral("--demo")}));
    QSignalSpy notice(&engine, &Engine::notice);
    QSignalSpy ready(&engine, &Engine::ready);
    engine.start();
    QVERIFY(ready.wait(120000));
    QCOMPARE(notice.size(), 1);
    const QString message = notice.first().first().toString();
    const QStringList copies =
        QDir(m_dir->path()).entryList({QStringLiteral("demo.sqlite.corrupt-*")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    QVERIFY2(message.contains(QDir::toNativeSeparators(m_dir->filePath(copies.first()))),
             qPrintable(message));
    QCOMPARE(QFileInfo(m_dir->filePath(copies.first())).size(), 4096);
    QVERIFY(engine.college().studentCount() > 0);
}

void TestEngine::aNewerCacheFailsTheStart()
{
    {
        Connection connection(m_dir->filePath(QStringLiteral("demo.sqlite")));
        QSqlDatabase db = connection.db();
        QVERIFY(Migrations::migrate(db, nullptr));
        QSqlQuery(db).exec(QStringLiteral("UPDATE schema_version SET version = 1000"));
    }
    Engine engine(options({QStringLiteral("--demo")}));
    QSignalSpy failed(&engine, &Engine::failed);
    QSignalSpy ready(&engine, &Engine::ready);
    engine.start();
    QVERIFY(failed.wait(20000));
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("newer version")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(ready.isEmpty());
    QVERIFY(!engine.isReady());
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
