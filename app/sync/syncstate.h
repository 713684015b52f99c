#pragma once

#include <QObject>
#include <QString>

#include <optional>

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

    // Long work in the background (a large backlog being sent): what, how far (total 0: not known).
    struct Progress
    {
        QString what;
        int done = 0;
        int total = 0;
    };
    const std::optional<Progress> &progress() const { return m_progress; }
    void setProgress(const Progress &progress);
    void clearProgress();

Q_SIGNALS:
    void changed();

private:
    bool m_online = false;
    bool m_hasServices = false;
    int m_pending = 0;
    int m_failed = 0;
    std::optional<Progress> m_progress;
};
