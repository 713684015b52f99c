// One job per request against a server that misbehaves on purpose: each fault kind ends in the right typed
// error, retries happen exactly as specified, and nothing sent is lost.

#include "tst_netkit.h"
#include "tst_sandboxkit.h"

#include "net/abstractnetworkjob.h"
#include "net/connectivitymonitor.h"
#include "net/lrsstatementsjob.h"
#include "net/networkaccess.h"
#include "net/requestrunner.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

// The smallest job: sends one request, keeps the body.
class ProbeJob : public AbstractNetworkJob
{
    Q_OBJECT
public:
    ProbeJob(const NetContext &context, const QUrl &url, QByteArray verb = "GET")
        : AbstractNetworkJob(context, NetError::Service::Generic), m_url(url), m_verb(std::move(verb))
    {
        setAutoDelete(false);
    }
    QByteArray body;

protected:
    Request prepare() override
    {
        Request request;
        request.verb = m_verb;
        request.url = m_url;
        return request;
    }
    NetError parseSuccess(int, const QByteArray &reply) override
    {
        body = reply;
        return {};
    }

private:
    QUrl m_url;
    QByteArray m_verb;
};

QJsonObject statement(const QString &id)
{
    QJsonObject s{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), QStringLiteral("1.0.3")},
        {QStringLiteral("timestamp"), QStringLiteral("2025-04-15T12:34:13+00:00")},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                     {QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("homePage"), QStringLiteral("https://my.2035.university")},
                                  {QStringLiteral("name"), QStringLiteral("0")}}}}},
        {QStringLiteral("verb"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("https://api.2035.university/connection.check")}}},
        {QStringLiteral("object"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("https://api.2035.university/connection.check")},
                     {QStringLiteral("objectType"), QStringLiteral("Activity")}}},
    };
    return s;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Waits for a job that does not delete itself.
bool runToEnd(AbstractNetworkJob &job, int timeoutMs = 20000)
{
    QSignalSpy finished(&job, &AbstractNetworkJob::finished);
    job.start();
    return job.isFinished() || finished.wait(timeoutMs);
}

} // namespace

class TestNetJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sandboxFaultEndsInTypedError_data();
    void sandboxFaultEndsInTypedError();
    void serverErrorsAreRetriedThenSucceed();
    void nothingIsLostUnderRandomErrors();
    void slowRepliesWithinTheTimeoutSucceed();

    void clientErrorIsNotRetried();
    void tooManyRequestsHonoursRetryAfterSeconds();
    void tooManyRequestsHonoursRetryAfterDate();
    void tooLongRetryAfterGivesUpAtOnce();
    void backoffBetweenServerErrorsGrows();
    void requestCarriesIdAndUserAgent();
    void hangEndsInTimeout();
    void abortIsCancelled();
    void runnerCallsBackOnlyWhileTheContextLives();
    void accessManagerGoingFirstEndsTheJob();

    void plainHttpToAnotherHostIsRefusedBeforeSending();
    void plainHttpToLoopbackIsAllowed();
    void redirectToAnotherHostIsRefused();
    void untrustedCertificateIsTlsErrorWithItsProblem();
    void refusedConnectionIsOfflineAndReported();

private:
    std::unique_ptr<NetworkAccess> m_access;
    std::unique_ptr<SandboxServer> m_sandbox;
    NetContext m_context;
};

void TestNetJobs::init()
{
    m_access = std::make_unique<NetworkAccess>();
    m_context = NetKit::fastContext(m_access.get());
    m_sandbox = std::make_unique<SandboxServer>(SandboxKit::smallCollege());
    QVERIFY(m_sandbox->start());
}

void TestNetJobs::cleanup()
{
    m_sandbox.reset();
    m_access.reset();
}

void TestNetJobs::sandboxFaultEndsInTypedError_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<NetError::Kind>("kind");
    QTest::addColumn<int>("attempts");

    QTest::newRow("5xx, retried up to the limit")
        << "errors=100,services=xapi" << 5000 << NetError::Kind::HttpStatus << 4;
    QTest::newRow("hang → timeout, retried") << "hang,services=xapi" << 300 << NetError::Kind::Timeout << 4;
    QTest::newRow("malformed body, not retried")
        << "malformed=100,services=xapi" << 5000 << NetError::Kind::MalformedBody << 1;
    QTest::newRow("connection cut mid-reply → offline, retried")
        << "close,services=xapi" << 5000 << NetError::Kind::Offline << 4;
}

