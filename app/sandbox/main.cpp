// spodesk-sandbox: serves the demo college's SGO, VK, xAPI and object storage on loopback until killed.
#include "sandboxserver.h"

#include "demo/democollegegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spodesk-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loopback stand-in for SGO, the VK API, an xAPI LRS and S3-style storage, serving the demo college.\n"
        "SGO: every staff login, password demo-password-2026. VK: token demo-vk-token (the college admin),\n"
        "demo-vk-group-token (the community). xAPI: Basic demo:demo. Storage: SigV4 demo-access-key /\n"
        "demo-secret-key, region us-east-1. Faults: GET/POST /sandbox/faults.\n"
        "Changing the SGO college while the app runs (JSON bodies; app/sandbox/sgo-calls.md):\n"
        "  POST /sandbox/sgo/marks {\"lessonId\",\"studentId\",\"value\",\"absent\"}\n"
        "  POST /sandbox/sgo/orders {\"kind\":\"enrolment\",\"groupId\",\"student\":{…}}\n"
        "    or {\"kind\":\"withdrawal\",\"studentId\"} (both may name \"date\" and \"number\")\n"
        "  DELETE /sandbox/sgo/lessons/ID\n"
        "The next pull of webapi/sync brings each change as a delta."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: a free one)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Demo college size: default or large."),
                                         QStringLiteral("size"), QStringLiteral("default"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral(
            "Faults to switch on: latency=MS,errors=PERCENT,failnext=N,hang,malformed=PERCENT,ratelimit,"
            "close,services=sgo+vk+xapi+storage,seed=N"),
        QStringLiteral("list"));
    parser.addOptions({portOption, scaleOption, faultsOption});
    parser.process(app);

    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "spodesk-sandbox: --port takes a number from 0 to 65535\n";
        return 2;
    }
    const QString scale = parser.value(scaleOption);
    if (scale != QLatin1String("default") && scale != QLatin1String("large")) {
        err << "spodesk-sandbox: --scale is default or large\n";
        return 2;
    }
    SandboxFaults faults;
    QString error;
    if (parser.isSet(faultsOption) && !SandboxFaults::parse(parser.value(faultsOption), &faults, &error)) {
        err << "spodesk-sandbox: " << error << '\n';
        return 2;
    }

    const CollegeData college = Demo::generateDemoCollege(
        scale == QLatin1String("large") ? DemoCollegeSize::Large : DemoCollegeSize::Default);
    SandboxServer server(college);
    server.setFaults(faults);
    if (!server.start(QHostAddress::LocalHost, quint16(port))) {
        err << "spodesk-sandbox: " << server.errorString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
