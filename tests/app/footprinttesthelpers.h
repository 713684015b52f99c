#pragma once

// Shared by the ЦС tests: a cache with the outbox tables, waiting for store jobs, and an LRS in memory that
// behaves like U2035's (a batch is taken whole or refused whole; same id and content again is fine, other
// content under a stored id is 409) and checks that no statement points to one it has not got.

#include "footprint/basextensioncatalogue.h"
#include "net/lrsclient.h"
#include "store/cache.h"
#include "sync/footprintoutboxstore.h"
#include "storetesthelpers.h"
#include "testpaths.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace FootprintTest {

inline BasExtensionCatalogue catalogue()
{
    QFile schema(TestPaths::sourceDir() + QStringLiteral("/resources/u2035/fd.schema.json"));
    schema.open(QIODevice::ReadOnly);
    QString error;
    return BasExtensionCatalogue::fromSchema(schema.readAll(), &error).value();
}

// Runs a write job and waits for its commit; returns whether it committed.
inline bool write(Cache &cache, Cache::WriteJob job, QString *error = nullptr)
{
    bool done = false;
    bool result = false;
    cache.write(std::move(job), [&](bool ok, const QString &problem) {
        done = true;
        result = ok;
        if (error)
            *error = problem;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 60000))
        return false;
    return result;
}

// Runs a task on the store thread and waits for it.
inline void run(Cache &cache, std::function<void(QSqlDatabase &)> task)
{
    auto done = std::make_shared<std::atomic<bool>>(false);
    cache.schedule([task, done](QSqlDatabase &db) {
        task(db);
        *done = true;
    });
    if (!QTest::qWaitFor([done] { return done->load(); }, 60000))
        qWarning("a store task did not finish");
}

// The outbox's tables come from the migrations, as in the app.
inline bool openWithOutbox(Cache &cache)
{
    return StoreTest::openCache(cache).ok;
}

inline FootprintOutboxStore::Counts counts(Cache &cache)
{
    FootprintOutboxStore::Counts result;
    run(cache,
        [&result](QSqlDatabase &db) { result = FootprintOutboxStore::counts(db, nullptr).value_or(result); });
    return result;
}

class MemoryLrs : public QObject
{
public:
    enum class Fault { None, ServerError, Timeout };

    QHash<QString, QByteArray> stored; // id → compact JSON (without "stored")
    QStringList order;
    QSet<QString> invalid;  // ids refused with 400
    QStringList violations; // statements that pointed to something not stored before them
    int posts = 0;
    int conflicts = 0;
    QList<int> batchSizes;
    Fault nextFault = Fault::None;
    int faultsLeft = 0;

    void post(const QJsonArray &statements, QObject *context, LrsClient::IdsCallback done)
    {
        ++posts;
        batchSizes << int(statements.size());
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [this, statements, guard, done] {
            const NetResult<QStringList> result = answer(statements);
            if (guard)
                done(result);
        });
    }

private:
    NetResult<QStringList> answer(const QJsonArray &statements)
    {
        if (faultsLeft > 0) {
            --faultsLeft;
            NetError error = NetError::make(nextFault == Fault::Timeout ? NetError::Kind::Timeout
                                                                        : NetError::Kind::HttpStatus,
                                            NetError::Service::U2035);
            error.httpStatus = nextFault == Fault::Timeout ? 0 : 500;
            return error;
        }
        QHash<QString, QByteArray> accepted;
        QStringList ids;
        for (const QJsonValue &value : statements) {
            const QJsonObject statement = value.toObject();
            const QString id = statement.value(QStringLiteral("id")).toString();
            if (invalid.contains(id)) {
                NetError error = NetError::make(NetError::Kind::ServiceError, NetError::Service::U2035);
                error.httpStatus = 400;
                error.serviceMessage = QStringLiteral("Problem in 'statements.%1.verb.id'").arg(ids.size());
                return error;
            }
            const QByteArray body = QJsonDocument(statement).toJson(QJsonDocument::Compact);
            if (stored.contains(id) && stored.value(id) != body) {
                ++conflicts;
                NetError error = NetError::make(NetError::Kind::Conflict, NetError::Service::U2035);
                error.httpStatus = 409;
                error.serviceMessage = id + QStringLiteral(" is conflicting");
                return error;
            }
            const QJsonObject object = statement.value(QStringLiteral("object")).toObject();
            if (object.value(QStringLiteral("objectType")).toString() == QLatin1String("StatementRef")) {
                const QString target = object.value(QStringLiteral("id")).toString();
                if (!stored.contains(target) && !accepted.contains(target))
                    violations << id;
            }
            accepted.insert(id, body);
            ids << id;
        }
        for (const QString &id : std::as_const(ids)) {
            if (!stored.contains(id))
                order << id;
            stored.insert(id, accepted.value(id));
        }
        return ids;
    }
};

} // namespace FootprintTest
