#pragma once

#include "launchoptions.h"

#include <QObject>

#include <memory>

class CollegeRepository;
class QThread;
class ServiceHub;
class SyncState;
class Cache;

// The composition root of the engine: builds the cache (and, later, the network layer and the outboxes) once
// and hands references to the UI. Nothing here blocks the GUI thread: opening the cache, upgrading it and
// building the demo college run on the store's own thread.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(const LaunchOptions &options, QObject *parent = nullptr);
    ~Engine() override;

    const LaunchOptions &options() const { return m_options; }

    // Opens the cache off the GUI thread; emits ready() or failed(). Safe to call once.
    void start();
    bool isReady() const { return m_ready; }

    // Valid after ready(): reads for the GUI thread (small indexed queries on a read-only connection).
    CollegeRepository &college();
    Cache &cache();
    SyncState &syncState();
    // The network layer, built on first use so that start-up pays nothing for it.
    ServiceHub &services();

Q_SIGNALS:
    // Long first-start work (building the demo college): percent 0..100 and what is being done, translated.
    void progress(int percent, const QString &what);
    void ready();
    // The cache could not be used at all; message is for the user.
    void failed(const QString &message);
    // Something the user should know but that did not stop start-up (e.g. a corrupt cache was set aside).
    void notice(const QString &message);

private:
    void buildDemoCollege();
    void finishStart();

    LaunchOptions m_options;
    bool m_ready = false;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<CollegeRepository> m_college;
    std::unique_ptr<SyncState> m_syncState;
    std::unique_ptr<ServiceHub> m_services;
    std::unique_ptr<QThread> m_generator;
};