void TestNetJobs::sandboxFaultEndsInTypedError()
{
    QFETCH(QString, faults);
    QFETCH(int, timeoutMs);
    QFETCH(NetError::Kind, kind);
    QFETCH(int, attempts);

    SandboxFaults parsed;
    QString problem;
    QVERIFY2(SandboxFaults::parse(faults, &parsed, &problem), qPrintable(problem));
    m_sandbox->setFaults(parsed);

    LrsStatementsJob job(m_context, m_sandbox->xapiBaseUrl(), QStringLiteral("demo"), QStringLiteral("demo"),
                         QJsonArray{statement(newId())});
    job.setAutoDelete(false);
    job.setTimeout(std::chrono::milliseconds(timeoutMs));
    QSignalSpy retrying(&job, &AbstractNetworkJob::retrying);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, kind);
    QCOMPARE(job.attempts(), attempts);
    QCOMPARE(retrying.count(), attempts - 1);
    QCOMPARE(m_sandbox->requestCount(SandboxService::Xapi), attempts);
    if (kind == NetError::Kind::HttpStatus)
        QVERIFY(job.error().httpStatus >= 500);
    QVERIFY(!job.error().toUserText().isEmpty());
}

void TestNetJobs::serverErrorsAreRetriedThenSucceed()
{
    SandboxFaults faults;
    faults.failNext = 2; // 503 with Retry-After: 1, twice
    m_sandbox->setFaults(faults);
    const QString id = newId();
    LrsStatementsJob job(m_context, m_sandbox->xapiBaseUrl(), QStringLiteral("demo"), QStringLiteral("demo"),
                         QJsonArray{statement(id)});
    job.setAutoDelete(false);
    QSignalSpy retrying(&job, &AbstractNetworkJob::retrying);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::None);
    QCOMPARE(job.attempts(), 3);
    QCOMPARE(job.ids(), QStringList{id});
    QCOMPARE(retrying.count(), 2);
    // The service's Retry-After (1 s) decides the pause, not the backoff.
    QCOMPARE(retrying.at(0).at(1).toLongLong(), 1000);
}

void TestNetJobs::nothingIsLostUnderRandomErrors()
{
    SandboxFaults faults;
    faults.errorRatePercent = 40;
    faults.seed = 7;
    m_sandbox->setFaults(faults);
    m_context.retry.maxAttempts = 12;

    QStringList sent;
    int done = 0;
    for (int i = 0; i < 20; ++i) {
        const QString id = newId();
        sent.append(id);
        auto *job = new LrsStatementsJob(m_context, m_sandbox->xapiBaseUrl(), QStringLiteral("demo"),
                                         QStringLiteral("demo"), QJsonArray{statement(id)}, this);
        connect(job, &AbstractNetworkJob::finished, this, [job, &done] {
            QCOMPARE(job->error().kind, NetError::Kind::None);
            ++done;
        });
        job->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 20, 20000);
    QVERIFY(m_sandbox->requestCount(SandboxService::Xapi) > 20); // the faults did bite

    m_sandbox->setFaults({});
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(m_sandbox->xapiBaseUrl().toString() + QStringLiteral("/statements")));
    request.setRawHeader("Authorization", "Basic " + QByteArray("demo:demo").toBase64());
    request.setRawHeader("X-Experience-API-Version", "1.0.3");
    QNetworkReply *reply = manager.get(request);
    QTRY_VERIFY(reply->isFinished());
    const QJsonArray stored =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("statements")).toArray();
    QStringList storedIds;
    for (const QJsonValue &s : stored)
        storedIds.append(s.toObject().value(QStringLiteral("id")).toString());
    for (const QString &id : std::as_const(sent))
        QVERIFY2(storedIds.contains(id), qPrintable(id));
    QCOMPARE(storedIds.size(), sent.size());
    reply->deleteLater();
}

void TestNetJobs::slowRepliesWithinTheTimeoutSucceed()
{
    SandboxFaults faults;
    faults.latencyMs = 200;
    m_sandbox->setFaults(faults);
    LrsStatementsJob job(m_context, m_sandbox->xapiBaseUrl(), QStringLiteral("demo"), QStringLiteral("demo"),
                         QJsonArray{statement(newId())});
    job.setAutoDelete(false);
    job.setTimeout(std::chrono::milliseconds(2000));
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::None);
    QCOMPARE(job.attempts(), 1);
}

void TestNetJobs::clientErrorIsNotRetried()
{
    NetKit::ScriptedServer server({NetKit::ScriptedReply::status_(404), NetKit::ScriptedReply::status_(200)});
    ProbeJob job(m_context, server.url());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::HttpStatus);
    QCOMPARE(job.error().httpStatus, 404);
    QCOMPARE(job.attempts(), 1);
    QCOMPARE(server.count(), 1);
}

