// U2035's side of the wire, for real: Learning Locker's xAPI statements service (npm xapi-statements 5.0.1)
// runs in memory and the LRS client posts the connection check and statements to it; s3rver (npm) takes the
// object-storage client's uploads the way S3 does (it checks the SigV4 headers and the key id, though not the
// signature itself: the AWS examples in tst_netsigning and the sandbox check that). Both are installed into
// tests/peers by `npm ci --prefix tests/peers`; missing, the test fails and says so.

#include "tst_netkit.h"

#include "servicehub.h"
#include "sync/syncstate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

using Kind = NetError::Kind;

// SPODESK_TEST_PEERS_DIR wins; else tests/peers in the source tree (SPODESK_SOURCE_DIR, set by ctest).
QString peersDir()
{
    const QString explicitDir = qEnvironmentVariable("SPODESK_TEST_PEERS_DIR");
    if (!explicitDir.isEmpty())
        return explicitDir;
    return QDir(qEnvironmentVariable("SPODESK_SOURCE_DIR")).filePath(QStringLiteral("tests/peers"));
}

QJsonObject statement(const QString &id, const QString &actorName)
{
    QJsonObject s = LrsClient::connectionCheckStatement(
        QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::OffsetFromUTC, 3 * 3600));
    s.insert(QStringLiteral("id"), id);
    QJsonObject actor = s.value(QStringLiteral("actor")).toObject();
    QJsonObject account = actor.value(QStringLiteral("account")).toObject();
    account.insert(QStringLiteral("name"), actorName);
    actor.insert(QStringLiteral("account"), account);
    s.insert(QStringLiteral("actor"), actor);
    return s;
}

// Starts a peer with node and waits until it prints ready; false (with its output in *log) if it never does.
bool startPeer(QProcess &process, const QString &script, const QStringList &arguments,
               const QProcessEnvironment &env, const QByteArray &ready, QByteArray *log)
{
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(peersDir());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(QStringLiteral("node")), QStringList{script} + arguments);
    if (!process.waitForStarted(10000))
        return false;
    // Each wait ends as soon as the peer prints something.
    QElapsedTimer clock;
    clock.start();
    while (!log->contains(ready) && process.state() == QProcess::Running && clock.elapsed() < 30000) {
        process.waitForReadyRead(1000);
        *log += process.readAll();
    }
    return log->contains(ready);
}

void stopPeer(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

class TestNetPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void connectionCheckIsAccepted();
    void sameStatementAgainIsAcceptedDifferentContentIsConflict();
    void invalidStatementIsRefusedWithTheLrsReason();
    void documentUploadIsAcceptedByARealS3Signature();
    void unknownAccessKeyIsRefusedByS3();

private:
    NetResult<QStringList> post(const QJsonArray &statements);

    NetResult<ObjectStorageClient::StoredObject> upload(const QString &key, const QByteArray &data);

    QProcess m_lrs;
    QProcess m_s3;
    QUrl m_s3Base;
    QTemporaryDir m_storage;
    QUrl m_base;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<SyncState> m_sync;
    std::unique_ptr<ServiceHub> m_hub;
};

void TestNetPeers::initTestCase()
{
    const QString dir = peersDir();
    const QString lrsEntry = QDir(dir).filePath(QStringLiteral("node_modules/xapi-statements/dist/index.js"));
    const QString s3Entry = QDir(dir).filePath(QStringLiteral("node_modules/s3rver/bin/s3rver.js"));
    for (const QString &entry : {lrsEntry, s3Entry}) {
        if (!QFileInfo::exists(entry))
            QFAIL(qPrintable(
                QStringLiteral(
                    "The test peers are not installed: %1 is missing. Run `npm ci --prefix %2` "
                    "(CI does it in .ci/run), or point SPODESK_TEST_PEERS_DIR at an installed copy.")
                    .arg(entry, QDir::toNativeSeparators(dir))));
    }
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        QFAIL("node is not installed (apt-get install nodejs npm)");

    const quint16 lrsPort = NetKit::unusedPort();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EXPRESS_PORT"), QString::number(lrsPort));
    env.insert(QStringLiteral("AUTH_REPO"), QStringLiteral("test"));
    env.insert(QStringLiteral("EVENTS_REPO"), QStringLiteral("test"));
    env.insert(QStringLiteral("MODELS_REPO"), QStringLiteral("memory"));
    env.insert(QStringLiteral("STORAGE_REPO"), QStringLiteral("local"));
    env.insert(QStringLiteral("FS_LOCAL_STORAGE_DIR"), m_storage.path());
    env.insert(QStringLiteral("EXPRESS_MORGAN_DIRECTORY"), m_storage.path());
    QByteArray lrsLog;
    QVERIFY2(startPeer(m_lrs, lrsEntry, {}, env, "Listening on port", &lrsLog), lrsLog.constData());
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI").arg(lrsPort));

    const quint16 s3Port = NetKit::unusedPort();
    QByteArray s3Log;
    QVERIFY2(startPeer(m_s3, s3Entry,
                       {QStringLiteral("--directory"), m_storage.filePath(QStringLiteral("s3")),
                        QStringLiteral("--address"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                        QString::number(s3Port), QStringLiteral("--configure-bucket"),
                        QStringLiteral("spodesk-test")},
                       QProcessEnvironment::systemEnvironment(), "S3rver listening", &s3Log),
             s3Log.constData());
    m_s3Base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(s3Port));
}

void TestNetPeers::cleanupTestCase()
{
    stopPeer(m_lrs);
    stopPeer(m_s3);
}

