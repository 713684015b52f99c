#pragma once

#include "launchoptions.h"
#include "net/sgoadmincalls.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class BackgroundSync;
class BasExtensionCatalogue;
class CollegeRefresh;
class CollegeRepository;
class DemoServices;
class FootprintStore;
class JournalBackend;
class QThread;
class ServiceHub;
class SgoSignIn;
class SyncState;
class Cache;

// The composition root of the engine: builds the cache, the network layer and the outboxes and hands
// references to the UI. A real college's cache belongs to the SGO account signed in (openAccount(), after the
// connect page); the demo's to the demo. Either way the college arrives by the same road: the first sync from
// SGO (the in-process sandbox under --demo), then a refresh in the background. Nothing here blocks the GUI
// thread: the cache is opened, upgraded and written on the store's own thread.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(const LaunchOptions &options, QObject *parent = nullptr);
    ~Engine() override;

    const LaunchOptions &options() const { return m_options; }

    // --demo: opens the demo's cache off the GUI thread and loads the demo college into it on the first
    // start; emits ready() or failed(). A real college: signInNeeded(), and openAccount() goes on. Safe to
    // call once.
    void start();
    bool isReady() const { return m_ready; }
    // A real college whose person has not signed in yet (or signed out).
    bool needsSignIn() const { return m_needsSignIn; }

    // The connect page's steps (a real college).
    SgoSignIn &sgoSignIn();
    // Signed in to SGO as this person: opens their cache and, the first time, loads the college (progress(),
    // cancelFirstSync()); then ready().
    void openAccount(const SgoAdminCalls::Context &account);
    // Who is signed in to SGO (a real college), as SGO says.
    const std::optional<SgoAdminCalls::Context> &account() const { return m_account; }
    // Closes the account's cache, ends the SGO session; signInNeeded() follows.
    void signOut();
    // «Удалить данные с этого компьютера»: signs out, then removes the account's cache, its log lines and its
    // keychain entries. done(error) with a sentence for the person when something could not be removed.
    void forgetAccount(std::function<void(const QString &problem)> done);
    // «Отмена» during the first sync: what has arrived stays, the screens open, the rest follows later.
    void cancelFirstSync();
    bool isFirstSyncRunning() const { return m_firstSync; }
    // «Обновить» (F5): what changed in SGO, now.
    void refreshCollege();
    // Null until the cache is open.
    CollegeRefresh *collegeRefresh() const { return m_refresh.get(); }

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
    // A real college without a signed-in person: the connect page asks.
    void signInNeeded();
    // The first sync of a college began: the window shows its progress with «Отмена».
    void firstSyncStarted();
    // A refresh brought changes from SGO: the screens read again.
    void collegeChanged();

private:
    void openCache(const QString &path);
    void startFirstSync();
    void startDemoServices();
    void ensureRefresh();
    void closeCache();
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
    std::unique_ptr<SgoSignIn> m_signIn;
    std::unique_ptr<QThread> m_forgetter; // removing a signed-out account's files
    std::unique_ptr<CollegeRefresh> m_refresh;
    std::optional<SgoAdminCalls::Context> m_account;
    std::unique_ptr<BasExtensionCatalogue> m_catalogue;
    std::unique_ptr<FootprintStore> m_footprintStore;
    std::unique_ptr<DemoServices> m_demoServices;
    std::unique_ptr<BackgroundSync> m_backgroundSync;
    bool m_backgroundWanted = false;
    bool m_backgroundStarted = false;
    bool m_needsSignIn = false;
    bool m_firstSync = false;
    bool m_demoServicesReady = false;
};
