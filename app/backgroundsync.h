#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

#include <memory>
#include <optional>

class Cache;
class FootprintOutbox;
class FootprintUploader;
class JournalOutbox;
struct NetError;
class ServiceHub;
class SyncState;

// The running app's sending: the ЦС outbox (with its document uploads) once U2035 has an address, and the
// journal's edits once SGO has one. What waits is counted in the status bar; what a service refused — for the
// ЦС also in an earlier run — is listed in the failure log with the service's own reason. Nothing here waits
// on the GUI thread: the outboxes read and write on the store thread and send through the network layer.
class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    BackgroundSync(Cache &cache, ServiceHub &services, SyncState &state, QObject *parent = nullptr);
    ~BackgroundSync() override;

    // Starts the outboxes whose service is configured; call again after the settings changed.
    void start();
    // Something was queued (an edit, a correction, a diary): look now instead of at the next due time.
    void wake();
    // «Отмена» of a long send: stops after the batch on the wire; goes on by itself later, or at the next
    // change.
    void cancel();

    // For the tests' assertions on the schedule: the ЦС outbox once U2035 has an address, and how long a
    // cancelled send waits before it goes on by itself (none while nothing is cancelled).
    FootprintOutbox *footprintOutbox() const { return m_outbox.get(); }
    std::optional<std::chrono::milliseconds> resumesIn() const;

Q_SIGNALS:
    // SGO took journal edits: what it made of them is worth pulling now.
    void journalDelivered();

private:
    void startFootprint();
    void startJournal();
    void listEarlierRefusals();
    // One row in the failure log while a service keeps failing; gone once it takes something again.
    void showStall(quint64 &row, const QString &what, const NetError &error, std::function<void()> retryNow);
    void clearStall(quint64 &row);

    Cache &m_cache;
    ServiceHub &m_services;
    SyncState &m_state;
    QTimer m_resume;
    int m_sentThisRound = 0;
    int m_lastPending = 0;
    quint64 m_footprintStall = 0;
    quint64 m_journalStall = 0;
    std::unique_ptr<FootprintUploader> m_uploader;
    std::unique_ptr<FootprintOutbox> m_outbox;
    std::unique_ptr<JournalOutbox> m_journalOutbox;
};
