#pragma once

#include "launchoptions.h"

#include <QObject>

#include <memory>

class BackgroundSync;
class BasExtensionCatalogue;
class CollegeRepository;
class DemoServices;
class FootprintStore;
class JournalBackend;
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
    // What the journal screens read and write through.
    JournalBackend &journals();
    Cache &cache();
    SyncState &syncState();
    // The network layer, built on first use so that start-up pays nothing for it.
    ServiceHub &services();
    // The «Расширения БАС» catalogue (U2035's fd.schema.json, from the resources); read on first use. Null
    // when it can't be read, which is reported through notice().
    const BasExtensionCatalogue *footprintCatalogue();
    // The ЦС screens' reads and writes (valid after ready()); null when the catalogue can't be read.
    FootprintStore *footprintStore();

    // After the first frame: the network layer, the demo services under --demo, and sending in the
    // background. Waits for ready() if needed; does its work once.
    void startBackground();
    // Something was queued for U2035 (an edit of «Расширения БАС», a diary): send without waiting.
    void footprintQueued();
    // «Отмена» of a long send (SyncState::progress()).
    void cancelSending();
    // The sending in the background; null before startBackground() has run.
    BackgroundSync *backgroundSync() const { return m_backgroundSync.get(); }

Q_SIGNALS:
    // Long first-start work (building the demo college): percent 0..100 and what is being done, translated.
    void progress(int percent, const QString &what);
    void ready();
    // The cache could not be used at all; message is for the user.
    void failed(const QString &message);
    // Something the user should know but that did not stop start-up (e.g. a corrupt cache was set aside).
    void notice(const QString &message);
    // The ЦС records changed behind the screens' back (the demo college's LMS record was stored).
    void footprintChanged();

private:
    void buildDemoCollege();
    void finishStart();
    void startSending();
    void queueDemoFootprint();

    LaunchOptions m_options;
    bool m_ready = false;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<CollegeRepository> m_college;
    std::unique_ptr<JournalBackend> m_journals;
    std::unique_ptr<SyncState> m_syncState;
    std::unique_ptr<ServiceHub> m_services;
    std::unique_ptr<QThread> m_generator;
    std::unique_ptr<BasExtensionCatalogue> m_catalogue;
    std::unique_ptr<FootprintStore> m_footprintStore;
    std::unique_ptr<DemoServices> m_demoServices;
    std::unique_ptr<BackgroundSync> m_backgroundSync;
    bool m_backgroundWanted = false;
    bool m_backgroundStarted = false;
};
