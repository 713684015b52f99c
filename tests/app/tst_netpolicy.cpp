// The rules every request follows: HTTPS unless the endpoint is this computer, when and how long to wait
// before trying again, secrets never in a log line, the log file rotating, and errors worded for a person.

#include "net/endpointpolicy.h"
#include "net/logfile.h"
#include "net/logredactor.h"
#include "net/neterror.h"
#include "net/netlogging.h"
#include "net/retrypolicy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestNetPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void httpsIsRequiredUnlessLoopback_data();
    void httpsIsRequiredUnlessLoopback();

    void transientErrorsAreRetried_data();
    void transientErrorsAreRetried();
    void backoffDoublesWithJitterUpToTheCap();
    void retryAfterIsReadAsSecondsOrDate_data();
    void retryAfterIsReadAsSecondsOrDate();

    void redactionMasksSecrets_data();
    void redactionMasksSecrets();
    void redactionMasksRegisteredSecretsInEveryForm();
    void logFileGetsRedactedLinesAndRotates();

    void errorsAreWordedForAPerson();
};

void TestNetPolicy::cleanup()
{
    LogFile::uninstall();
    LogRedactor::forgetAllSecrets();
}

void TestNetPolicy::httpsIsRequiredUnlessLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https anywhere") << "https://lrs.2035.university/data/xAPI" << true;
    QTest::newRow("http to another host") << "http://example.org/xAPI" << false;
    QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:8080/xAPI" << true;
    QTest::newRow("http to 127.5.6.7") << "http://127.5.6.7/" << true;
    QTest::newRow("http to ::1") << "http://[::1]:9000/" << true;
    QTest::newRow("http to localhost") << "http://localhost:9000/" << true;
    QTest::newRow("http to a name that merely starts with localhost")
        << "http://localhost.example.org/" << false;
    QTest::newRow("http to a LAN address") << "http://192.168.1.10/" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
    QTest::newRow("no host") << "https:///path" << false;
}

void TestNetPolicy::httpsIsRequiredUnlessLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const NetError error = EndpointPolicy::check(QUrl(url), NetError::Service::Vk);
    QCOMPARE(!error.isError(), allowed);
    if (!allowed) {
        QCOMPARE(error.kind, NetError::Kind::InsecureEndpoint);
        QCOMPARE(error.service, NetError::Service::Vk);
    }
}

void TestNetPolicy::transientErrorsAreRetried_data()
{
    QTest::addColumn<NetError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retried");
    QTest::newRow("timeout") << NetError::Kind::Timeout << 0 << true;
    QTest::newRow("connection error") << NetError::Kind::Offline << 0 << true;
    QTest::newRow("500") << NetError::Kind::HttpStatus << 500 << true;
    QTest::newRow("503 with the service's words") << NetError::Kind::ServiceError << 503 << true;
    QTest::newRow("429") << NetError::Kind::HttpStatus << 429 << true;
    QTest::newRow("400") << NetError::Kind::ServiceError << 400 << false;
    QTest::newRow("401") << NetError::Kind::HttpStatus << 401 << false;
    QTest::newRow("404") << NetError::Kind::HttpStatus << 404 << false;
    QTest::newRow("409 conflict") << NetError::Kind::Conflict << 409 << false;
    QTest::newRow("TLS") << NetError::Kind::Tls << 0 << false;
    QTest::newRow("malformed body") << NetError::Kind::MalformedBody << 200 << false;
    QTest::newRow("insecure endpoint") << NetError::Kind::InsecureEndpoint << 0 << false;
    QTest::newRow("cancelled") << NetError::Kind::Cancelled << 0 << false;
}

void TestNetPolicy::transientErrorsAreRetried()
{
    QFETCH(NetError::Kind, kind);
    QFETCH(int, status);
    QFETCH(bool, retried);
    NetError error = NetError::make(kind);
    error.httpStatus = status;
    RetryPolicy policy;
    QCOMPARE(policy.shouldRetry(error, 1), retried);
    QVERIFY(!policy.shouldRetry(error, policy.maxAttempts));
}

