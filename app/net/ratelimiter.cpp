#include "net/ratelimiter.h"

#include <QElapsedTimer>

#include <algorithm>

RateLimiter::RateLimiter(int maxRequests, std::chrono::milliseconds window, QObject *parent)
    : QObject(parent), m_max(std::max(1, maxRequests)), m_window(window)
{}

void RateLimiter::setLimit(int maxRequests, std::chrono::milliseconds window)
{
    m_max = std::max(1, maxRequests);
    m_window = window;
}

qint64 RateLimiter::nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

void RateLimiter::acquire(const QByteArray &key, QObject *context, std::function<void(quint64)> start)
{
    m_lanes[key].queue.push_back({context, std::move(start)});
    drain(key);
}

void RateLimiter::settle(const QByteArray &key, quint64 slot)
{
    const auto lane = m_lanes.find(key);
    if (lane == m_lanes.end())
        return;
    for (Slot &s : lane->recent) {
        if (s.id == slot)
            s.at = nowMs();
    }
}

int RateLimiter::waiting(const QByteArray &key) const
{
    const auto it = m_lanes.constFind(key);
    return it == m_lanes.cend() ? 0 : static_cast<int>(it->queue.size());
}

void RateLimiter::drain(const QByteArray &key)
{
    for (;;) {
        // Looked up again each round: start() may add lanes, and a QHash may move its values when it grows.
        Lane &lane = m_lanes[key];
        if (lane.queue.empty())
            return;
        const qint64 now = nowMs();
        const qint64 window = m_window.count();
        lane.recent.removeIf([now, window](const Slot &s) { return now - s.at >= window; });
        if (static_cast<int>(lane.recent.size()) >= m_max) {
            if (!lane.timer) {
                lane.timer = new QTimer(this);
                lane.timer->setSingleShot(true);
                lane.timer->setTimerType(Qt::PreciseTimer);
                connect(lane.timer, &QTimer::timeout, this, [this, key] { drain(key); });
            }
            const qint64 oldest =
                std::min_element(lane.recent.cbegin(), lane.recent.cend(), [](const Slot &a, const Slot &b) {
                    return a.at < b.at;
                })->at;
            lane.timer->start(static_cast<int>(std::max<qint64>(1, oldest + window - now)));
            return;
        }
        Waiting next = std::move(lane.queue.front());
        lane.queue.pop_front();
        if (!next.context)
            continue;
        const quint64 slot = m_nextSlot++;
        lane.recent.append({slot, now});
        next.start(slot);
    }
}