void TestNetJobs::tooManyRequestsHonoursRetryAfterSeconds()
{
    NetKit::ScriptedServer server({NetKit::ScriptedReply::status_(429, {}, {{"Retry-After", "7"}}),
                                   NetKit::ScriptedReply::status_(200, "ok")});
    ProbeJob job(m_context, server.url());
    QSignalSpy retrying(&job, &AbstractNetworkJob::retrying);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::None);
    QCOMPARE(job.body, QByteArray("ok"));
    QCOMPARE(job.attempts(), 2);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(1).toLongLong(), 7000);
}

void TestNetJobs::tooManyRequestsHonoursRetryAfterDate()
{
    const QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);
    m_context.retry.now = [now] { return now; };
    NetKit::ScriptedServer server(
        {NetKit::ScriptedReply::status_(429, {}, {{"Retry-After", "Mon, 02 Mar 2026 10:02:00 GMT"}}),
         NetKit::ScriptedReply::status_(200)});
    ProbeJob job(m_context, server.url());
    QSignalSpy retrying(&job, &AbstractNetworkJob::retrying);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::None);
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(1).toLongLong(), 120000);
}

void TestNetJobs::tooLongRetryAfterGivesUpAtOnce()
{
    NetKit::ScriptedServer server({NetKit::ScriptedReply::status_(503, {}, {{"Retry-After", "3600"}})});
    ProbeJob job(m_context, server.url());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::HttpStatus);
    QCOMPARE(job.error().retryAfterSeconds, 3600);
    QCOMPARE(job.attempts(), 1);
}

void TestNetJobs::backoffBetweenServerErrorsGrows()
{
    NetKit::ScriptedServer server({NetKit::ScriptedReply::status_(500), NetKit::ScriptedReply::status_(502),
                                   NetKit::ScriptedReply::status_(503), NetKit::ScriptedReply::status_(200)});
    ProbeJob job(m_context, server.url());
    QSignalSpy retrying(&job, &AbstractNetworkJob::retrying);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::None);
    QCOMPARE(job.attempts(), 4);
    QCOMPARE(retrying.count(), 3);
    // base 500 ms, doubling, random fixed at 0.5 → 3/4 of each step: 375, 750, 1500.
    QCOMPARE(retrying.at(0).at(1).toLongLong(), 375);
    QCOMPARE(retrying.at(1).at(1).toLongLong(), 750);
    QCOMPARE(retrying.at(2).at(1).toLongLong(), 1500);
}

void TestNetJobs::requestCarriesIdAndUserAgent()
{
    NetKit::ScriptedServer server({NetKit::ScriptedReply::status_(502), NetKit::ScriptedReply::status_(200)});
    ProbeJob job(m_context, server.url());
    QVERIFY(runToEnd(job));
    QCOMPARE(server.count(), 2);
    const QByteArray id = server.requests().at(0).header("X-Request-ID");
    QVERIFY(!QUuid::fromString(QString::fromLatin1(id)).isNull());
    QCOMPARE(server.requests().at(1).header("X-Request-ID"), id);
    QCOMPARE(job.requestId(), id);
    QCOMPARE(server.requests().at(0).header("User-Agent"), QByteArray("SPO-Desk/" SPODESK_VERSION));
}

void TestNetJobs::hangEndsInTimeout()
{
    NetKit::ScriptedServer server({NetKit::ScriptedReply::hang()});
    m_context.retry.maxAttempts = 1;
    ProbeJob job(m_context, server.url());
    job.setTimeout(std::chrono::milliseconds(200));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::Timeout);
    QVERIFY(clock.elapsed() >= 150); // a coarse timer may fire a little early
    QCOMPARE(server.count(), 1);
}

void TestNetJobs::abortIsCancelled()
{
    NetKit::ScriptedServer server({NetKit::ScriptedReply::hang()});
    ProbeJob job(m_context, server.url());
    QSignalSpy finished(&job, &AbstractNetworkJob::finished);
    job.start();
    QTRY_COMPARE(server.count(), 1);
    job.abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind, NetError::Kind::Cancelled);
    job.abort(); // a second abort changes nothing and emits nothing
    QCOMPARE(finished.count(), 1);
}

