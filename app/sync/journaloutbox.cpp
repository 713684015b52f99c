#include "sync/journaloutbox.h"

#include "net/sgoclient.h"
#include "store/cache.h"
#include "store/journalschema.h"

#include <QSqlQuery>
#include <QVariant>

struct JournalOutbox::Row
{
    SgoAdminCalls::JournalChange change;
};

namespace {

using JournalSchema::ChangeState;

// The state codes by name in the SQL text: the partial index on pending rows matches only a literal code.
const QString Pending = JournalSchema::sql(ChangeState::Pending);
const QString Sent = JournalSchema::sql(ChangeState::Sent);
const QString Failed = JournalSchema::sql(ChangeState::Failed);

QString placeholders(int count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

} // namespace

JournalOutbox::JournalOutbox(Cache &cache, SgoClient &sgo, QObject *parent)
    : QObject(parent), m_cache(cache), m_sgo(sgo)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JournalOutbox::round);
}

void JournalOutbox::setIntervals(std::chrono::milliseconds poll, std::chrono::milliseconds backoffFirst,
                                 std::chrono::milliseconds backoffMax)
{
    m_poll = poll;
    m_backoffFirst = backoffFirst;
    m_backoffMax = backoffMax;
}

void JournalOutbox::start()
{
    if (!m_running)
        reportEarlierRefusals();
    m_running = true;
    round();
}

void JournalOutbox::reportEarlierRefusals()
{
    m_cache.read(
        this,
        [](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (!query.exec(
                    QStringLiteral("SELECT count(*), max(last_error) FROM journal_changes WHERE state = %1")
                        .arg(Failed)) ||
                !query.next())
                return std::make_pair(0, QString());
            return std::make_pair(query.value(0).toInt(), query.value(1).toString());
        },
        [this](const std::pair<int, QString> &refusals) {
            if (refusals.first == 0)
                return;
            Q_EMIT refused(NetError::serviceError(NetError::Service::Sgo, QString(), refusals.second, 400),
                           refusals.first);
        });
}

void JournalOutbox::stop()
{
    m_running = false;
    m_timer.stop();
}

void JournalOutbox::wake()
{
    if (!m_running)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_timer.stop();
    round();
}

void JournalOutbox::retryNow()
{
    m_backoff = std::chrono::milliseconds(0);
    wake();
}

void JournalOutbox::retryRefused()
{
    m_cache.write(
        this,
        [](QSqlDatabase &db, QString *) {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("UPDATE journal_changes SET state = %1 WHERE state = %2")
                                  .arg(Pending, Failed));
        },
        [this](bool, const QString &) { wake(); });
}

void JournalOutbox::round()
{
    if (!m_running || m_busy)
        return;
    m_busy = true;
    m_again = false;
    const int limit = m_batchSize;
    m_cache.read(
        this,
        [limit](QSqlDatabase &db) {
            QList<Row> rows;
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(
                QStringLiteral("SELECT id, kind, assignment_id, lesson_id, student_id, payload, made_at "
                               "FROM journal_changes WHERE state = %1 ORDER BY id LIMIT ?")
                    .arg(Pending));
            query.addBindValue(limit);
            if (query.exec()) {
                while (query.next()) {
                    Row row;
                    row.change.id = query.value(0).toLongLong();
                    row.change.kind = query.value(1).toInt();
                    row.change.assignmentId = query.value(2).toLongLong();
                    row.change.lessonId = query.value(3).toLongLong();
                    row.change.studentId = query.value(4).toLongLong();
                    row.change.payload = query.value(5).toByteArray();
                    row.change.madeAt = query.value(6).toString();
                    rows.append(row);
                }
            }
            return rows;
        },
        [this](const QList<Row> &rows) { send(rows); });
}

