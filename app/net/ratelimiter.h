#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

// At most maxRequests per window for each key (VK: 3 per second per user token), in the order asked. Work
// that has to wait is queued, never refused; nothing blocks. A slot counts from when its request started
// until the window has passed since its reply came back (settle()), so however long the request travelled,
// the service can never see more than maxRequests within one of its own windows.
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    RateLimiter(int maxRequests, std::chrono::milliseconds window, QObject *parent = nullptr);

    void setLimit(int maxRequests, std::chrono::milliseconds window);
    // Runs start(slot) now or later, unless context is gone by then.
    void acquire(const QByteArray &key, QObject *context, std::function<void(quint64 slot)> start);
    // The request of that slot has its reply: the window runs from now.
    void settle(const QByteArray &key, quint64 slot);
    int waiting(const QByteArray &key) const;

private:
    struct Waiting
    {
        QPointer<QObject> context;
        std::function<void(quint64)> start;
    };
    struct Slot
    {
        quint64 id = 0;
        qint64 at = 0; // steady-clock ms: start, then reply
    };
    struct Lane
    {
        QList<Slot> recent;
        std::deque<Waiting> queue;
        QTimer *timer = nullptr;
    };

    void drain(const QByteArray &key);
    static qint64 nowMs();

    int m_max;
    std::chrono::milliseconds m_window;
    quint64 m_nextSlot = 1;
    QHash<QByteArray, Lane> m_lanes;
};
