#pragma once

#include "launchoptions.h"

#include <QObject>

#include <memory>

struct CollegeData;
class QThread;
class SandboxHost;
class ServiceHub;

// `spodesk --demo`: the in-process spodesk-sandbox on a free loopback port, standing in for SGO, VK, U2035's
// LRS and the object storage, with every service of the network layer pointed at it. The demo's keys are
// public and live only in this session's memory, never in the person's keychain. The sandbox's roster is the
// same deterministic demo college the cache holds, generated again off the GUI thread.
class DemoServices : public QObject
{
    Q_OBJECT
public:
    DemoServices(const LaunchOptions &options, ServiceHub &services, QObject *parent = nullptr);
    ~DemoServices() override;

    void start();

Q_SIGNALS:
    void ready();
    // For the person, translated.
    void failed(const QString &message);

private:
    void startSandbox(const CollegeData &college);

    LaunchOptions::DemoScale m_scale;
    QString m_faults;
    ServiceHub &m_services;
    std::unique_ptr<QThread> m_generator;
    std::unique_ptr<SandboxHost> m_host;
};
