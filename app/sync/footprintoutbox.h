#pragma once

#include "sync/footprintoutboxstore.h"
#include "net/lrsclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

class Cache;
class FootprintUploader;

// Delivers the ЦС outbox to U2035's LRS exactly once (issue 4). Batches of due statements go as one JSON
// array per POST, structure before the facts that point to it. The LRS takes a batch whole or not at all, so
// a 400 or 409 is split in halves until the statement it refuses is alone: a 400 is kept as rejected with the
// LRS's reason, a 409 as a conflict for a person to resolve — never sent again as is. 5xx, timeouts, garbage
// and lost connections put the batch back to wait, with a growing pause. Ids are derived from the facts, so
// anything sent twice (a lost reply, a crash while sending) is stored once.
class FootprintOutbox : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        FootprintOutboxStore::Counts counts;
        int requests = 0;     // POSTs since this outbox was made
        bool stalled = false; // the last round ended on a transport or configuration error
        QString lastError;
    };
    using Post =
        std::function<void(const QJsonArray &statements, QObject *context, LrsClient::IdsCallback done)>;

    FootprintOutbox(Cache &cache, Post post, QObject *parent = nullptr);
    // Posts with the LRS client of the network layer.
    FootprintOutbox(Cache &cache, LrsClient &lrs, QObject *parent = nullptr);
    ~FootprintOutbox() override;

    void setUploader(FootprintUploader *uploader) { m_uploader = uploader; }
    void setBatchSize(int size) { m_batchSize = std::max(1, size); }
    int batchSize() const { return m_batchSize; }
    // The pause after a round that failed for the transport: first, doubling up to max.
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // The running app: sends what is due, then sleeps until the next due time, a backoff's end or wake().
    void start();
    // Stops after the batch on the wire (nothing is left half-sent); start() goes on.
    void stop();
    bool isRunning() const { return m_running; }
    // Something was queued: look now instead of at the next due time.
    void wake();
    // «Повторить» after a transport failure: no more waiting out the backoff.
    void retryNow();
    // `spodesk --sync-once`: sends what is due now, then emits drained() once nothing more can go now.
    void drain();

    int requests() const { return m_requests; }

Q_SIGNALS:
    void countsChanged(int pending, int failed);
    // A batch went out; delivered: how many of its statements the LRS has now.
    void batchSent(int delivered);
    // The LRS could not be reached or did not answer sensibly: what was not delivered waits, longer each
    // time.
    void stalled(const NetError &error);
    void drained(const FootprintOutbox::Summary &summary);
    // The LRS refused a statement (400, with its reason) or holds something else under its id (409).
    void refused(const QString &id, const QString &factKey, bool conflict, const QString &reason);
    // A round ended: the next look is at nextLook, or at wake() when it is invalid.
    void waiting(const QDateTime &nextLook);

private:
    using Row = FootprintOutboxStore::Row;
    void round();
    void takeBatch();
    void sendNextPart();
    void onReply(const QList<Row> &part, const NetResult<QStringList> &result);
    void write(std::function<bool(QSqlDatabase &, QString *)> job, std::function<void()> then);
    void endRound(const QString &error);
    void armTimer(const QDateTime &nextDue, bool heldBack);

    Cache &m_cache;
    Post m_post;
    FootprintUploader *m_uploader = nullptr;
    std::function<QDateTime()> m_now;
    int m_batchSize = 50;
    std::chrono::milliseconds m_backoffFirst{5000};
    std::chrono::milliseconds m_backoffMax{600000};
    std::chrono::milliseconds m_backoff{0};
    QTimer m_timer;
    bool m_running = false;
    bool m_draining = false;
    bool m_busy = false;
    bool m_again = false;
    int m_requests = 0;
    // The batch being sent, in parts when the LRS refused it whole.
    std::deque<QList<Row>> m_parts;
    QSet<QString> m_inBatch;
    QSet<QString> m_deliveredInBatch;
    QString m_roundError;
    QDateTime m_lastTaken; // the clock when the queue was last looked at
};

Q_DECLARE_METATYPE(FootprintOutbox::Summary)
