#include "footprintpeerclient.h"

#include <QElapsedTimer>

using namespace FootprintPeers;

// 10,000 statements of the demo college to the real LRS (xapi-statements): all accepted, each stored once,
// in ⌈10,000 / 50⌉ requests. The LRS runs without following references (see FootprintPeers::Lrs): with them
// its in-memory store needs 4 to 12 minutes for this on two cores, all of it in the LRS.
class TestFootprintVolume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tenThousandStatementsFromTheDemoCollege();
};

void TestFootprintVolume::tenThousandStatementsFromTheDemoCollege()
{
    QTemporaryDir dir;
    Cache cache(dir.filePath(QStringLiteral("college.sqlite")));
    QVERIFY(openWithOutbox(cache));
    Lrs lrs;
    QString error;
    QVERIFY2(lrs.start(&error, Lrs::References::NotFollowed), qPrintable(error));
    const QList<FootprintStatement> statements = demoStatements(10000);
    QCOMPARE(statements.size(), 10000);
    QVERIFY(enqueue(cache, statements));

    Client client(lrs.xapiBase(), {QStringLiteral("test"), QStringLiteral("test")});
    FootprintOutbox outbox(cache, client.lrs);
    outbox.setBatchSize(50);
    QElapsedTimer clock;
    clock.start();
    const FootprintOutbox::Summary summary = drain(outbox, 900000);
    qInfo("10,000 statements delivered in %lld ms, %d requests", qlonglong(clock.elapsed()),
          summary.requests);
    QCOMPARE(summary.counts.delivered, 10000);
    QCOMPARE(summary.counts.pending(), 0);
    QCOMPARE(summary.counts.failed(), 0);
    QCOMPARE(summary.requests, 200); // ⌈10,000 / 50⌉
    QVERIFY(lrs.waitForLogged(QStringLiteral("POST"), 200, 200));
    QCOMPARE(lrs.logged(QStringLiteral("POST"), 200), 200);
    QCOMPARE(lrs.logged(QStringLiteral("POST"), 409), 0);

    const QStringList ids = lrs.allIds(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids.size(), 10000);
    QCOMPARE(distinct(ids).size(), 10000);
    QVERIFY(distinct(ids).contains(idOf(FootprintPlanner::courseKey(1))));
}

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    // The LRS takes minutes for this (see above): more than Qt Test's 5 minutes per function by default.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1200000");
    TestFootprintVolume test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_footprintvolume.moc"
