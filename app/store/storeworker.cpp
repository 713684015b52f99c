#include "store/storeworker.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Enough to amortise a commit; small enough that a burst of edits doesn't hold the write lock for long.
constexpr std::size_t MaxWritesPerTransaction = 500;

bool execute(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

StoreWorker::StoreWorker(const QString &connectionName) : m_connectionName(connectionName) {}

StoreWorker::~StoreWorker()
{
    {
        const QMutexLocker locker(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    wait();
}

void StoreWorker::addWrite(WriteJob job, WriteDone done)
{
    enqueue(Job{std::move(job), std::move(done), {}});
}

void StoreWorker::addTask(Task task)
{
    enqueue(Job{{}, {}, std::move(task)});
}

void StoreWorker::enqueue(Job job)
{
    {
        const QMutexLocker locker(&m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.wakeOne();
}

void StoreWorker::run()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        for (;;) {
            std::deque<Job> jobs;
            {
                QMutexLocker locker(&m_mutex);
                while (m_jobs.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_jobs.empty())
                    break; // stopping, and everything queued has run
                jobs.swap(m_jobs);
            }
            std::deque<Job> writes;
            for (Job &job : jobs) {
                if (job.task) {
                    runWrites(db, writes);
                    job.task(db);
                } else {
                    writes.push_back(std::move(job));
                    if (writes.size() >= MaxWritesPerTransaction)
                        runWrites(db, writes);
                }
            }
            runWrites(db, writes);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void StoreWorker::runWrites(QSqlDatabase &db, std::deque<Job> &writes)
{
    if (writes.empty())
        return;
    QList<std::pair<bool, QString>> results;
    results.reserve(qsizetype(writes.size()));
    QString batchError;
    bool batchOk = db.isOpen();
    if (!batchOk)
        batchError = QCoreApplication::translate("Cache", "The local cache is not open.");
    else if (!db.transaction()) {
        batchOk = false;
        batchError = db.lastError().text();
    }
    if (batchOk) {
        const QString savepoint = QStringLiteral("SAVEPOINT job");
        for (Job &job : writes) {
            QString error;
            bool ok = execute(db, savepoint, &error);
            if (ok) {
                ok = job.write(db, &error);
                if (ok)
                    execute(db, QStringLiteral("RELEASE job"), nullptr);
                else {
                    execute(db, QStringLiteral("ROLLBACK TO job"), nullptr);
                    execute(db, QStringLiteral("RELEASE job"), nullptr);
                }
            }
            results.append({ok, error});
        }
        if (!db.commit()) {
            batchOk = false;
            batchError = db.lastError().text();
            db.rollback();
        }
    }
    for (std::size_t i = 0; i < writes.size(); ++i) {
        const Job &job = writes[i];
        if (!job.done)
            continue;
        if (batchOk)
            job.done(results.at(qsizetype(i)).first, results.at(qsizetype(i)).second);
        else
            job.done(false, batchError);
    }
    writes.clear();
}