void JournalOutbox::send(const QList<Row> &rows)
{
    if (rows.isEmpty()) {
        finish(false, m_poll);
        return;
    }
    QList<SgoAdminCalls::JournalChange> changes;
    for (const Row &row : rows)
        changes.append(row.change);
    ++m_requests;
    // The client drops the answer once this outbox is gone, and so does the cache.
    m_sgo.sendJournalChanges(changes, this, [this, rows](const NetResult<QList<qint64>> &result) {
        if (result.ok()) {
            m_backoff = std::chrono::milliseconds(0);
            const QList<qint64> applied = result.value();
            Q_EMIT sent(static_cast<int>(applied.size()));
            m_cache.write(
                this,
                [applied](QSqlDatabase &db, QString *) {
                    if (applied.isEmpty())
                        return true;
                    QSqlQuery query(db);
                    query.prepare(QStringLiteral("UPDATE journal_changes SET state = %1, last_error = '' "
                                                 "WHERE state = %2 AND id IN (%3)")
                                      .arg(Sent, Pending, placeholders(static_cast<int>(applied.size()))));
                    for (qint64 id : applied)
                        query.addBindValue(id);
                    return query.exec();
                },
                [this, all = applied.size() >= rows.size()](bool ok, const QString &) {
                    finish(ok && all, ok ? std::chrono::milliseconds(0) : m_poll);
                });
            return;
        }
        const NetError error = result.error();
        QList<qint64> ids;
        for (const Row &row : rows)
            ids.append(row.change.id);
        // A refusal needs a person; anything the network or SGO's state caused is tried again by itself.
        const bool answered = error.kind == NetError::Kind::HttpStatus ||
                              error.kind == NetError::Kind::ServiceError ||
                              error.kind == NetError::Kind::Conflict;
        const bool refusedByService = answered && error.httpStatus >= 400 && error.httpStatus < 500 &&
                                      error.httpStatus != 401 && error.httpStatus != 408 &&
                                      error.httpStatus != 429;
        // SGO's own words when it gave some, so that a later run can show them as SGO's again.
        const QString message = error.serviceMessage.isEmpty() ? error.toUserText() : error.serviceMessage;
        m_cache.write(
            this,
            [ids, message, refusedByService](QSqlDatabase &db, QString *) {
                QSqlQuery query(db);
                query.prepare(
                    QStringLiteral("UPDATE journal_changes SET attempts = attempts + 1, last_error = ?, "
                                   "state = ? WHERE state = %1 AND id IN (%2)")
                        .arg(Pending, placeholders(static_cast<int>(ids.size()))));
                query.addBindValue(message);
                query.addBindValue(
                    static_cast<int>(refusedByService ? ChangeState::Failed : ChangeState::Pending));
                for (qint64 id : ids)
                    query.addBindValue(id);
                return query.exec();
            },
            [this, error, refusedByService, count = static_cast<int>(ids.size())](bool, const QString &) {
                if (refusedByService) {
                    Q_EMIT refused(error, count);
                    finish(true, std::chrono::milliseconds(0));
                    return;
                }
                Q_EMIT stalled(error);
                m_backoff = m_backoff.count() == 0 ? m_backoffFirst : std::min(m_backoff * 2, m_backoffMax);
                finish(false, m_backoff);
            });
    });
}

void JournalOutbox::finish(bool again, std::chrono::milliseconds pause)
{
    m_busy = false;
    reportCounts();
    if (!m_running)
        return;
    if (again || m_again) {
        round();
        return;
    }
    m_timer.start(pause);
    Q_EMIT waiting(pause);
}

void JournalOutbox::reportCounts()
{
    m_cache.read(
        this,
        [](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT coalesce(sum(state = %1), 0), coalesce(sum(state = %2), 0) "
                                          "FROM journal_changes")
                               .arg(Pending, Failed)) &&
                query.next())
                return std::make_pair(query.value(0).toInt(), query.value(1).toInt());
            return std::make_pair(0, 0);
        },
        [this](const std::pair<int, int> &counts) { Q_EMIT countsChanged(counts.first, counts.second); });
}
