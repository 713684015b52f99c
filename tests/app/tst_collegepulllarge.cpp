#include "collegepullkit.h"
#include "sandboxhost.h"
#include "sandboxids.h"
#include "sandboxserver.h"
#include "sync/syncstate.h"

#include "demo/democollegegenerator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The first sync of the large demo college (150 groups, 3,000 students, 6,000 parents, 250 staff, a semester
// of lessons and marks) from the sandbox, run on its own thread as under --demo: afterwards the cache equals,
// table by table and row by row, the cache the demo generator's writer makes of the same college.
class TestCollegePullLarge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theLargeCollegesFirstSyncEqualsTheWritersCache();
};

void TestCollegePullLarge::theLargeCollegesFirstSyncEqualsTheWritersCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CollegeData college = Demo::generateDemoCollege(DemoCollegeSize::Large);
    QCOMPARE(college.groups.size(), 150);
    QVERIFY(college.students.size() >= 3000 && college.parents.size() >= 6000 && college.staff.size() >= 250);
    SandboxHost sandbox;
    QVERIFY2(sandbox.start(college), qPrintable(sandbox.errorString()));

    SyncState sync;
    ServiceHub hub(dir.path(), sync, ServiceHub::Options{false});
    QVERIFY(CollegePullKit::configureSgo(hub, sandbox.server()->demoServices(),
                                         CollegePullKit::adminLogin(college)));
    Cache pulled(dir.filePath(QStringLiteral("pulled.sqlite")));
    QVERIFY(StoreTest::openCache(pulled).ok);
    CollegePull pull(pulled, hub.sgo());
    const std::optional<CollegePull::Summary> summary = CollegePullKit::runPull(pull, 600000);
    QVERIFY(summary);
    QVERIFY2(summary->failed.isEmpty(), qPrintable(summary->failed.values().join(QStringLiteral("; "))));
    QCOMPARE(summary->finished.size(), CollegePull::order().size());

    Cache written(dir.filePath(QStringLiteral("written.sqlite")));
    QVERIFY(StoreTest::openCache(written).ok);
    QSignalSpy done(&written, &Cache::collegeWritten);
    written.writeCollege(CollegePullKit::sgoNumbered(college));
    QVERIFY(done.wait(300000));
    QVERIFY(done.first().first().toBool());

    // Row for row, both ways, in SQL: every table the writer filled.
    StoreTest::Connection connection(pulled.filePath());
    QSqlQuery attach(connection.db());
    QVERIFY(attach.exec(QStringLiteral("ATTACH DATABASE '%1' AS w").arg(written.filePath())));
    int tables = 0;
    for (const QString &table : CollegePullKit::tables(written.filePath())) {
        if (table == QLatin1String("sync_state") || table == QLatin1String("meta") ||
            table == QLatin1String("schema_version") || table.startsWith(QLatin1String("sqlite_")))
            continue;
        const qint64 rows = CollegePullKit::rowCount(written.filePath(), table);
        if (rows == 0)
            continue;
        ++tables;
        const qint64 missing =
            connection
                .value(QStringLiteral("SELECT count(*) FROM (SELECT * FROM w.\"%1\" EXCEPT "
                                      "SELECT * FROM main.\"%1\")")
                           .arg(table))
                .toLongLong();
        const qint64 extra =
            connection
                .value(QStringLiteral("SELECT count(*) FROM (SELECT * FROM main.\"%1\" EXCEPT "
                                      "SELECT * FROM w.\"%1\")")
                           .arg(table))
                .toLongLong();
        QVERIFY2(missing == 0 && extra == 0, qPrintable(QStringLiteral("%1: %2 rows missing, %3 extra of %4")
                                                            .arg(table)
                                                            .arg(missing)
                                                            .arg(extra)
                                                            .arg(rows)));
        QCOMPARE(CollegePullKit::rowCount(pulled.filePath(), table), rows);
        QCOMPARE(CollegePullKit::duplicateRows(pulled.filePath(), table), 0);
    }
    QVERIFY(tables >= 14);
}

QTEST_GUILESS_MAIN(TestCollegePullLarge)
#include "tst_collegepulllarge.moc"
