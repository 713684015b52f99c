#pragma once

#include <QObject>

// What the status bar shows: online/offline, how many items wait to be sent and how many failed.
// The outboxes and the network layer update it; the UI only reads it.
class SyncState : public QObject
{
    Q_OBJECT
public:
    explicit SyncState(QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    // No service is configured yet: nothing to sync, which the status bar says instead of "offline".
    bool hasServices() const { return m_hasServices; }
    int pending() const { return m_pending; }
    int failed() const { return m_failed; }

    void setOnline(bool online);
    void setHasServices(bool hasServices);
    void setCounts(int pending, int failed);

Q_SIGNALS:
    void changed();

private:
    bool m_online = false;
    bool m_hasServices = false;
    int m_pending = 0;
    int m_failed = 0;
};
