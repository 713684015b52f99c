#include "sync/footprintoutbox.h"

#include "sync/footprintuploader.h"
#include "net/retrypolicy.h"
#include "store/cache.h"

#include <algorithm>
#include <memory>

namespace {

using State = FootprintSchema::State;

QStringList idsOf(const QList<FootprintOutboxStore::Row> &rows)
{
    QStringList ids;
    ids.reserve(rows.size());
    for (const FootprintOutboxStore::Row &row : rows)
        ids << row.id;
    return ids;
}

// The LRS's own words when it gave them; our log line otherwise.
QString reasonOf(const NetError &error)
{
    if (!error.serviceMessage.isEmpty())
        return QStringLiteral("HTTP %1: %2").arg(error.httpStatus).arg(error.serviceMessage);
    return error.toLogText();
}

bool refusesTheBatch(const NetError &error)
{
    return error.kind == NetError::Kind::Conflict ||
           ((error.kind == NetError::Kind::ServiceError || error.kind == NetError::Kind::HttpStatus) &&
            error.httpStatus == 400);
}

} // namespace

FootprintOutbox::FootprintOutbox(Cache &cache, Post post, QObject *parent)
    : QObject(parent), m_cache(cache), m_post(std::move(post)),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<FootprintOutbox::Summary>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FootprintOutbox::round);
}

FootprintOutbox::FootprintOutbox(Cache &cache, LrsClient &lrs, QObject *parent)
    : FootprintOutbox(
          cache,
          [&lrs](const QJsonArray &statements, QObject *context, LrsClient::IdsCallback done) {
              lrs.postStatements(statements, context, std::move(done));
          },
          parent)
{}

FootprintOutbox::~FootprintOutbox() = default;

void FootprintOutbox::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_backoffFirst = first;
    m_backoffMax = max;
}

void FootprintOutbox::start()
{
    m_running = true;
    round();
}

void FootprintOutbox::stop()
{
    m_running = false;
    m_timer.stop();
}

void FootprintOutbox::retryNow()
{
    m_backoff = std::chrono::milliseconds(0);
    const QDateTime now = m_now();
    m_cache.write(
        this,
        [now](QSqlDatabase &db, QString *error) {
            return FootprintOutboxStore::bringForwardRetries(db, now, error);
        },
        [this](bool, const QString &) {
            if (m_running)
                round();
        });
}

void FootprintOutbox::wake()
{
    if (m_running && m_backoff.count() == 0)
        round();
}

void FootprintOutbox::drain()
{
    m_draining = true;
    round();
}

void FootprintOutbox::round()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    m_roundError.clear();
    m_timer.stop();
    if (!m_uploader) {
        takeBatch();
        return;
    }
    m_uploader->run(this, [this](int, int, int) { takeBatch(); });
}

void FootprintOutbox::write(std::function<bool(QSqlDatabase &, QString *)> job, std::function<void()> then)
{
    m_cache.write(this, std::move(job), [this, then](bool ok, const QString &error) {
        if (!ok) {
            // The cache refused a write: stop here, the rows stay as they were and go again later.
            m_parts.clear();
            endRound(error);
            return;
        }
        then();
    });
}

void FootprintOutbox::takeBatch()
{
    auto batch = std::make_shared<QList<Row>>();
    const int size = m_batchSize;
    const QDateTime now = m_now();
    m_lastTaken = now;
    write(
        [batch, size, now](QSqlDatabase &db, QString *error) {
            std::optional<QList<Row>> taken = FootprintOutboxStore::takeBatch(db, size, now, error);
            if (!taken)
                return false;
            *batch = *taken;
            return true;
        },
        [this, batch] {
            if (batch->isEmpty()) {
                endRound(QString());
                return;
            }
            m_inBatch.clear();
            m_deliveredInBatch.clear();
            for (const Row &row : std::as_const(*batch))
                m_inBatch.insert(row.id);
            m_parts.clear();
            m_parts.push_back(*batch);
            sendNextPart();
        });
}

void FootprintOutbox::sendNextPart()
{
    if (m_parts.empty()) {
        Q_EMIT batchSent(static_cast<int>(m_deliveredInBatch.size()));
        if (!m_running && !m_draining) {
            endRound(QString());
            return;
        }
        takeBatch();
        return;
    }
    const QList<Row> candidates = m_parts.front();
    m_parts.pop_front();
    // After a split, a statement whose structure was in the refused half waits for it instead.
    QList<Row> part;
    QStringList held;
    QSet<QString> earlier;
    for (const Row &row : candidates) {
        const bool ready = std::all_of(
            row.dependsOn.cbegin(), row.dependsOn.cend(), [this, &earlier](const QString &target) {
                return !m_inBatch.contains(target) || m_deliveredInBatch.contains(target) ||
                       earlier.contains(target);
            });
        if (ready) {
            part << row;
            earlier.insert(row.id);
        } else {
            held << row.id;
        }
    }
    auto send = [this, part] {
        if (part.isEmpty()) {
            sendNextPart();
            return;
        }
        QJsonArray statements;
        for (const Row &row : part)
            statements.append(FootprintOutboxStore::statementOf(row));
        ++m_requests;
        // The post's answer is dropped once this outbox is gone.
        m_post(statements, this,
               [this, part](const NetResult<QStringList> &result) { onReply(part, result); });
    };
    if (held.isEmpty()) {
        send();
        return;
    }
    const QDateTime now = m_now();
    write(
        [held, now](QSqlDatabase &db, QString *error) {
            return FootprintOutboxStore::markWaiting(
                db, held, now, QStringLiteral("waits for a statement it points to"), now, error);
        },
        send);
}

