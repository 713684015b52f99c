#include "store/cache.h"
#include "store/migrations.h"
#include "store/sqliteinterrupt.h"
#include "storetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace StoreTest;

class TestCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void opensWithWalAndForeignKeys();
    void writesRunOnTheStoreThread();
    void aReadAnswersOnTheGuiThread();
    void noAnswerOnceTheContextIsGone();
    void aFailingWriteRollsBackAllOfItsChanges();
    void foreignKeysAreEnforced();
    void queuedWritesSurviveClosing();
    void anUnreadableFileIsSetAsideAndAFreshCacheStarted_data();
    void anUnreadableFileIsSetAsideAndAFreshCacheStarted();
    void aRunningStatementStopsWhenInterrupted();
    void closingDuringTheCheckLeavesNoVerdict();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("demo.sqlite")); }
};

namespace {

Cache::WriteJob insertSubject(int id, bool succeed = true)
{
    return [id, succeed](QSqlDatabase &db, QString *error) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO subjects (id, name) VALUES (?, ?)"));
        query.addBindValue(id);
        query.addBindValue(QStringLiteral("Предмет %1").arg(id));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        if (!succeed)
            *error = QStringLiteral("refused after writing");
        return succeed;
    };
}

QList<int> subjectIds(const QString &path)
{
    Connection connection(path);
    QList<int> ids;
    QSqlQuery query(connection.db());
    query.exec(QStringLiteral("SELECT id FROM subjects ORDER BY id"));
    while (query.next())
        ids << query.value(0).toInt();
    return ids;
}

} // namespace

void TestCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCache::opensWithWalAndForeignKeys()
{
    Cache cache(m_dir->filePath(QStringLiteral("nested/folder/demo.sqlite")));
    const Cache::OpenResult result = openCache(cache);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(cache.isOpen());
    QVERIFY(!cache.hasCollege());
    QCOMPARE(result.schemaVersion, 0);

    // The store's own connection, asked on the store's thread.
    QStringList settings;
    bool done = false;
    cache.schedule([&settings, &done](QSqlDatabase &db) {
        QSqlQuery query(db);
        for (const char *pragma : {"journal_mode", "foreign_keys", "synchronous"}) {
            query.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma));
            query.next();
            settings << query.value(0).toString();
        }
        done = true;
    });
    QTRY_VERIFY(done);
    // synchronous: 1 is NORMAL.
    QCOMPARE(settings, (QStringList{QStringLiteral("wal"), QStringLiteral("1"), QStringLiteral("1")}));
}

void TestCache::writesRunOnTheStoreThread()
{
    Cache cache(path());
    QVERIFY(openCache(cache).ok);
    QThread *ranOn = nullptr;
    QSignalSpy finished(&cache, &Cache::writeFinished);
    bool callbackOnGuiThread = false;
    const quint64 ticket = cache.write(
        [&ranOn](QSqlDatabase &, QString *) {
            ranOn = QThread::currentThread();
            return true;
        },
        [&callbackOnGuiThread](bool ok, const QString &) {
            callbackOnGuiThread = ok && QThread::currentThread() == QCoreApplication::instance()->thread();
        });
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toULongLong(), ticket);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY(ranOn);
    QCOMPARE(ranOn, cache.storeThread());
    QVERIFY(ranOn != QThread::currentThread());
    QVERIFY(callbackOnGuiThread);
}

void TestCache::aReadAnswersOnTheGuiThread()
{
    Cache cache(path());
    QVERIFY(openCache(cache).ok);
    QObject context;
    QThread *ranOn = nullptr;
    QThread *answeredOn = nullptr;
    QString answer;
    cache.read(
        &context,
        [&ranOn](QSqlDatabase &db) {
            ranOn = QThread::currentThread();
            QSqlQuery query(db);
            return query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
                       ? query.value(0).toString()
                       : QString();
        },
        [&answeredOn, &answer](const QString &mode) {
            answeredOn = QThread::currentThread();
            answer = mode;
        });
    QTRY_COMPARE(answer, QStringLiteral("wal"));
    QCOMPARE(ranOn, cache.storeThread());
    QCOMPARE(answeredOn, QCoreApplication::instance()->thread());
}

