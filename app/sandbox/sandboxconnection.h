#pragma once

#include <QPointer>
#include <QTcpSocket>

struct SandboxReply;

// The way back to the client of one request. A cheap handle: copies may wait in timers (latency), and a
// connection the client closed in the meantime swallows the reply.
class SandboxConnection
{
public:
    SandboxConnection(QTcpSocket *socket, bool keepAlive, bool isHead);

    bool isOpen() const;
    void send(const SandboxReply &reply) const;
    // Headers and half the body, then the connection is closed: the client sees the remote host close
    // mid-reply.
    void sendCut(const SandboxReply &reply) const;

private:
    QPointer<QTcpSocket> m_socket;
    bool m_keepAlive = true;
    bool m_isHead = false;
};