void TestNetJobs::runnerCallsBackOnlyWhileTheContextLives()
{
    NetKit::ScriptedServer server({NetKit::ScriptedReply::status_(200, "fine")});

    // A live context hears the finished job.
    QByteArray heard;
    auto *job = new ProbeJob(m_context, server.url());
    job->setAutoDelete(true);
    RequestRunner::run(job, this, [&heard](ProbeJob *finished) { heard = finished->body; });
    QTRY_COMPARE(heard, QByteArray("fine"));

    // A context gone before the reply: the request still ends and the job goes, but nobody is called.
    int called = 0;
    auto caller = std::make_unique<QObject>();
    auto *orphan = new ProbeJob(m_context, server.url());
    orphan->setAutoDelete(true);
    QPointer<ProbeJob> alive(orphan);
    RequestRunner::run(orphan, caller.get(), [&called](ProbeJob *) { ++called; });
    caller.reset();
    QTRY_VERIFY(!alive);
    QCOMPARE(server.count(), 2);
    QCOMPARE(called, 0);

    // The same for a request that can't be made at all.
    auto failing = std::make_unique<QObject>();
    RequestRunner::failLater(failing.get(), NetError::make(NetError::Kind::NotConfigured),
                             [&called](const NetError &) { ++called; });
    failing.reset();
    std::optional<NetError> said;
    RequestRunner::failLater(this, NetError::make(NetError::Kind::NotConfigured),
                             [&said](const NetError &error) { said = error; });
    QVERIFY(!said.has_value()); // never inside the call
    QTRY_VERIFY(said.has_value());
    QCOMPARE(said->kind, NetError::Kind::NotConfigured);
    QCOMPARE(called, 0);
}

void TestNetJobs::accessManagerGoingFirstEndsTheJob()
{
    NetKit::ScriptedServer server({NetKit::ScriptedReply::hang()});
    ProbeJob job(m_context, server.url());
    QSignalSpy finished(&job, &AbstractNetworkJob::finished);
    job.start();
    QTRY_COMPARE(server.count(), 1);
    // As at exit: the network layer, and its managers with their replies, go while the job still waits.
    m_access.reset();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job.error().kind, NetError::Kind::Cancelled);
    QCOMPARE(job.attempts(), 1);
    // ~ProbeJob follows without touching the reply that is gone.
}

void TestNetJobs::plainHttpToAnotherHostIsRefusedBeforeSending()
{
    ProbeJob job(m_context, QUrl(QStringLiteral("http://example.org/xAPI/statements")));
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::InsecureEndpoint);
    QCOMPARE(job.attempts(), 0);
}

void TestNetJobs::plainHttpToLoopbackIsAllowed()
{
    NetKit::ScriptedServer server({NetKit::ScriptedReply::status_(200, "fine")});
    ProbeJob job(m_context, server.url());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::None);
    QCOMPARE(job.body, QByteArray("fine"));
}

void TestNetJobs::redirectToAnotherHostIsRefused()
{
    NetKit::ScriptedServer server(
        {NetKit::ScriptedReply::status_(302, {}, {{"Location", "http://example.org/steal"}})});
    ProbeJob job(m_context, server.url());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::InsecureEndpoint);
    QVERIFY(job.error().detail.contains(QLatin1String("example.org")));
    QCOMPARE(server.count(), 1);
}

void TestNetJobs::untrustedCertificateIsTlsErrorWithItsProblem()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here: install OpenSSL 3 (libssl3)");
    NetKit::ScriptedServer server({NetKit::ScriptedReply::status_(200, "should never be read")}, true);
    ProbeJob job(m_context, server.url());
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::Tls);
    QVERIFY2(job.error().detail.contains(QLatin1String("self"), Qt::CaseInsensitive),
             qPrintable(job.error().detail));
    QVERIFY(job.error().toUserText().contains(job.error().detail));
    QCOMPARE(job.attempts(), 1); // a certificate does not get better by asking again
    QCOMPARE(server.count(), 0);
}

void TestNetJobs::refusedConnectionIsOfflineAndReported()
{
    ConnectivityMonitor monitor(false);
    QSignalSpy online(&monitor, &ConnectivityMonitor::onlineChanged);
    NetContext context = NetKit::fastContext(m_access.get(), &monitor);
    QUrl url(QStringLiteral("http://127.0.0.1/"));
    url.setPort(NetKit::unusedPort());
    ProbeJob job(context, url);
    QVERIFY(runToEnd(job));
    QCOMPARE(job.error().kind, NetError::Kind::Offline);
    QCOMPARE(job.attempts(), 4);
    QVERIFY(!monitor.isOnline());
    QCOMPARE(online.count(), 1);
    QCOMPARE(monitor.activeRequests(), 0);
}

QTEST_MAIN(TestNetJobs)
#include "tst_netjobs.moc"
