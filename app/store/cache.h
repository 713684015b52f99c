#pragma once

#include "college/collegedata.h"
#include "store/storeworker.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QThread;
class SqliteInterrupt;

// The local SQLite cache as the engine owns it. Everything that touches the file runs on the store's own
// thread, in queue order: opening (with the upgrade of an older cache and the setting aside of an unreadable
// one), writes batched in transactions, and the bulk write of a whole college. The calling thread never
// waits; results come back as signals (and callbacks) on the thread that owns the Cache.
class Cache : public QObject
{
    Q_OBJECT
public:
    struct OpenResult
    {
        bool ok = false;
        QString error;           // for the user, translated, when !ok
        QString corruptCopyPath; // an unreadable cache was moved here and a fresh one started
        bool hasCollege = false; // a complete college is stored
        int schemaVersion = 0;   // what the file was at before any upgrade (0: new)
    };
    // Runs on the store thread inside a transaction, under its own savepoint: return false (and set error)
    // to undo everything this job wrote; the other writes of the batch still commit.
    using WriteJob = StoreWorker::WriteJob;
    // Called on the Cache's thread once the write has committed (ok) or been rolled back (!ok).
    using WriteDone = std::function<void(bool ok, const QString &error)>;
    // Runs alone on the store thread, outside any transaction (reads whose result is posted back, big jobs).
    using Task = StoreWorker::Task;

    explicit Cache(const QString &filePath, QObject *parent = nullptr);
    ~Cache() override; // lets queued writes finish, then closes the file

    static int latestSchemaVersion();

    QString filePath() const { return m_filePath; }
    QThread *storeThread() const;
    // Valid once opened() arrived.
    bool isOpen() const { return m_open; }
    bool hasCollege() const { return m_hasCollege; }

    // Creates the data folder if needed, opens, upgrades; emits opened(), then checks an existing cache
    // through (damaged() if that fails). Call once, before anything else.
    void open();
    // Returns a ticket that writeFinished() names.
    quint64 write(WriteJob job, WriteDone done = {});
    void schedule(Task task);

    // A store round trip: `job` runs alone on the store thread, and its result goes to `answer` on the
    // Cache's thread, unless `context` (an object of that thread, usually the caller) is gone by then.
    template<typename Job, typename Answer> void read(QObject *context, Job job, Answer answer);
    // write() whose `done` is dropped once `context` is gone; the write itself happens either way.
    template<typename Done> quint64 write(QObject *context, WriteJob job, Done done);
    // Replaces the stored college: batched transactions, collegeProgress(0..100), then collegeWritten().
    void writeCollege(const CollegeData &college);

Q_SIGNALS:
    void opened(const Cache::OpenResult &result);
    void writeFinished(quint64 ticket, bool ok, const QString &error);
    void collegeProgress(int percent);
    void collegeWritten(bool ok, const QString &error);
    // The check that follows opening an existing cache found it damaged. It stays in use for now (what can be
    // read is shown); the next open keeps a copy of it and starts a fresh cache.
    void damaged();

private:
    static OpenResult openOnStoreThread(QSqlDatabase &db, const QString &path);
    void verifyOnStoreThread(QSqlDatabase &db);
    static QString newerMessage(const QString &path, int version);

    const QString m_filePath;
    std::unique_ptr<StoreWorker> m_worker;
    // The check after opening reads the whole file; a closing cache stops it instead of waiting for it.
    QMutex m_checkLock;
    bool m_closing = false;
    const SqliteInterrupt *m_runningCheck = nullptr;
    quint64 m_lastTicket = 0;
    bool m_open = false;
    bool m_hasCollege = false;
};

template<typename Job, typename Answer> void Cache::read(QObject *context, Job job, Answer answer)
{
    using Result = std::invoke_result_t<Job &, QSqlDatabase &>;
    Q_ASSERT(context && context->thread() == thread());
    // The answer is posted to the Cache, which outlives its store thread, and the context is looked at on
    // the Cache's thread only: the context may be deleted at any time before that.
    schedule([this, context = QPointer<QObject>(context), job = std::move(job),
              answer = std::move(answer)](QSqlDatabase &db) mutable {
        auto result = std::make_shared<Result>(job(db));
        QMetaObject::invokeMethod(
            this,
            [context, answer, result] {
                if (context)
                    answer(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

template<typename Done> quint64 Cache::write(QObject *context, WriteJob job, Done done)
{
    Q_ASSERT(context && context->thread() == thread());
    return write(std::move(job), [context = QPointer<QObject>(context),
                                  done = std::move(done)](bool ok, const QString &error) {
        if (context)
            done(ok, error);
    });
}
