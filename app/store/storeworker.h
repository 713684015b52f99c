#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

// The store's own thread (after qBittorrent's resume-data storage): it owns one named connection, takes jobs
// from a queue in order, and runs the writes that are waiting together in one transaction.
class StoreWorker : public QThread
{
public:
    // A write runs inside the batch's transaction under its own savepoint: returning false undoes only its
    // changes. The batch commits once; a failed commit fails every write of the batch.
    using WriteJob = std::function<bool(QSqlDatabase &db, QString *error)>;
    // Called on the store thread once the write's fate is known (after the commit).
    using WriteDone = std::function<void(bool ok, const QString &error)>;
    // A task runs alone, outside any transaction: opening the cache, bulk writes that commit in batches,
    // reads.
    using Task = std::function<void(QSqlDatabase &db)>;

    explicit StoreWorker(const QString &connectionName);
    ~StoreWorker() override; // runs everything already queued, then stops

    void addWrite(WriteJob job, WriteDone done);
    void addTask(Task task);

protected:
    void run() override;

private:
    struct Job
    {
        WriteJob write;
        WriteDone done;
        Task task;
    };
    void runWrites(QSqlDatabase &db, std::deque<Job> &writes);
    void enqueue(Job job);

    const QString m_connectionName;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
};
