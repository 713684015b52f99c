#include "net/connectivitymonitor.h"

#include "net/netlogging.h"

#include <QNetworkInformation>

#include <algorithm>

ConnectivityMonitor::ConnectivityMonitor(bool useSystemReachability, QObject *parent) : QObject(parent)
{
    m_probe.setSingleShot(true);
    connect(&m_probe, &QTimer::timeout, this, [this] {
        if (m_online)
            return;
        Q_EMIT probeDue();
        m_probeNext = std::min(m_probeNext * 2, m_probeMax);
        m_probe.start(m_probeNext);
    });
    if (useSystemReachability &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                &ConnectivityMonitor::systemReachabilityChanged);
        systemReachabilityChanged();
    }
}

void ConnectivityMonitor::systemReachabilityChanged()
{
    const auto reachability = QNetworkInformation::instance()->reachability();
    m_systemSaysDisconnected = reachability == QNetworkInformation::Reachability::Disconnected;
    qCInfo(lcNet) << "system reachability" << static_cast<int>(reachability);
    if (m_systemSaysDisconnected)
        setOnline(false);
    else if (!m_online)
        Q_EMIT probeDue(); // the system sees a network again: find out at once whether the services answer
}

void ConnectivityMonitor::reportReachable()
{
    setOnline(true);
}

void ConnectivityMonitor::reportUnreachable()
{
    setOnline(false);
}

void ConnectivityMonitor::requestStarted()
{
    ++m_active;
    Q_EMIT activeRequestsChanged(m_active);
}

void ConnectivityMonitor::requestEnded()
{
    m_active = std::max(0, m_active - 1);
    Q_EMIT activeRequestsChanged(m_active);
}

void ConnectivityMonitor::setProbeIntervals(std::chrono::milliseconds min, std::chrono::milliseconds max)
{
    m_probeMin = min;
    m_probeMax = std::max(min, max);
    m_probeNext = m_probeMin;
    if (m_probe.isActive())
        m_probe.start(m_probeNext);
}

void ConnectivityMonitor::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcNet) << (online ? "services reachable again" : "services unreachable: working offline");
    if (online) {
        m_probe.stop();
    } else {
        m_probeNext = m_probeMin;
        m_probe.start(m_probeNext);
    }
    Q_EMIT onlineChanged(online);
}