void TestCache::noAnswerOnceTheContextIsGone()
{
    Cache cache(path());
    QVERIFY(openCache(cache).ok);
    auto gone = std::make_unique<QObject>();
    bool jobRan = false;
    bool readAnswered = false;
    bool writeAnswered = false;
    cache.read(
        gone.get(),
        [&jobRan](QSqlDatabase &) {
            jobRan = true;
            return 1;
        },
        [&readAnswered](int) { readAnswered = true; });
    cache.write(
        gone.get(), [](QSqlDatabase &, QString *) { return true; },
        [&writeAnswered](bool, const QString &) { writeAnswered = true; });
    gone.reset();
    // Answers come back in the order the jobs were queued: once a later one arrived, the earlier were
    // dropped, not late.
    QObject alive;
    bool lastAnswered = false;
    cache.read(
        &alive, [](QSqlDatabase &) { return true; }, [&lastAnswered](bool) { lastAnswered = true; });
    QTRY_VERIFY(lastAnswered);
    QVERIFY(jobRan);
    QVERIFY(!readAnswered);
    QVERIFY(!writeAnswered);
}

void TestCache::aFailingWriteRollsBackAllOfItsChanges()
{
    Cache cache(path());
    QVERIFY(openCache(cache).ok);
    // Queued back to back: the store takes them as one batch in one transaction.
    QSignalSpy finished(&cache, &Cache::writeFinished);
    cache.write(insertSubject(1));
    cache.write([](QSqlDatabase &db, QString *error) {
        // Two rows, then a refusal: neither row may stay.
        return insertSubject(2)(db, error) && insertSubject(3)(db, error) &&
               insertSubject(4, false)(db, error);
    });
    cache.write(insertSubject(5));
    cache.write(insertSubject(1)); // a duplicate key: the statement fails, the job with it
    QTRY_COMPARE(finished.count(), 4);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(finished.at(1).at(1).toBool(), false);
    QCOMPARE(finished.at(1).at(2).toString(), QStringLiteral("refused after writing"));
    QCOMPARE(finished.at(2).at(1).toBool(), true);
    QCOMPARE(finished.at(3).at(1).toBool(), false);
    QVERIFY(!finished.at(3).at(2).toString().isEmpty());
    QCOMPARE(subjectIds(path()), (QList<int>{1, 5}));
}

void TestCache::foreignKeysAreEnforced()
{
    Cache cache(path());
    QVERIFY(openCache(cache).ok);
    QSignalSpy finished(&cache, &Cache::writeFinished);
    cache.write([](QSqlDatabase &db, QString *error) {
        QSqlQuery query(db);
        const bool ok =
            query.exec(QStringLiteral("INSERT INTO students (id, last_name, first_name, group_id, entry)"
                                      " VALUES (1, 'Петров', 'Пётр', 999, 1)"));
        *error = query.lastError().text();
        return ok;
    });
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY2(finished.first().at(2).toString().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(finished.first().at(2).toString()));
}

void TestCache::queuedWritesSurviveClosing()
{
    {
        Cache cache(path());
        cache.open();
        for (int id = 1; id <= 50; ++id)
            cache.write(insertSubject(id));
        // Destroyed at once: nothing queued may be lost.
    }
    QCOMPARE(subjectIds(path()).size(), 50);
}

void TestCache::anUnreadableFileIsSetAsideAndAFreshCacheStarted_data()
{
    QTest::addColumn<QString>("damage");
    // Damage inside the pages shows only in a full check, which runs after the opening: found there, the
    // cache is set aside at the next opening.
    QTest::addColumn<bool>("foundAtOnce");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage") << true;
    QTest::newRow("a text file") << QStringLiteral("text") << true;
    QTest::newRow("truncated cache") << QStringLiteral("truncated") << true;
    QTest::newRow("another program's database") << QStringLiteral("foreign") << true;
    QTest::newRow("damaged pages inside") << QStringLiteral("pages") << false;
}

