#include "store/cache.h"
#include "store/migrations.h"
#include "storetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void fromAnEmptyFile();
    void fromEveryOlderVersion_data();
    void fromEveryOlderVersion();
    void aFailingMigrationLeavesTheVersionItFound();
    void aNewerCacheIsRefusedAndLeftUntouched();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("college.sqlite")); }
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::fromAnEmptyFile()
{
    Connection connection(path());
    QSqlDatabase db = connection.db();
    QCOMPARE(Migrations::currentVersion(db, nullptr), 0);
    QString error;
    QVERIFY2(Migrations::migrate(db, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(db, nullptr), Migrations::latestVersion());

    const QStringList tables = connection.names(QStringLiteral("table"));
    for (const char *table :
         {"schema_version", "meta", "organisation", "staff", "groups", "students", "enrolment_orders",
          "parents", "parent_links", "subjects", "teaching_assignments", "lessons", "marks", "programs",
          "program_blocks", "activities", "sync_state"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);

    // The lookups the screens make: each has its index, and the planner uses it.
    const QStringList indices = connection.names(QStringLiteral("index"));
    for (const char *index : {"students_by_group", "assignments_by_group", "assignments_by_teacher",
                              "lessons_by_assignment", "marks_by_student", "parent_links_by_parent",
                              "orders_by_student", "activities_by_block", "activities_by_group"})
        QVERIFY2(indices.contains(QLatin1String(index)), index);
    QSqlQuery plan(db);
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM lessons WHERE assignment_id = 1"
                                     " AND date BETWEEN '2024-09-01' AND '2024-12-31' ORDER BY date")));
    QVERIFY(plan.next());
    QVERIFY2(plan.value(3).toString().contains(QLatin1String("lessons_by_assignment")),
             qPrintable(plan.value(3).toString()));
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM marks WHERE lesson_id = 1")));
    QVERIFY(plan.next());
    QVERIFY2(plan.value(3).toString().contains(QLatin1String("PRIMARY KEY")),
             qPrintable(plan.value(3).toString()));

    // Migrating again is a no-op.
    QVERIFY2(Migrations::migrate(db, &error), qPrintable(error));
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
}

void TestMigrations::fromEveryOlderVersion_data()
{
    QTest::addColumn<int>("olderVersion");
    for (int version = 0; version < Migrations::latestVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestMigrations::fromEveryOlderVersion()
{
    QFETCH(int, olderVersion);
    {
        Connection connection(path());
        QSqlDatabase db = connection.db();
        QString error;
        QVERIFY2(Migrations::migrate(db, olderVersion, &error), qPrintable(error));
        QCOMPARE(Migrations::currentVersion(db, nullptr), olderVersion);
        if (olderVersion >= 1) {
            QSqlQuery insert(db);
            QVERIFY2(insert.exec(QStringLiteral("INSERT INTO subjects (id, name) VALUES (7, 'Физика')")),
                     qPrintable(insert.lastError().text()));
        }
    }
    // The cache as the app opens it upgrades in place and keeps what was there.
    {
        Cache cache(path());
        const Cache::OpenResult result = openCache(cache);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.schemaVersion, olderVersion);
        QVERIFY(result.corruptCopyPath.isEmpty());
    }
    Connection connection(path());
    QSqlDatabase db = connection.db();
    QCOMPARE(Migrations::currentVersion(db, nullptr), Migrations::latestVersion());
    if (olderVersion >= 1)
        QCOMPARE(connection.value(QStringLiteral("SELECT name FROM subjects WHERE id = 7")).toString(),
                 QStringLiteral("Физика"));
    // Migration 5: every kind of the pull from SGO starts from nothing, and its row holds the pull's place.
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM sync_state")).toInt(), 0);
    QSqlQuery state(db);
    QVERIFY2(
        state.exec(QStringLiteral("INSERT INTO sync_state (kind, since, until, next_page, pages, finished_at,"
                                  " last_error) VALUES ('marks', '7', '9', 3, 12, NULL, 'cut')")),
        qPrintable(state.lastError().text()));
    QCOMPARE(connection
                 .value(QStringLiteral("SELECT since || until || next_page || pages || last_error"
                                       " FROM sync_state WHERE kind = 'marks'"))
                 .toString(),
             QStringLiteral("79312cut"));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files), QStringList());
}

void TestMigrations::aFailingMigrationLeavesTheVersionItFound()
{
    Connection connection(path());
    QSqlDatabase db = connection.db();
    // A table in the way makes migration 1 fail halfway through its statements.
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE lessons (x)")));
    QString error;
    QVERIFY(!Migrations::migrate(db, &error));
    QVERIFY2(error.contains(QLatin1String("lessons")), qPrintable(error));
    QCOMPARE(connection.names(QStringLiteral("table")), QStringList{QStringLiteral("lessons")});
    QCOMPARE(Migrations::currentVersion(db, nullptr), 0);
}

void TestMigrations::aNewerCacheIsRefusedAndLeftUntouched()
{
    {
        Connection connection(path());
        QSqlDatabase db = connection.db();
        QVERIFY(Migrations::migrate(db, nullptr));
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("UPDATE schema_version SET version = %1").arg(Migrations::latestVersion() + 1)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    }
    const QByteArray before = fingerprint(path());
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    Cache cache(path());
    const Cache::OpenResult result = openCache(cache);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("newer version")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QString::number(Migrations::latestVersion() + 1)),
             qPrintable(result.error));
    QVERIFY(!cache.isOpen());

    QCOMPARE(fingerprint(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);

    // Writes queued after the refusal fail instead of creating anything.
    QSignalSpy finished(&cache, &Cache::writeFinished);
    cache.write([](QSqlDatabase &, QString *) { return true; });
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(fingerprint(path()), before);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
