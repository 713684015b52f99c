#include "sandboxhost.h"

#include "sandboxserver.h"

#include "college/collegedata.h"

SandboxHost::SandboxHost(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("spodesk-sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const CollegeData &college, const SandboxSettings &settings, quint16 port)
{
    stop();
    auto *server = new SandboxServer(college, settings);
    server->moveToThread(&m_thread);
    m_thread.start();
    bool started = false;
    // Bound on the server's own thread, where its sockets will live.
    QMetaObject::invokeMethod(
        server, [&] { started = server->start(QHostAddress::LocalHost, port); },
        Qt::BlockingQueuedConnection);
    m_server = server;
    m_errorString = server->errorString();
    if (!started)
        stop();
    return started;
}

void SandboxHost::stop()
{
    if (m_server) {
        // Posted to its thread; the thread deletes it on its way out, sockets and timers with it.
        m_server->deleteLater();
        m_server = nullptr;
    }
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}