void TestCache::anUnreadableFileIsSetAsideAndAFreshCacheStarted()
{
    QFETCH(QString, damage);
    QFETCH(bool, foundAtOnce);
    const bool needsCache = damage == QLatin1String("truncated") || damage == QLatin1String("pages");
    if (needsCache) {
        Cache cache(path());
        QVERIFY(openCache(cache).ok);
        QSignalSpy finished(&cache, &Cache::writeFinished);
        // Enough rows for many pages, so that damage lands inside the data.
        cache.write([](QSqlDatabase &db, QString *error) {
            for (int id = 1; id <= 3000; ++id) {
                if (!insertSubject(id)(db, error))
                    return false;
            }
            return true;
        });
        QVERIFY(finished.wait());
    }
    if (damage == QLatin1String("foreign")) {
        Connection connection(path());
        QSqlQuery(connection.db()).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
    }
    QFile file(path());
    if (damage == QLatin1String("garbage")) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        file.write(bytes);
    } else if (damage == QLatin1String("text")) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Это не база данных.\n");
    } else if (damage == QLatin1String("truncated")) {
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 40000);
        QVERIFY(file.resize(file.size() / 2));
    } else if (damage == QLatin1String("pages")) {
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Past the schema page and the first leaves: garbage over the middle of the table's pages.
        QVERIFY(file.seek(file.size() / 2));
        file.write(QByteArray(16384, '\xA5'));
    }
    file.close();
    QFile original(path());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray badBytes = original.readAll();
    original.close();

    if (!foundAtOnce) {
        Cache damagedCache(path());
        QSignalSpy damaged(&damagedCache, &Cache::damaged);
        const Cache::OpenResult result = openCache(damagedCache);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.corruptCopyPath.isEmpty());
        // The check follows the opening at once: the signal may already be in while opened() was awaited.
        QTRY_VERIFY_WITH_TIMEOUT(!damaged.isEmpty(), 10000);
    }

    Cache cache(path());
    QSignalSpy damaged(&cache, &Cache::damaged);
    const Cache::OpenResult result = openCache(cache);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.corruptCopyPath.isEmpty());
    QCOMPARE(QFileInfo(result.corruptCopyPath).absolutePath(), QFileInfo(path()).absolutePath());
    QVERIFY2(QFileInfo(result.corruptCopyPath).fileName().startsWith(QLatin1String("demo.sqlite.corrupt-")),
             qPrintable(result.corruptCopyPath));
    QFile copy(result.corruptCopyPath);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), badBytes);

    // The fresh cache works.
    QSignalSpy finished(&cache, &Cache::writeFinished);
    cache.write(insertSubject(42));
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(subjectIds(path()), QList<int>{42});
    QVERIFY(damaged.isEmpty());
    // The cache, its copy, and the open cache's -wal and -shm: no damage note, nothing else.
    QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    files.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    QCOMPARE(files,
             (QStringList{QStringLiteral("demo.sqlite"), QFileInfo(result.corruptCopyPath).fileName()}));
}

void TestCache::aRunningStatementStopsWhenInterrupted()
{
    Cache cache(path());
    QVERIFY(openCache(cache).ok);
    std::unique_ptr<SqliteInterrupt> interrupt;
    std::atomic<bool> started = false;
    std::atomic<bool> finished = false;
    QString error;
    cache.schedule([&](QSqlDatabase &db) {
        interrupt = std::make_unique<SqliteInterrupt>(db);
        started = true;
        QSqlQuery endless(db);
        endless.exec(QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"));
        error = endless.lastError().text();
        finished = true;
    });
    QTRY_VERIFY(started.load());
    QVERIFY(interrupt->isAvailable());
    // Until the statement is running, an interrupt has nothing to stop: repeat it until the job ends.
    QTRY_VERIFY_WITH_TIMEOUT(((*interrupt)(), finished.load()), 10000);
    QVERIFY2(error.contains(QLatin1String("interrupt")), qPrintable(error));
}

void TestCache::closingDuringTheCheckLeavesNoVerdict()
{
    {
        Cache first(path());
        QVERIFY(openCache(first).ok);
        QSignalSpy written(&first, &Cache::writeFinished);
        first.write([](QSqlDatabase &db, QString *) {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")) &&
                   query.exec(
                       QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                                      "LIMIT 20000) INSERT INTO filler SELECT randomblob(1000) FROM n"));
        });
        QVERIFY(written.wait());
        QVERIFY(written.first().at(1).toBool());
    }
    {
        // Closed as soon as it is open: the check that follows the opening is stopped, not failed.
        Cache cache(path());
        QSignalSpy damaged(&cache, &Cache::damaged);
        QVERIFY(openCache(cache).ok);
        QVERIFY(damaged.isEmpty());
    }
    QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    files.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    QCOMPARE(files, QStringList{QStringLiteral("demo.sqlite")});
    Cache again(path());
    const Cache::OpenResult result = openCache(again);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.corruptCopyPath.isEmpty());
}

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
