#pragma once

#include "sandboxsettings.h"

#include <QObject>
#include <QString>
#include <QThread>

struct CollegeData;
class SandboxServer;

// Runs a SandboxServer on its own thread, so that a slow fault (latency, a hang) never stalls the thread that
// asked for it — the GUI thread under `spodesk --demo`:
//
//     SandboxHost sandbox;
//     if (!sandbox.start(Demo::generateDemoCollege(DemoCollegeSize::Default)))
//         qWarning() << sandbox.errorString();
//     sandbox.server()->sgoBaseUrl(); …
//
// start() waits only for the server to be built and bound on 127.0.0.1 (milliseconds, even for the large
// college). Through server(), call only what SandboxServer says is thread-safe (the URLs and ids after start,
// faults(), setFaults(), requestCount()); connect to its signals with queued connections.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    bool start(const CollegeData &college, const SandboxSettings &settings = {}, quint16 port = 0);
    void stop();
    SandboxServer *server() const { return m_server; }
    QString errorString() const { return m_errorString; }

private:
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    QString m_errorString;
};