void TestNetPolicy::backoffDoublesWithJitterUpToTheCap()
{
    RetryPolicy policy;
    policy.baseDelay = std::chrono::milliseconds(1000);
    policy.maxDelay = std::chrono::milliseconds(5000);
    const NetError timeout = NetError::make(NetError::Kind::Timeout);
    policy.random = [] { return 0.0; };
    QCOMPARE(policy.delayFor(timeout, 1).count(), 500);
    QCOMPARE(policy.delayFor(timeout, 2).count(), 1000);
    QCOMPARE(policy.delayFor(timeout, 3).count(), 2000);
    QCOMPARE(policy.delayFor(timeout, 4).count(), 2500); // capped at 5000, half of it the least
    policy.random = [] { return 0.999999; };
    QCOMPARE(policy.delayFor(timeout, 1).count(), 999);
    QCOMPARE(policy.delayFor(timeout, 10).count(), 4999);
    policy.timeScale = 0.001;
    QCOMPARE(policy.scaled(std::chrono::milliseconds(4999)).count(), 5);
}

void TestNetPolicy::retryAfterIsReadAsSecondsOrDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("HTTP-date 90 s ahead") << QByteArray("Mon, 02 Mar 2026 10:01:30 GMT") << 90;
    QTest::newRow("HTTP-date in the past") << QByteArray("Mon, 02 Mar 2026 09:00:00 GMT") << 0;
    QTest::newRow("HTTP-date centuries ahead (found by fuzzing)")
        << QByteArray("Mon, 02 Mar 2916 01:01:30 GMT") << (1 << 30);
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
}

void TestNetPolicy::retryAfterIsReadAsSecondsOrDate()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);
    const std::optional<int> parsed = RetryPolicy::parseRetryAfter(header, now);
    QCOMPARE(parsed.value_or(-1), seconds);
}

void TestNetPolicy::redactionMasksSecrets_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");
    QTest::newRow("Authorization header") << "Authorization: Basic ZGVtbzpkZW1vLXNlY3JldA=="
                                          << "ZGVtbzpkZW1vLXNlY3JldA==";
    QTest::newRow("Bearer in a dump") << "headers: authorization=Bearer vk1.a.TOKEN123"
                                      << "vk1.a.TOKEN123";
    QTest::newRow("SGO at header") << "at: 5f2a9c0e11d4b7a3"
                                   << "5f2a9c0e11d4b7a3";
    QTest::newRow("access_token in a query")
        << "POST /method/messages.send?v=5.199&access_token=vk1.a.SECRETX&peer_id=1"
        << "vk1.a.SECRETX";
    QTest::newRow("pw and pw2 form fields")
        << "loginType=1&un=admin&pw=7e24ef10183&pw2=7e24ef101834e7a286b857e8661e26cb&lt=1"
        << "7e24ef10183";
    QTest::newRow("pw2 alone") << "pw2=7e24ef101834e7a286b857e8661e26cb"
                               << "7e24ef101834e7a286b857e8661e26cb";
    QTest::newRow("SGO login reply") << R"({"at":"abcdef0123456789","timeOut":2700000})"
                                     << "abcdef0123456789";
    QTest::newRow("new password body") << R"({"newPassword":"Секрет-2026","mustChangePassword":true})"
                                       << "Секрет-2026";
    QTest::newRow("SigV4 signature") << "AWS4-HMAC-SHA256 Credential=k/20260302/us-east-1/s3/aws4_request, "
                                        "SignedHeaders=host, Signature=98ad721746da40c64f1a55b78f14c238"
                                     << "98ad721746da40c64f1a55b78f14c238";
}

