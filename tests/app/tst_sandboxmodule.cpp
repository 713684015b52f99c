// The sandbox as `--demo` loads it: a module of its own (libspodesk-sandbox.so), found, checked for its
// version and started by DemoServices, and a sentence for the person when it is missing or foreign. The
// tests' module is the build tree's, named by $SPODESK_SANDBOX_MODULE (tests/CMakeLists.txt).

#include "tst_sandboxkit.h"

#include "demoservices.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void startsTheSandboxFromTheModule();
    void missingModuleIsSaid();
    void foreignLibraryIsRefused();

private:
    QByteArray m_module;
};

void TestSandboxModule::initTestCase()
{
    m_module = qgetenv("SPODESK_SANDBOX_MODULE");
    QVERIFY2(!m_module.isEmpty(), "run through ctest, which names the built module");
}

void TestSandboxModule::cleanup()
{
    qputenv("SPODESK_SANDBOX_MODULE", m_module);
}

void TestSandboxModule::startsTheSandboxFromTheModule()
{
    QString error;
    std::unique_ptr<DemoSandbox> sandbox = DemoServices::startSandbox(SandboxKit::smallCollege(), &error);
    QVERIFY2(sandbox, qPrintable(error));
    const DemoSandbox::Services services = sandbox->services();
    QCOMPARE(services.sgoBase.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(services.sgoBase.port() > 0);
    QCOMPARE(services.vkToken, QStringLiteral("demo-vk-token"));
    const ServiceHub::DemoSetup setup = DemoServices::demoSetup(services, QStringLiteral("admin"));
    QCOMPARE(setup.xapiBase, services.xapiBase);
    QCOMPARE(setup.sgoSchool, QString::number(services.sgoSchoolId));

    // It serves: the xAPI endpoint's about, over loopback, from the module's own thread.
    QNetworkAccessManager manager;
    QNetworkReply *reply =
        manager.get(QNetworkRequest(QUrl(services.xapiBase.toString() + QStringLiteral("/about"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
}

void TestSandboxModule::missingModuleIsSaid()
{
    QTemporaryDir empty;
    const QString path = empty.filePath(QStringLiteral("libspodesk-sandbox.so"));
    qputenv("SPODESK_SANDBOX_MODULE", path.toLocal8Bit());
    QCOMPARE(DemoServices::sandboxModulePaths(), QStringList{path});
    QString error;
    QVERIFY(!DemoServices::startSandbox(SandboxKit::smallCollege(), &error));
    QVERIFY2(error.contains(QStringLiteral("is not installed")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
}

void TestSandboxModule::foreignLibraryIsRefused()
{
    // A loadable library that is not this build's sandbox module: Qt's own Core library will do.
    const QString qtCore = QLibraryInfo::path(QLibraryInfo::LibrariesPath) + QStringLiteral("/libQt6Core.so.6");
    QVERIFY2(QFileInfo::exists(qtCore), qPrintable(qtCore));
    qputenv("SPODESK_SANDBOX_MODULE", qtCore.toLocal8Bit());
    QString error;
    QVERIFY(!DemoServices::startSandbox(SandboxKit::smallCollege(), &error));
    QVERIFY2(error.contains(QStringLiteral("belongs to another version")), qPrintable(error));
}

QTEST_MAIN(TestSandboxModule)
#include "tst_sandboxmodule.moc"
