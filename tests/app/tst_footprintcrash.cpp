#include "footprintpeerclient.h"

#include "launchoptions.h"
#include "synconce.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>

using namespace FootprintPeers;

// `spodesk --sync-once` killed with SIGKILL at random moments while it sends 6,000 statements of the demo
// college (every group on БАС) to the real LRS, again and again, then run to the end: the LRS holds every
// statement exactly once and never answered 409, because the ids come from the facts and a statement left
// "sending" goes again unchanged.
class TestFootprintCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWhileSendingDeliversEachOnce();
};

void TestFootprintCrash::killedWhileSendingDeliversEachOnce()
{
    QTemporaryDir dir;
    Lrs lrs;
    QString error;
    QVERIFY2(lrs.start(&error, Lrs::References::NotFollowed), qPrintable(error));
    // The demo college's structure and facts (every group on БАС), enough for every run to be cut short.
    const QList<FootprintStatement> statements = demoStatements(6000);
    const int total = int(statements.size());
    {
        Cache cache(dir.filePath(QStringLiteral("college.sqlite")));
        QVERIFY(openWithOutbox(cache));
        QVERIFY(enqueue(cache, statements));
    } // the sender owns the file now
    {
        QSettings services(dir.filePath(QStringLiteral("services.ini")), QSettings::IniFormat);
        services.setValue(QStringLiteral("u2035/batchSize"), 5);
    }

    auto sender = [&dir, &lrs](QProcess &process) {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--footprint-sender"), dir.path(), lrs.xapiBase().toString()});
        return process.waitForStarted(10000);
    };
    QRandomGenerator random(4242);
    int kills = 0;
    while (kills < 24) {
        const int postsBefore = lrs.logged(QStringLiteral("POST"), 200);
        QProcess process;
        QVERIFY(sender(process));
        // After a random number of this run's requests and a few random milliseconds more, the kill lands
        // anywhere in the stream: between two requests, while one is on the wire, while the cache writes what
        // the LRS answered.
        const int posts = int(random.bounded(1, 20));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return lrs.logged(QStringLiteral("POST"), 200) >= postsBefore + posts ||
                       process.state() == QProcess::NotRunning;
            },
            60000));
        bool killedWhileRunning = false;
        QTimer::singleShot(int(random.bounded(0, 25)), &process, [&] {
            killedWhileRunning = process.state() == QProcess::Running;
            process.kill(); // SIGKILL
        });
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000);
        QVERIFY2(killedWhileRunning,
                 qPrintable(QStringLiteral("the sender finished before kill %1: ").arg(kills + 1) +
                            QString::fromLocal8Bit(process.readAll())));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        ++kills;
    }
    const int postsBeforeLast = lrs.logged(QStringLiteral("POST"), 200);
    qInfo("%d statements; killed %d times while sending, after %d POSTs", total, kills, postsBeforeLast);

    QProcess last;
    QVERIFY(sender(last));
    QVERIFY(last.waitForFinished(600000));
    const QString output = QString::fromUtf8(last.readAll());
    qInfo("last run: %s", qPrintable(output.trimmed()));
    QVERIFY2(last.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("rejected 0, conflicts 0, waiting 0")), qPrintable(output));

    const QStringList ids = lrs.allIds(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids.size(), total);
    QCOMPARE(distinct(ids).size(), total);
    QCOMPARE(lrs.logged(QStringLiteral("POST"), 409), 0);
    QCOMPARE(lrs.logged(QStringLiteral("POST"), 400), 0);

    Cache cache(dir.filePath(QStringLiteral("college.sqlite")));
    QVERIFY(openWithOutbox(cache));
    QCOMPARE(counts(cache).delivered, total);
}

// Also the sender it kills: `tst_footprintcrash --footprint-sender DATA_DIR LRS_URL` is
// `spodesk --sync-once --data-dir DATA_DIR --u2035-url LRS_URL` for the ЦС alone (no SGO), with the test
// LRS's keys in memory.
int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--footprint-sender") == 0) {
        LaunchOptions options;
        options.syncOnce = true;
        options.dataDir = QString::fromLocal8Bit(argv[2]);
        options.u2035Url = QUrl(QString::fromLocal8Bit(argv[3]));
        SyncOnceSetup setup;
        setup.lrsCredentials = std::make_pair(QStringLiteral("test"), QStringLiteral("test"));
        setup.footprintOnlyCache = QDir(options.dataDir).filePath(QStringLiteral("college.sqlite"));
        return runSyncOnce(options, setup);
    }
    TestFootprintCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_footprintcrash.moc"