void FootprintOutbox::onReply(const QList<Row> &part, const NetResult<QStringList> &result)
{
    const QDateTime now = m_now();
    const QStringList ids = idsOf(part);
    if (result.ok()) {
        m_backoff = std::chrono::milliseconds(0);
        write([ids, now](QSqlDatabase &db,
                         QString *error) { return FootprintOutboxStore::markDelivered(db, ids, now, error); },
              [this, ids] {
                  for (const QString &id : ids)
                      m_deliveredInBatch.insert(id);
                  sendNextPart();
              });
        return;
    }
    const NetError &error = result.error();
    if (refusesTheBatch(error)) {
        if (part.size() > 1) {
            // Bisect: the halves go one after the other, the first one first, so order still holds.
            const qsizetype half = part.size() / 2;
            m_parts.push_front(part.mid(half));
            m_parts.push_front(part.first(half));
            sendNextPart();
            return;
        }
        const bool conflict = error.kind == NetError::Kind::Conflict;
        const QString reason = reasonOf(error);
        const Row row = part.first();
        write(
            [ids, conflict, reason, now](QSqlDatabase &db, QString *problem) {
                return FootprintOutboxStore::markFailed(db, ids, conflict ? State::Conflict : State::Rejected,
                                                        reason, now, problem);
            },
            [this, row, conflict, reason] {
                Q_EMIT refused(row.id, row.factKey, conflict, reason);
                sendNextPart();
            });
        return;
    }

    // Nothing the LRS said about the statements: the transport, the settings or the keys. Everything not yet
    // delivered waits, and the outbox pauses, longer each time.
    m_backoff = m_backoff.count() == 0 ? m_backoffFirst : std::min(m_backoff * 2, m_backoffMax);
    QStringList waiting = ids;
    for (const QList<Row> &rest : m_parts)
        waiting += idsOf(rest);
    m_parts.clear();
    const QDateTime retryAt = now.addMSecs(m_backoff.count());
    const QString reason = reasonOf(error);
    Q_EMIT stalled(error);
    write(
        [waiting, retryAt, reason, now](QSqlDatabase &db, QString *problem) {
            return FootprintOutboxStore::markWaiting(db, waiting, retryAt, reason, now, problem);
        },
        [this, reason] { endRound(reason); });
}

void FootprintOutbox::endRound(const QString &error)
{
    m_roundError = error;
    const int requests = m_requests;
    // Due times after the last look at the queue, not after now: a statement that fell due while the round
    // ended would otherwise wait for the next wake().
    const QDateTime now = m_lastTaken.isValid() ? m_lastTaken : m_now();
    m_cache.read(
        this,
        [error, requests, now](QSqlDatabase &db) {
            Summary summary;
            summary.counts =
                FootprintOutboxStore::counts(db, nullptr).value_or(FootprintOutboxStore::Counts());
            summary.requests = requests;
            summary.stalled = !error.isEmpty();
            summary.lastError = error;
            return std::make_pair(summary, FootprintOutboxStore::nextDue(db, now));
        },
        [this](const std::pair<Summary, QDateTime> &ended) {
            const auto &[summary, nextDue] = ended;
            m_busy = false;
            Q_EMIT countsChanged(summary.counts.pending(), summary.counts.failed());
            if (m_draining && (!m_again || summary.stalled)) {
                m_draining = false;
                Q_EMIT drained(summary);
            }
            if (m_again) {
                round();
                return;
            }
            if (m_running) {
                armTimer(summary.stalled ? m_now().addMSecs(m_backoff.count()) : nextDue,
                         summary.counts.pending() > 0);
            }
        });
}

void FootprintOutbox::armTimer(const QDateTime &nextDue, bool heldBack)
{
    if (!nextDue.isValid()) {
        // Due but held back (a statement it points to was refused, or a document failed): look again later;
        // nothing waiting at all: wake() starts the next round.
        if (heldBack)
            m_timer.start(std::chrono::milliseconds(std::max<qint64>(m_backoffFirst.count(), 60000)));
        Q_EMIT waiting(heldBack ? m_now().addMSecs(m_timer.interval()) : QDateTime());
        return;
    }
    const qint64 delay = std::max<qint64>(m_now().msecsTo(nextDue), 0);
    // Capped, so that a changed clock (sleep, time zone) is noticed within the hour.
    m_timer.start(std::chrono::milliseconds(std::min<qint64>(delay, 3600 * 1000)));
    Q_EMIT waiting(m_now().addMSecs(m_timer.interval()));
}
