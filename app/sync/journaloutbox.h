#pragma once

#include "net/neterror.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class Cache;
class SgoClient;

// Sends the journal's queued edits (journal_changes, written in the same transaction as each edit) to SGO, in
// the order they were made, in batches; the ЭД's final grades, deferrals, publications, consents and contacts
// are queued there too (DiaryRepository) and go in the same batches. A row is marked sent only for the ids
// SGO names as applied, and each carries its id, so a lost reply or a crash while sending never applies an
// edit twice. A later edit of the same cell (grade, parent) that has not gone yet replaces the queued one in
// the store; this outbox never sees both. Transport failures wait and try again with a growing pause; a
// refusal by SGO marks the batch failed with SGO's message until a person retries it.
class JournalOutbox : public QObject
{
    Q_OBJECT
public:
    JournalOutbox(Cache &cache, SgoClient &sgo, QObject *parent = nullptr);

    void setBatchSize(int size) { m_batchSize = std::max(1, size); }
    // How often an idle outbox looks for new edits; the first pause after a transport failure and its cap.
    void setIntervals(std::chrono::milliseconds poll, std::chrono::milliseconds backoffFirst,
                      std::chrono::milliseconds backoffMax);

    // Starts sending; edits SGO refused in an earlier run are reported again through refused().
    void start();
    void stop();
    // Look now (an edit was made, or failed rows were put back).
    void wake();
    // «Повторить»: the rows SGO refused go back to the queue.
    void retryRefused();
    // «Повторить» after a transport failure: no more waiting out the backoff.
    void retryNow();

    int requests() const { return m_requests; }

Q_SIGNALS:
    void countsChanged(int pending, int failed);
    // SGO refused a batch of count edits; message is SGO's own.
    void refused(const NetError &error, int count);
    // SGO could not be reached or did not answer sensibly: the edits wait, longer each time.
    void stalled(const NetError &error);
    // SGO took a batch; applied: how many edits it names as applied.
    void sent(int applied);
    // A round ended with nothing more to send now: the next look is in pause (or at wake()).
    void waiting(std::chrono::milliseconds pause);

private:
    struct Row;
    void round();
    void send(const QList<Row> &rows);
    void finish(bool again, std::chrono::milliseconds pause);
    void reportCounts();
    void reportEarlierRefusals();

    Cache &m_cache;
    SgoClient &m_sgo;
    QTimer m_timer;
    int m_batchSize = 200;
    std::chrono::milliseconds m_poll{3000};
    std::chrono::milliseconds m_backoffFirst{5000};
    std::chrono::milliseconds m_backoffMax{600000};
    std::chrono::milliseconds m_backoff{0};
    bool m_running = false;
    bool m_busy = false;
    bool m_again = false;
    int m_requests = 0;
};
