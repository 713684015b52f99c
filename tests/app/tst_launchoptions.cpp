#include "launchoptions.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

class TestLaunchOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void sandboxFaultsGoWithTheDemo();
    void cacheFileFollowsDemoAndScale_data();
    void cacheFileFollowsDemoAndScale();
    void defaultDataDirIsAppLocalData();
};

using Scale = LaunchOptions::DemoScale;
Q_DECLARE_METATYPE(LaunchOptions::DemoScale)

void TestLaunchOptions::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<Scale>("scale");
    QTest::addColumn<QString>("dataDir");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("quitAfterFirstPaint");
    QTest::addColumn<bool>("version");
    QTest::addColumn<bool>("help");

    const QString none;
    QTest::newRow("nothing: the real college")
        << QStringList{} << false << Scale::Default << none << none << false << false << false;
    QTest::newRow("--demo") << QStringList{QStringLiteral("--demo")} << true << Scale::Default << none << none
                            << false << false << false;
    QTest::newRow("--demo --scale large")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--scale"), QStringLiteral("large")} << true
        << Scale::Large << none << none << false << false << false;
    QTest::newRow("--demo --scale=default")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--scale=default")} << true << Scale::Default
        << none << none << false << false << false;
    QTest::newRow("--data-dir DIR") << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/tmp/spo")}
                                    << false << Scale::Default << QStringLiteral("/tmp/spo") << none << false
                                    << false << false;
    QTest::newRow("--lang ru") << QStringList{QStringLiteral("--lang"), QStringLiteral("ru")} << false
                               << Scale::Default << none << QStringLiteral("ru") << false << false << false;
    QTest::newRow("--lang=en") << QStringList{QStringLiteral("--lang=en")} << false << Scale::Default << none
                               << QStringLiteral("en") << false << false << false;
    QTest::newRow("--quit-after-first-paint")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--quit-after-first-paint")} << true
        << Scale::Default << none << none << true << false << false;
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << false << Scale::Default << none
                               << none << false << true << false;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << false << Scale::Default << none
                            << none << false << false << true;
}

void TestLaunchOptions::parses()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(QStringLiteral("spodesk"));
    LaunchOptions options;
    QString error;
    QVERIFY2(options.parse(arguments, &error), qPrintable(error));
    QTEST(options.demo, "demo");
    QTEST(options.scale, "scale");
    QTEST(options.dataDir, "dataDir");
    QTEST(options.language, "language");
    QTEST(options.quitAfterFirstPaint, "quitAfterFirstPaint");
    QTEST(options.wantsVersion, "version");
    QTEST(options.wantsHelp, "help");
    QVERIFY(options.helpText.contains(QLatin1String("--data-dir")));
}

void TestLaunchOptions::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("unknown option") << QStringList{QStringLiteral("--demoo")} << QStringLiteral("demoo");
    QTest::newRow("bad scale") << QStringList{QStringLiteral("--demo"), QStringLiteral("--scale"),
                                              QStringLiteral("huge")}
                               << QStringLiteral("huge");
    QTest::newRow("scale without demo")
        << QStringList{QStringLiteral("--scale"), QStringLiteral("large")} << QStringLiteral("--demo");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")}
                                  << QStringLiteral("de");
    QTest::newRow("language without value")
        << QStringList{QStringLiteral("--lang")} << QStringLiteral("lang");
    QTest::newRow("empty data dir") << QStringList{QStringLiteral("--data-dir=")}
                                    << QStringLiteral("data-dir");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("college.sqlite")}
                                    << QStringLiteral("college.sqlite");
    QTest::newRow("sandbox faults without demo")
        << QStringList{QStringLiteral("--sandbox-faults=latency=100")} << QStringLiteral("add --demo");
    QTest::newRow("unknown sandbox fault")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--sandbox-faults=earthquake")}
        << QStringLiteral("--sandbox-faults");
}

void TestLaunchOptions::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorMentions);
    arguments.prepend(QStringLiteral("spodesk"));
    LaunchOptions options;
    QString error;
    QVERIFY(!options.parse(arguments, &error));
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
}

void TestLaunchOptions::sandboxFaultsGoWithTheDemo()
{
    LaunchOptions options;
    QString error;
    QVERIFY2(options.parse({QStringLiteral("spodesk"), QStringLiteral("--demo"),
                            QStringLiteral("--sandbox-faults"), QStringLiteral("errors=30,services=xapi")},
                           &error),
             qPrintable(error));
    QCOMPARE(options.sandboxFaults, QStringLiteral("errors=30,services=xapi"));
}

void TestLaunchOptions::cacheFileFollowsDemoAndScale_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fileName");

    QTest::newRow("real college") << QStringList{} << QStringLiteral("college.sqlite");
    QTest::newRow("demo") << QStringList{QStringLiteral("--demo")} << QStringLiteral("demo.sqlite");
    QTest::newRow("large demo") << QStringList{QStringLiteral("--demo"), QStringLiteral("--scale=large")}
                                << QStringLiteral("demo-large.sqlite");
}

void TestLaunchOptions::cacheFileFollowsDemoAndScale()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fileName);
    arguments.prepend(QStringLiteral("spodesk"));
    arguments << QStringLiteral("--data-dir") << QStringLiteral("relative/dir/");
    LaunchOptions options;
    QString error;
    QVERIFY2(options.parse(arguments, &error), qPrintable(error));
    QCOMPARE(options.resolvedDataDir(),
             QDir::cleanPath(QDir::current().absoluteFilePath(QStringLiteral("relative/dir"))));
    QCOMPARE(options.cacheFilePath(), options.resolvedDataDir() + QLatin1Char('/') + fileName);
}

void TestLaunchOptions::defaultDataDirIsAppLocalData()
{
    LaunchOptions options;
    QString error;
    QVERIFY(options.parse({QStringLiteral("spodesk"), QStringLiteral("--demo")}, &error));
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(options.resolvedDataDir(), expected);
    QVERIFY(options.cacheFilePath().startsWith(expected));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SPO Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("spodesk"));
    QStandardPaths::setTestModeEnabled(true);
    TestLaunchOptions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_launchoptions.moc"