void TestNetPeers::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    m_sync = std::make_unique<SyncState>();
    m_hub = std::make_unique<ServiceHub>(m_data->path(), *m_sync, ServiceHub::Options{false});
    m_hub->context().retry.timeScale = 0.001;
    m_hub->credentials().setSessionOnly(true);
    ServiceSettings::U2035 u2035;
    u2035.lrsUrl = m_base;
    u2035.storageUrl = m_s3Base;
    u2035.bucket = QStringLiteral("spodesk-test");
    m_hub->settings().setU2035(u2035);
    // xapi-statements' test auth takes test:test; s3rver's keys are S3RVER/S3RVER.
    int written = 0;
    const QList<QPair<QString, QString>> secrets{
        {CredentialStore::lrsKeyKey(), QStringLiteral("test")},
        {CredentialStore::lrsSecretKey(), QStringLiteral("test")},
        {CredentialStore::s3AccessKeyKey(), QStringLiteral("S3RVER")},
        {CredentialStore::s3SecretKeyKey(), QStringLiteral("S3RVER")}};
    for (const auto &[key, value] : secrets)
        m_hub->credentials().write(key, value, this, [&written](const auto &) { ++written; });
    QTRY_COMPARE(written, 4);
}

void TestNetPeers::cleanup()
{
    m_hub.reset();
    m_sync.reset();
    m_data.reset();
}

NetResult<QStringList> TestNetPeers::post(const QJsonArray &statements)
{
    std::optional<NetResult<QStringList>> result;
    m_hub->lrs().postStatements(statements, this,
                                [&result](const NetResult<QStringList> &ids) { result = ids; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
    return result.value_or(NetResult<QStringList>(NetError::make(Kind::Timeout)));
}

void TestNetPeers::connectionCheckIsAccepted()
{
    std::optional<NetError> result;
    QString summary;
    m_hub->checkConnection(NetError::Service::U2035, this, [&](const NetError &error, const QString &text) {
        result = error;
        summary = text;
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(!*result, qPrintable(result->toLogText()));
    QVERIFY(!summary.isEmpty());
}

void TestNetPeers::sameStatementAgainIsAcceptedDifferentContentIsConflict()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const NetResult<QStringList> first = post({statement(id, QStringLiteral("0"))});
    QVERIFY2(first.ok(), qPrintable(first.error().toLogText()));
    QCOMPARE(first.value(), QStringList{id});

    // A retried batch after a lost reply: the LRS keeps what it has and says yes.
    const NetResult<QStringList> again = post({statement(id, QStringLiteral("0"))});
    QVERIFY2(again.ok(), qPrintable(again.error().toLogText()));
    QCOMPARE(again.value(), QStringList{id});

    const NetResult<QStringList> changed = post({statement(id, QStringLiteral("1"))});
    QCOMPARE(changed.error().kind, Kind::Conflict);
    QCOMPARE(changed.error().httpStatus, 409);
    QVERIFY2(changed.error().serviceMessage.contains(id), qPrintable(changed.error().serviceMessage));
    QVERIFY(!changed.error().toUserText().isEmpty());
}

void TestNetPeers::invalidStatementIsRefusedWithTheLrsReason()
{
    QJsonObject broken = statement(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("0"));
    broken.insert(QStringLiteral("actor"),
                  QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")}});
    const NetResult<QStringList> refused = post({broken});
    QCOMPARE(refused.error().kind, Kind::ServiceError);
    QCOMPARE(refused.error().httpStatus, 400);
    QVERIFY2(refused.error().serviceMessage.contains(QLatin1String("actor")),
             qPrintable(refused.error().serviceMessage));
}

NetResult<ObjectStorageClient::StoredObject> TestNetPeers::upload(const QString &key, const QByteArray &data)
{
    std::optional<NetResult<ObjectStorageClient::StoredObject>> result;
    m_hub->objectStorage().put(
        key, data, QStringLiteral("application/pdf"), this,
        [&result](const NetResult<ObjectStorageClient::StoredObject> &stored) { result = stored; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
    return result.value_or(NetResult<ObjectStorageClient::StoredObject>(NetError::make(Kind::Timeout)));
}

void TestNetPeers::documentUploadIsAcceptedByARealS3Signature()
{
    const QByteArray document = "%PDF-1.4 дневник практики";
    const auto stored = upload(QStringLiteral("practice/2026/дневник практики $1.pdf"), document);
    QVERIFY2(stored.ok(), qPrintable(stored.error().toLogText()));
    QCOMPARE(stored.value().etag,
             QByteArray("\"") + QCryptographicHash::hash(document, QCryptographicHash::Md5).toHex() + '"');

    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(stored.value().url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->readAll(), document);
    delete reply;
}

void TestNetPeers::unknownAccessKeyIsRefusedByS3()
{
    bool written = false;
    m_hub->credentials().write(CredentialStore::s3AccessKeyKey(), QStringLiteral("NOT-A-KEY"), this,
                               [&written](const auto &) { written = true; });
    QTRY_VERIFY(written);
    const auto stored = upload(QStringLiteral("a.pdf"), "x");
    QCOMPARE(stored.error().kind, Kind::ServiceError);
    QCOMPARE(stored.error().httpStatus, 403);
    QCOMPARE(stored.error().serviceCode, QStringLiteral("InvalidAccessKeyId"));
    QVERIFY(stored.error().toUserText().contains(QLatin1String("does not exist")));
}

QTEST_MAIN(TestNetPeers)
#include "tst_netpeers.moc"