void TestNetPolicy::redactionMasksSecrets()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    const QString clean = LogRedactor::redact(line);
    QVERIFY2(!clean.contains(secret), qPrintable(clean));
    QVERIFY2(clean.contains(LogRedactor::mask()), qPrintable(clean));
}

void TestNetPolicy::redactionMasksRegisteredSecretsInEveryForm()
{
    const QString secret = QStringLiteral("lrs-Secret/2026+x");
    const QByteArray bytes = secret.toUtf8();
    LogRedactor::registerSecret(secret);
    const QStringList forms{secret, QString::fromLatin1(bytes.toBase64()), QString::fromLatin1(bytes.toHex()),
                            QString::fromLatin1(bytes.toPercentEncoding())};
    for (const QString &form : forms) {
        const QString clean =
            LogRedactor::redact(QStringLiteral("reply body: {\"note\":\"") + form + QStringLiteral("\"}"));
        QVERIFY2(!clean.contains(form), qPrintable(clean));
    }
    QCOMPARE(LogRedactor::redact(QStringLiteral("nothing secret here")),
             QStringLiteral("nothing secret here"));
}

void TestNetPolicy::logFileGetsRedactedLinesAndRotates()
{
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("logs"));
    QVERIFY(LogFile::install(logs, 4096, 3));
    QCOMPARE(LogFile::currentPath(), logs + QStringLiteral("/spodesk.log"));
    qCInfo(lcNetVk).noquote() << "calling with access_token=vk1.a.VERYSECRET&v=5.199";
    qCWarning(lcNetSgo).noquote() << "Authorization: Basic c2VjcmV0OnNlY3JldA==";

    QFile first(LogFile::currentPath());
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QByteArray text = first.readAll();
    first.close();
    QVERIFY(text.contains("spodesk.net.vk"));
    QVERIFY(text.contains("access_token=[redacted]"));
    QVERIFY(!text.contains("VERYSECRET"));
    QVERIFY(!text.contains("c2VjcmV0OnNlY3JldA=="));

    const QString line = QString(200, QLatin1Char('x'));
    for (int i = 0; i < 200; ++i)
        qCInfo(lcNet).noquote() << line;
    LogFile::uninstall();
    const QStringList files = QDir(logs).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, QStringList({QStringLiteral("spodesk.log"), QStringLiteral("spodesk.log.1"),
                                 QStringLiteral("spodesk.log.2"), QStringLiteral("spodesk.log.3")}));
    for (const QString &name : files)
        QVERIFY(QFileInfo(QDir(logs).filePath(name)).size() <= 4096);
}

void TestNetPolicy::errorsAreWordedForAPerson()
{
    NetError vk = NetError::serviceError(NetError::Service::Vk, QStringLiteral("927"),
                                         QStringLiteral("Chat does not exist"));
    QVERIFY(vk.toUserText().contains(QLatin1String("Chat does not exist")));
    QVERIFY(vk.toUserText().contains(QLatin1String("927")));
    QVERIFY(vk.toUserText().startsWith(NetError::serviceName(NetError::Service::Vk)));

    NetError sgo = NetError::make(NetError::Kind::HttpStatus, NetError::Service::Sgo);
    sgo.httpStatus = 403;
    sgo.serviceMessage = QStringLiteral("Учётная запись выдана другой организацией");
    QVERIFY(sgo.toUserText().contains(sgo.serviceMessage));

    for (int k = static_cast<int>(NetError::Kind::Offline); k <= static_cast<int>(NetError::Kind::Cancelled);
         ++k) {
        const NetError error = NetError::make(static_cast<NetError::Kind>(k), NetError::Service::U2035);
        QVERIFY2(error.toUserText().size() > 20, NetError::kindName(error.kind));
        QVERIFY(!error.toLogText().isEmpty());
    }
    QVERIFY(NetError().toUserText().isEmpty());
}

QTEST_GUILESS_MAIN(TestNetPolicy)
#include "tst_netpolicy.moc"
