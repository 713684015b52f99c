#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// Whether the services can be reached, from the system's reachability (QNetworkInformation, when a backend
// exists) and from what requests actually experience. While offline it asks, with growing pauses, for one
// waiting request to be tried as a probe; the first success flips it back online, which resumes the rest.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectivityMonitor(bool useSystemReachability = true, QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    int activeRequests() const { return m_active; }

    // Every job reports here: a reply of any status proves the network works; Offline errors prove it does
    // not.
    void reportReachable();
    void reportUnreachable();
    void requestStarted();
    void requestEnded();

    // The probe's pauses while offline: starts at min, doubles up to max.
    void setProbeIntervals(std::chrono::milliseconds min, std::chrono::milliseconds max);

Q_SIGNALS:
    void onlineChanged(bool online);
    void activeRequestsChanged(int count);
    // Offline for a while: try one waiting request to see whether the service is back.
    void probeDue();

private:
    void setOnline(bool online);
    void systemReachabilityChanged();

    bool m_online = true;
    bool m_systemSaysDisconnected = false;
    int m_active = 0;
    std::chrono::milliseconds m_probeMin{5000};
    std::chrono::milliseconds m_probeMax{300000};
    std::chrono::milliseconds m_probeNext{5000};
    QTimer m_probe;
};
