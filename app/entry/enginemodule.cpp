// The engine module: the second half of the entry point, loaded by main() after the first frame. It holds the
// cache, the network layer, the outboxes and every screen that uses them, with the Qt libraries they need, so
// that the executable itself links Qt Widgets only (issue 2: start-up within 1.5x a bare QMainWindow).
#include "engine.h"
#include "enginemodulecontract.h"
#include "launchoptions.h"
#include "mainwindowcontroller.h"
#include "net/logfile.h"
#include "synconce.h"
#include "windowframe.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <type_traits>

namespace {

// The engine and the screens it feeds; the screens go first, then the engine.
class EngineSession : public QObject
{
public:
    EngineSession(WindowFrame &frame, const LaunchOptions &options)
        : m_engine(options), m_controller(frame, m_engine)
    {}

    Engine &engine() { return m_engine; }

private:
    Engine m_engine;
    MainWindowController m_controller;
};

} // namespace

extern "C" {

Q_DECL_EXPORT const char *spodeskEngineModule()
{
    static const QByteArray identity =
        QByteArrayLiteral(SPODESK_VERSION "/") + QByteArray::number(EngineModuleContract::Revision);
    return identity.constData();
}

Q_DECL_EXPORT QObject *spodeskStartSession(WindowFrame *frame, const QStringList *arguments, QString *error)
{
    LaunchOptions options;
    if (!options.parse(*arguments, error))
        return nullptr;
    auto *session = new EngineSession(*frame, options);
    Engine &engine = session->engine();
    if (options.quitAfterFirstPaint) {
        // The figures were printed at the first paint; a first demo start is still saving the college, so
        // quit once the cache is complete and the next start (what the benchmark measures) finds it built.
        QObject::connect(&engine, &Engine::ready, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        QObject::connect(
            &engine, &Engine::failed, qApp, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    }
    // Every category's lines, redacted, into a rotating file of the data folder (and stderr as before).
    LogFile::install(QDir(options.resolvedDataDir()).filePath(QStringLiteral("logs")));
    engine.start();
    // The network layer, the demo services and sending in the background follow once the cache is ready.
    if (!options.quitAfterFirstPaint)
        engine.startBackground();
    return session;
}

Q_DECL_EXPORT int spodeskSyncOnce(const QStringList *arguments)
{
    LaunchOptions options;
    QString error;
    if (!options.parse(*arguments, &error)) {
        std::fprintf(stderr, "spodesk: %s\n", qUtf8Printable(error));
        return 2;
    }
    return runSyncOnce(options);
}

} // extern "C"

static_assert(std::is_same_v<decltype(&spodeskEngineModule), EngineModuleContract::IdentityFunction>);
static_assert(std::is_same_v<decltype(&spodeskStartSession), EngineModuleContract::StartFunction>);
static_assert(std::is_same_v<decltype(&spodeskSyncOnce), EngineModuleContract::SyncOnceFunction>);
