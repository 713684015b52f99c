// The sandbox's faults: each kind is what a client sees, they are reproducible from the seed, switchable in
// code, over HTTP and as text; the sandbox only ever listens on loopback and can run on its own thread.
#include "tst_sandboxkit.h"

#include "sandboxhost.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

using namespace SandboxKit;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void latencyHoldsTheReply();
    void errorsAnswer5xxWithoutServing();
    void failNextCountsDown();
    void hangLeavesTheClientToItsTimeout();
    void malformedBodiesDoNotParse();
    void closeCutsTheReply();
    void faultsHitOnlyTheChosenServices();
    void sameSeedSameOutcomes();
    void switchableOverHttp();
    void textForm_data();
    void textForm();
    void badTextIsRefused();
    void listensOnLoopbackOnly_data();
    void listensOnLoopbackOnly();
    void hostRunsOnItsOwnThread();

private:
    Response vkCall(const QString &method, const QList<QPair<QString, QString>> &parameters,
                    int transferTimeoutMs = 0);
    Response about(QNetworkAccessManager &network, const QUrl &xapiBase, int transferTimeoutMs = 0);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>(smallCollege());
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxFaults::cleanup()
{
    m_network.reset();
    m_server.reset();
}

Response TestSandboxFaults::vkCall(const QString &method, const QList<QPair<QString, QString>> &parameters,
                                   int transferTimeoutMs)
{
    QUrlQuery query{{QStringLiteral("v"), QStringLiteral("5.199")},
                    {QStringLiteral("access_token"), QStringLiteral("demo-vk-token")}};
    for (const auto &[key, value] : parameters)
        query.addQueryItem(key, value);
    QNetworkRequest r = request(withPath(m_server->vkApiBaseUrl(), QLatin1Char('/') + method, query));
    r.setTransferTimeout(transferTimeoutMs);
    return await(m_network->get(r));
}

Response TestSandboxFaults::about(QNetworkAccessManager &network, const QUrl &xapiBase, int transferTimeoutMs)
{
    QNetworkRequest r = request(withPath(xapiBase, QStringLiteral("/about")));
    r.setTransferTimeout(transferTimeoutMs);
    return await(network.get(r));
}

void TestSandboxFaults::latencyHoldsTheReply()
{
    SandboxFaults faults;
    faults.latencyMs = 300;
    m_server->setFaults(faults);
    QElapsedTimer clock;
    clock.start();
    const Response reply = about(*m_network, m_server->xapiBaseUrl());
    QCOMPARE(reply.status, 200);
    QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));
    // The connection is still good for the next request.
    QCOMPARE(about(*m_network, m_server->xapiBaseUrl()).status, 200);
}

void TestSandboxFaults::errorsAnswer5xxWithoutServing()
{
    SandboxFaults faults;
    faults.errorRatePercent = 100;
    m_server->setFaults(faults);
    QSet<int> statuses;
    for (int i = 0; i < 8; ++i) {
        const Response reply = vkCall(QStringLiteral("messages.createChat"),
                                      {{QStringLiteral("title"), QStringLiteral("Группа")}});
        QVERIFY(reply.status == 500 || reply.status == 503);
        QVERIFY(reply.error != QNetworkReply::NoError);
        statuses.insert(reply.status);
    }
    QCOMPARE(statuses, (QSet<int>{500, 503}));

    m_server->setFaults({});
    const Response created =
        vkCall(QStringLiteral("messages.createChat"), {{QStringLiteral("title"), QStringLiteral("Группа")}});
    // None of the refused requests made a chat.
    QCOMPARE(created.object()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("chat_id"))
                 .toInt(),
             1);
}

void TestSandboxFaults::failNextCountsDown()
{
    SandboxFaults faults;
    faults.failNext = 2;
    m_server->setFaults(faults);
    for (int i = 0; i < 2; ++i) {
        const Response refused = about(*m_network, m_server->xapiBaseUrl());
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
    }
    QCOMPARE(m_server->faults().failNext, 0);
    QCOMPARE(about(*m_network, m_server->xapiBaseUrl()).status, 200);
    QCOMPARE(m_server->requestCount(SandboxService::Xapi), 3);
}

