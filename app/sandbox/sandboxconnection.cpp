#include "sandboxconnection.h"

#include "sandboxreply.h"

SandboxConnection::SandboxConnection(QTcpSocket *socket, bool keepAlive, bool isHead)
    : m_socket(socket), m_keepAlive(keepAlive), m_isHead(isHead)
{}

bool SandboxConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SandboxConnection::send(const SandboxReply &reply) const
{
    if (!isOpen())
        return;
    m_socket->write(reply.serialize(!m_isHead, m_keepAlive));
    if (!m_keepAlive)
        m_socket->disconnectFromHost();
}

void SandboxConnection::sendCut(const SandboxReply &reply) const
{
    if (!isOpen())
        return;
    SandboxReply promised = reply;
    // A reply without a body would end cleanly after its headers; promise one so the cut always shows.
    if (promised.body.isEmpty() || promised.status == 204) {
        promised.status = 200;
        promised.body = QByteArray(64, ' ');
    }
    const QByteArray wire = promised.serialize(true, true);
    const qsizetype headerEnd = wire.indexOf("\r\n\r\n") + 4;
    m_socket->write(wire.left(headerEnd + promised.body.size() / 2));
    m_socket->disconnectFromHost();
}
