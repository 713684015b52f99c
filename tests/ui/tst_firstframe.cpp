#include "extensionchevronstyle.h"
#include "logowidget.h"
#include "shellwindow.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QProcess>
#include <QTest>
#include <QToolBar>

// What the first frame is made of (issue 2: start-up within 1.5x a bare QMainWindow): the executable loads Qt
// Widgets and no other library before it, the window loads none of Qt's image plugins, so the extension
// buttons' chevrons and the logo are drawn, and they must look right.
class TestFirstFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // First, while this process has loaded no picture yet.
    void firstFrameLoadsNoImagePlugin();
    void executableStartsWithQtWidgetsOnly();
    void extensionButtonsShowAChevron_data();
    void extensionButtonsShowAChevron();
    void otherIconsComeFromThePlatformStyle();
    void logoHasTheColoursOfTheSvg();

private:
    static int opaquePixels(const QImage &image);
};

void TestFirstFrame::initTestCase()
{
    QApplication::setStyle(new ExtensionChevronStyle); // as main() does
}

void TestFirstFrame::firstFrameLoadsNoImagePlugin()
{
#if defined(Q_OS_LINUX)
    ShellWindow window; // what main() paints before it loads the engine module
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();

    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY2(!mapped.contains("/imageformats/"), "the first frame loaded an image-format plugin");
    QVERIFY2(!mapped.contains("/iconengines/"), "the first frame loaded an icon-engine plugin");
    QVERIFY2(!mapped.contains("libQt6Svg"), "the first frame loaded Qt SVG");
#else
    QSKIP("reads the process's mapped files from /proc");
#endif
}

void TestFirstFrame::executableStartsWithQtWidgetsOnly()
{
#if defined(Q_OS_LINUX)
    // The dynamic loader lists what the executable loads before main() and exits (what ldd does).
    QProcess spodesk;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
    spodesk.setProcessEnvironment(environment);
    spodesk.start(QStringLiteral(SPODESK_EXECUTABLE), QStringList());
    QVERIFY(spodesk.waitForFinished(30000));
    QCOMPARE(spodesk.exitCode(), 0);
    const QByteArray loaded = spodesk.readAllStandardOutput();
    QVERIFY2(loaded.contains("libQt6Widgets"), loaded.constData());
    for (const char *library : {"libQt6Network", "libQt6Sql", "libQt6PrintSupport", "libQt6HttpServer",
                                "libQt6WebSockets", "libqt6keychain", "spodesk-engine"})
        QVERIFY2(!loaded.contains(library), library);
#else
    QSKIP("asks the Linux dynamic loader");
#endif
}

void TestFirstFrame::extensionButtonsShowAChevron_data()
{
    QTest::addColumn<int>("standardPixmap");
    QTest::addColumn<int>("side");
    QTest::newRow("menu bar or horizontal toolbar, 16 px")
        << int(QStyle::SP_ToolBarHorizontalExtensionButton) << 16;
    QTest::newRow("horizontal, 32 px") << int(QStyle::SP_ToolBarHorizontalExtensionButton) << 32;
    QTest::newRow("vertical toolbar, 16 px") << int(QStyle::SP_ToolBarVerticalExtensionButton) << 16;
}

void TestFirstFrame::extensionButtonsShowAChevron()
{
    QFETCH(int, standardPixmap);
    QFETCH(int, side);
    const QIcon icon = QApplication::style()->standardIcon(QStyle::StandardPixmap(standardPixmap));
    QVERIFY(!icon.isNull());
    const QImage active = icon.pixmap(side, side).toImage();
    QCOMPARE(active.size(), QSize(side, side));
    // Two strokes, well inside the square: something is drawn, and most of it stays clear.
    const int drawn = opaquePixels(active);
    QVERIFY2(drawn >= side && drawn < side * side / 2, qPrintable(QString::number(drawn)));
    QVERIFY(active != icon.pixmap(side, side, QIcon::Disabled).toImage()); // disabled is greyed

    const QImage horizontal =
        QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(32).toImage();
    const QImage vertical =
        QApplication::style()->standardIcon(QStyle::SP_ToolBarVerticalExtensionButton).pixmap(32).toImage();
    QVERIFY(horizontal != vertical);
    QCOMPARE(vertical.transformed(QTransform().rotate(-90)).size(), horizontal.size());
}

void TestFirstFrame::otherIconsComeFromThePlatformStyle()
{
    auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(proxy && proxy->baseStyle());
    QVERIFY(!QApplication::style()->standardIcon(QStyle::SP_DialogOkButton).isNull());
    QCOMPARE(QApplication::style()->pixelMetric(QStyle::PM_ToolBarExtensionExtent),
             proxy->baseStyle()->pixelMetric(QStyle::PM_ToolBarExtensionExtent));
}

void TestFirstFrame::logoHasTheColoursOfTheSvg()
{
    LogoWidget logo(256);
    QCOMPARE(logo.sizeHint(), QSize(256, 256));
    logo.resize(logo.sizeHint());
    QImage image(logo.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    logo.render(&image, QPoint(), QRegion(), QWidget::RenderFlags()); // without the window's background
    // Points in the SVG's 256-unit viewBox, away from any edge.
    QCOMPARE(QColor(image.pixel(30, 128)), QColor(0x1f, 0x5f, 0xa8));  // the blue square
    QCOMPARE(QColor(image.pixel(128, 75)), QColor(0xd9, 0xe6, 0xf5));  // the page's pale header
    QCOMPARE(QColor(image.pixel(100, 124)), QColor(Qt::white));        // the page, between two lines
    QCOMPARE(QColor(image.pixel(128, 112)), QColor(0x1f, 0x5f, 0xa8)); // the first line
    QCOMPARE(QColor(image.pixel(200, 205)), QColor(0xf2, 0xa5, 0x41)); // the orange badge
    QCOMPARE(qAlpha(image.pixel(4, 4)), 0);                            // the corner stays clear
}

int TestFirstFrame::opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
    }
    return count;
}

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