void TestSandboxFaults::hangLeavesTheClientToItsTimeout()
{
    SandboxFaults faults;
    faults.hang = true;
    m_server->setFaults(faults);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    QElapsedTimer clock;
    clock.start();
    const Response reply = about(*m_network, m_server->xapiBaseUrl(), 300);
    QVERIFY(reply.finished);
    QVERIFY2(reply.error == QNetworkReply::OperationCanceledError ||
                 reply.error == QNetworkReply::TimeoutError,
             qPrintable(QString::number(reply.error)));
    QVERIFY(clock.elapsed() >= 250); // the client's timer is coarse
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.first().at(2).toInt(), 0);

    m_server->setFaults({});
    QCOMPARE(about(*m_network, m_server->xapiBaseUrl()).status, 200);
}

void TestSandboxFaults::malformedBodiesDoNotParse()
{
    SandboxFaults faults;
    faults.malformedRatePercent = 100;
    m_server->setFaults(faults);
    QSet<QByteArray> bodies;
    for (int i = 0; i < 6; ++i) {
        const Response reply = vkCall(QStringLiteral("groups.getById"),
                                      {{QStringLiteral("group_id"), QStringLiteral("225001")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        bodies.insert(reply.body);
    }
    QCOMPARE(bodies.size(), 2); // cut in half, and garbage
}

void TestSandboxFaults::closeCutsTheReply()
{
    SandboxFaults faults;
    faults.closeConnection = true;
    m_server->setFaults(faults);
    const Response reply =
        vkCall(QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), QStringLiteral("225001")}});
    QVERIFY(reply.finished);
    QVERIFY2(reply.error == QNetworkReply::RemoteHostClosedError ||
                 reply.error == QNetworkReply::ProtocolFailure,
             qPrintable(QString::number(reply.error)));
    QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
}

void TestSandboxFaults::faultsHitOnlyTheChosenServices()
{
    SandboxFaults faults;
    faults.errorRatePercent = 100;
    faults.services = SandboxService::Vk;
    m_server->setFaults(faults);
    QCOMPARE(
        vkCall(QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), QStringLiteral("225001")}})
                .status /
            100,
        5);
    QCOMPARE(about(*m_network, m_server->xapiBaseUrl()).status, 200);
    QCOMPARE(
        await(m_network->get(request(withPath(m_server->sgoBaseUrl(), QStringLiteral("/webapi/logindata")))))
            .status,
        200);
}

void TestSandboxFaults::sameSeedSameOutcomes()
{
    SandboxFaults faults;
    faults.errorRatePercent = 30;
    faults.malformedRatePercent = 20;
    faults.seed = 7;
    auto outcomes = [this, &faults]() {
        SandboxServer server(smallCollege());
        server.setFaults(faults);
        if (!server.start())
            return QList<int>();
        QList<int> result;
        for (int i = 0; i < 30; ++i) {
            const Response reply = about(*m_network, server.xapiBaseUrl());
            result << (reply.status == 200 && QJsonDocument::fromJson(reply.body).isNull() ? -200
                                                                                           : reply.status);
        }
        return result;
    };
    const QList<int> first = outcomes();
    QCOMPARE(first.size(), 30);
    QCOMPARE(outcomes(), first);
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(-200));
    QVERIFY(first.contains(500) || first.contains(503));
}

void TestSandboxFaults::switchableOverHttp()
{
    const QUrl control = withPath(m_server->baseUrl(), QStringLiteral("/sandbox/faults"));
    QNetworkRequest post = request(control);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const Response set =
        await(m_network->post(post, R"({"hang": true, "latencyMs": 50, "services": "vk+xapi"})"));
    QCOMPARE(set.status, 200);
    QCOMPARE(set.object().value(QStringLiteral("hang")).toBool(), true);
    QCOMPARE(m_server->faults().latencyMs, 50);
    QCOMPARE(m_server->faults().services, SandboxServices(SandboxService::Vk) | SandboxService::Xapi);

    // The control endpoint is never faulted, so a hang can be switched off by hand.
    const Response current = await(m_network->get(request(control)));
    QCOMPARE(current.status, 200);
    QCOMPARE(current.object(), m_server->faults().toJson());
    QCOMPARE(await(m_network->post(post, R"({"hang": false})")).status, 200);
    QCOMPARE(m_server->faults().hang, false);
    QCOMPARE(m_server->faults().latencyMs, 50);

    QCOMPARE(await(m_network->post(post, R"({"hang": "yes"})")).status, 400);
    QCOMPARE(await(m_network->post(post, R"({"gremlins": 1})")).status, 400);
    QCOMPARE(m_server->faults().latencyMs, 50);
}

