#pragma once

#include <QObject>

#include <memory>

class Cache;
class FootprintOutbox;
class FootprintUploader;
class ServiceHub;

// The running app's sending: the ЦС outbox (with its document uploads) works in the background once U2035 is
// configured, what waits is counted in the status bar, and what U2035 refused — now or in an earlier run —
// is listed in the failure log with the LRS's own reason. Nothing here waits on the GUI thread: the outbox
// reads and writes on the store thread and sends through the network layer's jobs.
class BackgroundSync : public QObject
{
    Q_OBJECT
public:
    BackgroundSync(Cache &cache, ServiceHub &services, QObject *parent = nullptr);
    ~BackgroundSync() override;

    void start();
    // Something was queued (an edit, a correction, a diary): look now instead of at the next due time.
    void wake();
    bool isRunning() const { return m_running; }

private:
    void listEarlierRefusals();

    Cache &m_cache;
    ServiceHub &m_services;
    std::unique_ptr<FootprintUploader> m_uploader;
    std::unique_ptr<FootprintOutbox> m_outbox;
    bool m_running = false;
};
