#include "store/cache.h"

#include "store/cachefile.h"
#include "store/collegewriter.h"
#include "store/migrations.h"
#include "store/sqliteinterrupt.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

namespace {

Q_LOGGING_CATEGORY(lcCache, "spodesk.cache")

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("spodesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Cache::Cache(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath), m_worker(std::make_unique<StoreWorker>(nextConnectionName()))
{
    m_worker->setObjectName(QStringLiteral("spodesk-store"));
    m_worker->start();
}

Cache::~Cache()
{
    // Before the QObject goes: the worker may still post results to it while it drains the queue. Queued
    // writes all run; a bulk write of a whole college stops at its next batch.
    m_worker->requestInterruption();
    {
        const QMutexLocker locker(&m_checkLock);
        m_closing = true;
        if (m_runningCheck)
            (*m_runningCheck)();
    }
    m_worker.reset();
}

int Cache::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QThread *Cache::storeThread() const
{
    return m_worker.get();
}

void Cache::open()
{
    m_worker->addTask([this, path = m_filePath](QSqlDatabase &db) {
        const OpenResult result = openOnStoreThread(db, path);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_open = result.ok;
                m_hasCollege = result.hasCollege;
                Q_EMIT opened(result);
            },
            Qt::QueuedConnection);
        // A full check of a big cache takes longer than the whole start-up may: it runs after the opening,
        // before any write that was queued behind it.
        if (result.ok && result.schemaVersion > 0)
            verifyOnStoreThread(db);
    });
}

QString Cache::newerMessage(const QString &path, int version)
{
    return tr("The local cache %1 was made by a newer version of SPO Desk (schema %2; this version knows "
              "up to %3). It was left untouched: update SPO Desk or start with another data folder "
              "(--data-dir).")
        .arg(QDir::toNativeSeparators(path))
        .arg(version)
        .arg(Migrations::latestVersion());
}

Cache::OpenResult Cache::openOnStoreThread(QSqlDatabase &db, const QString &path)
{
    OpenResult result;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        result.error =
            tr("Could not create the folder %1 for the local cache.").arg(QDir::toNativeSeparators(folder));
        return result;
    }

    CacheFile::Probe probe = CacheFile::probe(path);
    if (probe.state == CacheFile::State::Newer) {
        result.error = newerMessage(path, probe.version);
        return result;
    }

    // Two rounds at most: a cache that looked readable but then fails and proves damaged is set aside once,
    // and a fresh one is made in its place.
    for (int round = 0; round < 2; ++round) {
        if (probe.state == CacheFile::State::Unreadable) {
            qCWarning(lcCache) << "Setting aside the unreadable cache" << path << ":" << probe.detail;
            QString error;
            const QString copy = CacheFile::setAside(path, QDateTime::currentDateTime(), &error);
            if (copy.isEmpty()) {
                result.error = tr("The local cache %1 cannot be read, and it could not be moved aside: %2")
                                   .arg(QDir::toNativeSeparators(path), error);
                return result;
            }
            result.corruptCopyPath = copy;
            probe = {CacheFile::State::Fresh, 0, {}};
        }
        result.schemaVersion = probe.version;

        db.setDatabaseName(path);
        QString error;
        bool ok = db.open();
        if (!ok)
            error = db.lastError().text();
        ok = ok && CacheFile::configureForWriting(db, &error) && Migrations::migrate(db, &error);
        if (ok) {
            result.ok = true;
            result.hasCollege = CollegeWriter::hasCollege(db);
            return result;
        }
        // The probe reads past a -wal file only when there is none; the version may have been in it.
        const int version = db.isOpen() ? Migrations::currentVersion(db, nullptr) : -1;
        QString damage;
        const bool damaged =
            probe.state == CacheFile::State::Readable && db.isOpen() && !CacheFile::quickCheck(db, &damage);
        db.close();
        if (version > Migrations::latestVersion()) {
            result.error = newerMessage(path, version);
            return result;
        }
        if (!damaged) {
            result.error =
                tr("The local cache %1 could not be opened: %2").arg(QDir::toNativeSeparators(path), error);
            return result;
        }
        probe = {CacheFile::State::Unreadable, 0, damage};
    }
    result.error = tr("The local cache %1 could not be opened.").arg(QDir::toNativeSeparators(path));
    return result;
}

void Cache::verifyOnStoreThread(QSqlDatabase &db)
{
    QString detail;
    const SqliteInterrupt interrupt(db);
    {
        const QMutexLocker locker(&m_checkLock);
        if (m_closing || !db.isOpen())
            return;
        m_runningCheck = &interrupt;
    }
    const bool sound = CacheFile::quickCheck(db, &detail);
    {
        const QMutexLocker locker(&m_checkLock);
        m_runningCheck = nullptr;
        // Stopped because the cache closes: not a verdict on the file.
        if (sound || m_closing)
            return;
    }
    qCWarning(lcCache) << "The cache" << m_filePath << "is damaged:" << detail;
    CacheFile::markDamaged(m_filePath, detail);
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT damaged(); }, Qt::QueuedConnection);
}

quint64 Cache::write(WriteJob job, WriteDone done)
{
    const quint64 ticket = ++m_lastTicket;
    m_worker->addWrite(std::move(job), [this, ticket, done = std::move(done)](bool ok, const QString &error) {
        const QString message = ok || !error.isEmpty() ? error : tr("The change could not be saved.");
        QMetaObject::invokeMethod(
            this,
            [this, ticket, ok, message, done] {
                if (done)
                    done(ok, message);
                Q_EMIT writeFinished(ticket, ok, message);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

void Cache::schedule(Task task)
{
    m_worker->addTask(std::move(task));
}

void Cache::writeCollege(const CollegeData &college)
{
    m_worker->addTask([this, college](QSqlDatabase &db) {
        bool ok = false;
        QString error;
        if (!db.isOpen()) {
            error = tr("The local cache is not open.");
        } else {
            int reported = -1;
            CollegeWriter writer(db);
            ok = writer.write(
                college,
                [this, &reported](int percent) {
                    if (percent == reported)
                        return;
                    reported = percent;
                    QMetaObject::invokeMethod(
                        this, [this, percent] { Q_EMIT collegeProgress(percent); }, Qt::QueuedConnection);
                },
                &error);
            if (!ok)
                error = tr("The college could not be saved in the local cache: %1").arg(error);
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, error] {
                m_hasCollege = ok;
                Q_EMIT collegeWritten(ok, error);
            },
            Qt::QueuedConnection);
    });
}