void TestSandboxFaults::textForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SandboxFaults>("expected");

    SandboxFaults latency;
    latency.latencyMs = 2000;
    latency.errorRatePercent = 30;
    QTest::newRow("latency and errors") << "latency=2000,errors=30" << latency;

    SandboxFaults flags;
    flags.hang = true;
    flags.rateLimit = true;
    flags.closeConnection = true;
    flags.malformedRatePercent = 100;
    QTest::newRow("bare flags mean on") << "hang,ratelimit,close,malformed" << flags;

    SandboxFaults scoped;
    scoped.failNext = 3;
    scoped.services = SandboxServices(SandboxService::Sgo) | SandboxService::Storage;
    scoped.seed = 7;
    QTest::newRow("aimed and seeded") << "failnext=3, services=sgo+storage, seed=7" << scoped;
}

void TestSandboxFaults::textForm()
{
    QFETCH(QString, text);
    QFETCH(SandboxFaults, expected);
    SandboxFaults parsed;
    QString error;
    QVERIFY2(SandboxFaults::parse(text, &parsed, &error), qPrintable(error));
    QVERIFY(parsed == expected);
    SandboxFaults again;
    QVERIFY(SandboxFaults::parse(parsed.toString(), &again, &error));
    QVERIFY(again == expected);
    SandboxFaults fromJson;
    QVERIFY(fromJson.mergeJson(parsed.toJson(), &error));
    QVERIFY(fromJson == expected);
}

void TestSandboxFaults::badTextIsRefused()
{
    SandboxFaults faults;
    faults.latencyMs = 10;
    QString error;
    QVERIFY(!SandboxFaults::parse(QStringLiteral("latency=abc"), &faults, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!SandboxFaults::parse(QStringLiteral("errors=101"), &faults, &error));
    QVERIFY(!SandboxFaults::parse(QStringLiteral("services=vk+mail"), &faults, &error));
    QVERIFY(!SandboxFaults::parse(QStringLiteral("gremlins"), &faults, &error));
    QCOMPARE(faults.latencyMs, 10);
}

void TestSandboxFaults::listensOnLoopbackOnly_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("any") << QHostAddress(QHostAddress::Any) << false;
    QTest::newRow("any IPv4") << QHostAddress(QHostAddress::AnyIPv4) << false;
    QTest::newRow("a LAN address") << QHostAddress(QStringLiteral("192.168.1.10")) << false;
    QTest::newRow("127.0.0.1") << QHostAddress(QHostAddress::LocalHost) << true;
}

void TestSandboxFaults::listensOnLoopbackOnly()
{
    QFETCH(QHostAddress, address);
    QFETCH(bool, allowed);
    SandboxServer server(smallCollege());
    QCOMPARE(server.start(address), allowed);
    QCOMPARE(server.isListening(), allowed);
    if (!allowed)
        QVERIFY(server.errorString().contains(QStringLiteral("loopback")));
    else
        QVERIFY(server.port() != 0);
}

void TestSandboxFaults::hostRunsOnItsOwnThread()
{
    m_server.reset();
    SandboxHost host;
    QVERIFY2(host.start(smallCollege()), qPrintable(host.errorString()));
    SandboxServer *server = host.server();
    QVERIFY(server);
    QVERIFY(server->thread() != QThread::currentThread());
    QCOMPARE(about(*m_network, server->xapiBaseUrl()).status, 200);

    // A hung reply stalls nobody but the client that asked, and only until its own timeout.
    SandboxFaults faults;
    faults.hang = true;
    server->setFaults(faults);
    QElapsedTimer clock;
    clock.start();
    bool timerFired = false;
    QTimer::singleShot(50, this, [&timerFired] { timerFired = true; });
    const Response hung = about(*m_network, server->xapiBaseUrl(), 300);
    QVERIFY(timerFired);
    QVERIFY(hung.error != QNetworkReply::NoError);

    server->setFaults({});
    QCOMPARE(about(*m_network, server->xapiBaseUrl()).status, 200);
    QSignalSpy destroyed(server, &QObject::destroyed);
    host.stop();
    QVERIFY(!host.server());
    QCOMPARE(destroyed.size(), 1); // on its own thread, before stop() returned
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
