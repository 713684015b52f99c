// The yardstick for start-up: a bare QApplication with an empty QMainWindow of SPO Desk's size, measured
// exactly as spodesk --quit-after-first-paint measures itself (same FirstPaintWatcher, same ProcessStats).
// With --with-label it shows one line of Russian text: what any window that draws text pays (fonts), for
// reference beside the bare one.
#include "firstpaintwatcher.h"
#include "processstats.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const bool quitAfterFirstPaint =
        application.arguments().contains(QStringLiteral("--quit-after-first-paint"));

    QMainWindow window;
    window.resize(1200, 780);
    if (application.arguments().contains(QStringLiteral("--with-label")))
        window.setCentralWidget(new QLabel(QStringLiteral("Журнал успеваемости")));
    if (quitAfterFirstPaint) {
        auto *watcher = new FirstPaintWatcher(&window);
        QObject::connect(watcher, &FirstPaintWatcher::firstPaint, &application, [&application] {
            std::printf("first-paint-ms: %lld\nrss-kib: %lld\n",
                        static_cast<long long>(msSinceProcessStart()),
                        static_cast<long long>(residentSetKiB()));
            std::fflush(stdout);
            QTimer::singleShot(0, &application, &QApplication::quit);
        });
    }
    window.show();
    return application.exec();
}
