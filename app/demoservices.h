#pragma once

#include "launchoptions.h"
#include "servicehub.h"
#include "sandbox/demosandbox.h"

#include <QObject>
#include <QStringList>

#include <memory>

struct CollegeData;
class QThread;

// `spodesk --demo`: the in-process spodesk-sandbox on a free loopback port, standing in for SGO, VK, U2035's
// LRS and the object storage, with every service of the network layer pointed at it. The demo's keys are
// public and live only in this session's memory, never in the person's keychain. The sandbox's roster is the
// same deterministic demo college the cache holds, generated again off the GUI thread.
//
// The sandbox is a module of its own (libspodesk-sandbox.so / spodesk-sandbox.dll, with Qt HTTP Server and Qt
// WebSockets), loaded here under --demo alone: no other run loads it. DemoServices is the only part of the
// engine that knows it.
class DemoServices : public QObject
{
    Q_OBJECT
public:
    DemoServices(const LaunchOptions &options, ServiceHub &services, QObject *parent = nullptr);
    ~DemoServices() override;

    void start();

    // Where the sandbox module is looked for, in order: $SPODESK_SANDBOX_MODULE when set (the tests' build
    // tree), else beside the executable (the build tree, Windows), then the installed package's library
    // folder.
    static QStringList sandboxModulePaths();
    // Loads the sandbox module and starts its server serving college on its own thread. Null with *error (a
    // sentence for the person) when the module is missing, of another version, or can't listen.
    static std::unique_ptr<DemoSandbox> startSandbox(const CollegeData &college, QString *error);
    // The network layer's set-up for the sandbox: every service at its address with the demo's public
    // secrets, SGO signed in to as sgoAccount.
    static ServiceHub::DemoSetup demoSetup(const DemoSandbox::Services &sandbox, const QString &sgoAccount);

Q_SIGNALS:
    void ready();
    // For the person, translated.
    void failed(const QString &message);

private:
    void serve(const CollegeData &college);

    LaunchOptions::DemoScale m_scale;
    QString m_faults;
    ServiceHub &m_services;
    std::unique_ptr<QThread> m_generator;
    std::unique_ptr<DemoSandbox> m_sandbox;
};
