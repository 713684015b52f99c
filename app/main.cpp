#include "engine.h"
#include "extensionchevronstyle.h"
#include "firstpaintwatcher.h"
#include "launchoptions.h"
#include "localization.h"
#include "mainwindow.h"
#include "net/logfile.h"
#include "processstats.h"
#include "synconce.h"

#include <QApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

namespace {

// How long a window that is not painted (minimised, hidden) waits before opening the cache all the same.
constexpr int StartEngineUnpaintedMs = 500;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("SPO Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("spodesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPODESK_VERSION));

    // Parsed before QApplication exists, so --version, --help and a bad option need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    LaunchOptions options;
    QString error;
    if (!options.parse(arguments, &error)) {
        std::fprintf(stderr, "spodesk: %s\n", qUtf8Printable(error));
        return 2;
    }
    if (options.wantsVersion) {
        std::printf("spodesk %s\n", SPODESK_VERSION);
        return 0;
    }
    if (options.wantsHelp) {
        std::fputs(qUtf8Printable(options.helpText), stdout);
        return 0;
    }
    if (options.syncOnce) {
        QCoreApplication application(argc, argv); // no window, no display needed
        return runSyncOnce(options);
    }

    QApplication application(argc, argv);
    QApplication::setStyle(new ExtensionChevronStyle);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("SPO Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("spodesk"));
    // Again, now that Qt has the command line in full Unicode on every platform (argv is lossy on Windows).
    LaunchOptions unicodeOptions;
    if (unicodeOptions.parse(QCoreApplication::arguments(), nullptr))
        options = unicodeOptions;

    const QString language = Localization::languageFor(options.language, QLocale::system());
    if (!Localization::install(application, language))
        std::fprintf(stderr, "spodesk: no translation for \"%s\", showing English\n",
                     qUtf8Printable(language));

    Engine engine(options);
    MainWindow window(engine);
    if (options.quitAfterFirstPaint) {
        auto *watcher = new FirstPaintWatcher(&window);
        QObject::connect(watcher, &FirstPaintWatcher::firstPaint, &application, [&application, &engine] {
            const qint64 elapsed = msSinceProcessStart();
            std::printf("first-paint-ms: %lld\nrss-kib: %lld\n", static_cast<long long>(elapsed),
                        static_cast<long long>(residentSetKiB()));
            std::fflush(stdout);
            // A first demo start is still saving the college: quit once the cache is complete, so that the
            // next start (what the benchmark measures) finds it built.
            if (engine.isReady()) {
                QTimer::singleShot(0, &application, &QCoreApplication::quit);
                return;
            }
            QObject::connect(&engine, &Engine::ready, &application, &QCoreApplication::quit,
                             Qt::QueuedConnection);
            QObject::connect(
                &engine, &Engine::failed, &application, [] { QCoreApplication::exit(1); },
                Qt::QueuedConnection);
        });
    }
    window.show();
    // The cache opens on the store's thread, but starting that thread, loading the SQLite driver and opening
    // the file compete for the CPU with the first frame (issue 2): the window paints its start-up page, then
    // opens the log file and the cache. A window that is never painted (started minimised) does so a little
    // later anyway. The window icon waits too: an SVG icon loads Qt's SVG plugins, which the start-up page
    // does not show.
    const QString logDirectory = QDir(options.resolvedDataDir()).filePath(QStringLiteral("logs"));
    const auto afterFirstFrame = [&engine, logDirectory] {
        if (QGuiApplication::windowIcon().isNull())
            QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/spodesk.svg")));
        // Every category's lines, redacted, into a rotating file of the data folder (and stderr as before).
        LogFile::install(logDirectory);
        engine.start();
    };
    auto *firstFrame = new FirstPaintWatcher(&window);
    QObject::connect(firstFrame, &FirstPaintWatcher::firstPaint, &engine, afterFirstFrame,
                     Qt::QueuedConnection);
    QTimer::singleShot(StartEngineUnpaintedMs, &engine, afterFirstFrame);
    // The network layer, the demo services and sending in the background follow once the cache is ready.
    if (!options.quitAfterFirstPaint) {
        QObject::connect(firstFrame, &FirstPaintWatcher::firstPaint, &engine, &Engine::startBackground);
        QTimer::singleShot(StartEngineUnpaintedMs, &engine, &Engine::startBackground);
    }
    return application.exec();
}
