#include "enginemodule.h"
#include "extensionchevronstyle.h"
#include "firstpaintwatcher.h"
#include "launchoptions.h"
#include "localization.h"
#include "processstats.h"
#include "shellwindow.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// How long a window that is not painted (minimised, hidden) waits before loading the engine all the same.
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
    EngineModule engine;
    if (options.syncOnce) {
        QCoreApplication application(argc, argv); // no window, no display needed
        // Its lines are for a person reading a scheduled task's log: in their language, as the window is.
        Localization::install(application, Localization::languageFor(options.language, QLocale::system()));
        if (!engine.load(&error)) {
            std::fprintf(stderr, "spodesk: %s\n", qUtf8Printable(error));
            return 3;
        }
        return engine.syncOnce(QCoreApplication::arguments());
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

    // Qt Widgets only until the first frame: the window paints its start-up page, then loads the engine
    // module (the cache, the network layer and their libraries, which cost start-up a tenth of its time),
    // which fills the window and opens the cache on the store's thread. A window that is never painted
    // (started minimised) loads it a little later anyway. The window icon waits too: an SVG icon loads Qt's
    // SVG plugins, which the start-up page does not show.
    ShellWindow window;
    if (options.quitAfterFirstPaint) {
        auto *watcher = new FirstPaintWatcher(&window);
        QObject::connect(watcher, &FirstPaintWatcher::firstPaint, &application, [] {
            const qint64 elapsed = msSinceProcessStart();
            std::printf("first-paint-ms: %lld\nrss-kib: %lld\n", static_cast<long long>(elapsed),
                        static_cast<long long>(residentSetKiB()));
            std::fflush(stdout);
        });
    }
    window.show();

    std::unique_ptr<QObject> session; // goes before the window: its screens are in it
    bool engineLoaded = false;
    const auto afterFirstFrame = [&] {
        if (engineLoaded)
            return;
        engineLoaded = true;
        if (QGuiApplication::windowIcon().isNull())
            QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/spodesk.svg")));
        QString problem;
        if (engine.load(&problem))
            session.reset(engine.startSession(window, QCoreApplication::arguments(), &problem));
        if (!session) {
            std::fprintf(stderr, "spodesk: %s\n", qUtf8Printable(problem));
            window.showStartFailure(problem);
            if (options.quitAfterFirstPaint)
                QCoreApplication::exit(1);
        }
    };
    auto *firstFrame = new FirstPaintWatcher(&window);
    QObject::connect(firstFrame, &FirstPaintWatcher::firstPaint, &application, afterFirstFrame,
                     Qt::QueuedConnection);
    QTimer::singleShot(StartEngineUnpaintedMs, &application, afterFirstFrame);
    return application.exec();
}
