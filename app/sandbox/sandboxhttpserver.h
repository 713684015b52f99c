#pragma once

#include "sandboxconnection.h"
#include "sandboxrequest.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpServer;

// Qt HttpServer parses the requests; replies are written by the sandbox itself (SandboxConnection), because
// faults need what QHttpServerResponder can't do: answer later, never, or only half.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const SandboxRequest &, const SandboxConnection &)>;

    explicit SandboxHttpServer(Handler handler, QObject *parent = nullptr);

    // The bound port, or 0 with *error set.
    quint16 listenOn(const QHostAddress &address, quint16 port, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
