// The sandbox's xAPI statements endpoint (U2035's LRS rules) and its S3-style object storage (SigV4).
#include "tst_sandboxkit.h"

#include "awssignaturev4.h"
#include "sandboxserver.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QUuid>
#include <QtTest>

using namespace SandboxKit;

class TestSandboxXapi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aboutNeedsNoCredentials();
    void everyU2035SampleIsAccepted();
    void idsComeBackInOrder();
    void sameIdSameContentIsAcceptedAgain();
    void sameIdDifferentContentIs409();
    void batchIsAllOrNothing();
    void refusals_data();
    void refusals();

    void signatureMatchesAwsExample();
    void signedPutThenGet();
    void wrongSignatureIsRefused();
    void tamperedBodyIsRefused();
    void unsignedPutIsRefused();

private:
    Response postStatements(const QByteArray &body, const QByteArray &authorization = "Basic ZGVtbzpkZW1v",
                            bool withVersion = true);
    static QJsonObject statement(const QString &verb);
    // PUT /<bucket>/<key>, signed with the given secret (the sandbox's own by default).
    Response put(const QString &path, const QByteArray &body, const QString &secret = {},
                 const QByteArray &claimedHash = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSandboxXapi::init()
{
    m_server = std::make_unique<SandboxServer>(smallCollege());
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxXapi::cleanup()
{
    m_network.reset();
    m_server.reset();
}

Response TestSandboxXapi::postStatements(const QByteArray &body, const QByteArray &authorization,
                                         bool withVersion)
{
    QNetworkRequest r = request(withPath(m_server->xapiBaseUrl(), QStringLiteral("/statements")),
                                {{"Authorization", authorization}});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (withVersion)
        r.setRawHeader("X-Experience-API-Version", "1.0.3");
    return await(m_network->post(r, body));
}

QJsonObject TestSandboxXapi::statement(const QString &verb)
{
    return {
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                     {QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("homePage"), QStringLiteral("https://my.2035.university")},
                                  {QStringLiteral("name"), QStringLiteral("1234")}}}}},
        {QStringLiteral("verb"), QJsonObject{{QStringLiteral("id"), verb}}},
        {QStringLiteral("object"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("https://example.org/course/1")}}},
    };
}

void TestSandboxXapi::aboutNeedsNoCredentials()
{
    const Response about =
        await(m_network->get(request(withPath(m_server->xapiBaseUrl(), QStringLiteral("/about")))));
    QCOMPARE(about.status, 200);
    QCOMPARE(about.object().value(QStringLiteral("version")).toArray(), QJsonArray{QStringLiteral("1.0.3")});
}

void TestSandboxXapi::everyU2035SampleIsAccepted()
{
    const QDir samples(TestPaths::sharedDir() + QStringLiteral("/u2035/samples"));
    const QStringList files = samples.entryList({QStringLiteral("*.json")});
    QVERIFY(files.size() >= 20);
    QJsonArray batch;
    for (const QString &name : files) {
        QFile file(samples.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject sample = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(!sample.isEmpty(), qPrintable(name));
        sample.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        batch.append(sample);
    }
    const Response reply = postStatements(QJsonDocument(batch).toJson());
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.array().size(), batch.size());
}

void TestSandboxXapi::idsComeBackInOrder()
{
    const QJsonArray batch{statement(QStringLiteral("http://adlnet.gov/expapi/verbs/passed")),
                           statement(QStringLiteral("http://id.tincanapi.com/verb/viewed")),
                           statement(QStringLiteral("http://activitystrea.ms/schema/1.0/author"))};
    const Response reply = postStatements(QJsonDocument(batch).toJson());
    QCOMPARE(reply.status, 200);
    QJsonArray expected;
    for (const QJsonValue &s : batch)
        expected.append(s.toObject().value(QStringLiteral("id")));
    QCOMPARE(reply.array(), expected);

    const QString id = expected.at(1).toString();
    QNetworkRequest one =
        request(withPath(m_server->xapiBaseUrl(), QStringLiteral("/statements"),
                         QUrlQuery{{QStringLiteral("statementId"), id}}),
                {{"Authorization", "Basic ZGVtbzpkZW1v"}, {"X-Experience-API-Version", "1.0.3"}});
    const Response stored = await(m_network->get(one));
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.object().value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("http://id.tincanapi.com/verb/viewed"));
    QVERIFY(stored.object().contains(QStringLiteral("stored")));
}

void TestSandboxXapi::sameIdSameContentIsAcceptedAgain()
{
    const QJsonArray batch{statement(QStringLiteral("http://adlnet.gov/expapi/verbs/passed"))};
    QCOMPARE(postStatements(QJsonDocument(batch).toJson()).status, 200);
    const Response again = postStatements(QJsonDocument(batch).toJson(QJsonDocument::Compact));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.array(), QJsonArray{batch.first().toObject().value(QStringLiteral("id"))});
}

void TestSandboxXapi::sameIdDifferentContentIs409()
{
    QJsonObject first = statement(QStringLiteral("http://adlnet.gov/expapi/verbs/passed"));
    QCOMPARE(postStatements(QJsonDocument(QJsonArray{first}).toJson()).status, 200);
    first.insert(
        QStringLiteral("verb"),
        QJsonObject{{QStringLiteral("id"), QStringLiteral("http://adlnet.gov/expapi/verbs/failed")}});
    const Response conflict = postStatements(QJsonDocument(QJsonArray{first}).toJson());
    QCOMPARE(conflict.status, 409);
    QVERIFY(conflict.message().contains(first.value(QStringLiteral("id")).toString()));
}

void TestSandboxXapi::batchIsAllOrNothing()
{
    const QJsonObject good = statement(QStringLiteral("http://adlnet.gov/expapi/verbs/passed"));
    QJsonObject bad = statement(QStringLiteral("not an iri"));
    const Response refused = postStatements(QJsonDocument(QJsonArray{good, bad}).toJson());
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().contains(QStringLiteral("statements[1]")), qPrintable(refused.message()));
    QVERIFY(refused.message().contains(QStringLiteral("verb")));
    QNetworkRequest list =
        request(withPath(m_server->xapiBaseUrl(), QStringLiteral("/statements")),
                {{"Authorization", "Basic ZGVtbzpkZW1v"}, {"X-Experience-API-Version", "1.0.3"}});
    QCOMPARE(await(m_network->get(list)).object().value(QStringLiteral("statements")).toArray().size(), 0);
}

void TestSandboxXapi::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<bool>("withVersion");
    QTest::addColumn<int>("status");

    const QByteArray one =
        QJsonDocument(statement(QStringLiteral("http://adlnet.gov/expapi/verbs/passed"))).toJson();
    const QByteArray good = "[" + one + "]";
    QTest::newRow("a single statement, not an array")
        << one << QByteArray("Basic ZGVtbzpkZW1v") << true << 400;
    QTest::newRow("not JSON") << QByteArray("[{") << QByteArray("Basic ZGVtbzpkZW1v") << true << 400;
    QTest::newRow("no version header") << good << QByteArray("Basic ZGVtbzpkZW1v") << false << 400;
    QTest::newRow("wrong secret") << good << QByteArray("Basic ZGVtbzpub3Bl") << true << 401;
    QTest::newRow("statement without id")
        << QByteArray(
               R"([{"actor":{"mbox":"mailto:a@b.c"},"verb":{"id":"http://x.y/v"},"object":{"id":"http://x.y/o"}}])")
        << QByteArray("Basic ZGVtbzpkZW1v") << true << 400;
}

void TestSandboxXapi::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(bool, withVersion);
    QFETCH(int, status);
    const Response reply = postStatements(body, authorization, withVersion);
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.message().isEmpty());
}

// AWS's published example (S3 docs, "Example: GET Object"), so the signer isn't only checked against itself.
void TestSandboxXapi::signatureMatchesAwsExample()
{
    AwsSignatureV4::Request example;
    example.method = "GET";
    example.path = QStringLiteral("/test.txt");
    example.headers = {{"Host", "examplebucket.s3.amazonaws.com"},
                       {"Range", "bytes=0-9"},
                       {"x-amz-content-sha256", AwsSignatureV4::sha256Hex({})},
                       {"x-amz-date", "20130524T000000Z"}};
    example.payloadHash = AwsSignatureV4::sha256Hex({});
    QCOMPARE(example.payloadHash,
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const QByteArray signature =
        AwsSignatureV4::signature(example, {"host", "range", "x-amz-content-sha256", "x-amz-date"},
                                  "20130524T000000Z", QStringLiteral("us-east-1"), QStringLiteral("s3"),
                                  QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    QCOMPARE(signature, QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    QCOMPARE(AwsSignatureV4::uriEncode("/a b/ж~.pdf", true), QByteArray("/a%20b/%D0%B6~.pdf"));
}

Response TestSandboxXapi::put(const QString &path, const QByteArray &body, const QString &secret,
                              const QByteArray &claimedHash)
{
    const SandboxSettings &settings = m_server->settings();
    const QUrl url = withPath(m_server->s3BaseUrl(), path);
    const QByteArray amzDate =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray hash = claimedHash.isEmpty() ? AwsSignatureV4::sha256Hex(body) : claimedHash;
    const QByteArray host = url.host().toLatin1() + ':' + QByteArray::number(url.port());

    AwsSignatureV4::Request signing;
    signing.method = "PUT";
    signing.path = path;
    signing.headers = {{"host", host}, {"x-amz-content-sha256", hash}, {"x-amz-date", amzDate}};
    signing.payloadHash = hash;
    const QByteArray authorization =
        AwsSignatureV4::authorization(signing, {"host", "x-amz-content-sha256", "x-amz-date"}, amzDate,
                                      settings.storageRegion, QStringLiteral("s3"), settings.storageAccessKey,
                                      secret.isEmpty() ? settings.storageSecretKey : secret);

    QNetworkRequest r = request(
        url, {{"x-amz-content-sha256", hash}, {"x-amz-date", amzDate}, {"Authorization", authorization}});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/pdf"));
    return await(m_network->put(r, body));
}

void TestSandboxXapi::signedPutThenGet()
{
    const QByteArray pdf = "%PDF-1.4 дневник практики\n" + QByteArray(5000, 'x');
    const QString path = QStringLiteral("/spodesk-demo/practice/дневник 1.pdf");
    const Response stored = put(path, pdf);
    QVERIFY2(stored.status == 200, stored.body.constData());
    const QByteArray md5 = '"' + QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex() + '"';
    QCOMPARE(stored.header("ETag"), md5);

    const Response fetched = await(m_network->get(request(withPath(m_server->s3BaseUrl(), path))));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.body, pdf);
    QCOMPARE(fetched.header("ETag"), md5);
    QCOMPARE(fetched.header("Content-Type"), QByteArray("application/pdf"));

    const Response head = await(m_network->head(request(withPath(m_server->s3BaseUrl(), path))));
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length").toLongLong(), pdf.size());
    QVERIFY(head.body.isEmpty());

    QCOMPARE(
        await(m_network->get(request(withPath(m_server->s3BaseUrl(), QStringLiteral("/spodesk-demo/none")))))
            .status,
        404);
}

void TestSandboxXapi::wrongSignatureIsRefused()
{
    const Response refused =
        put(QStringLiteral("/spodesk-demo/a.txt"), "hello", QStringLiteral("not-the-secret"));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("<Code>SignatureDoesNotMatch</Code>"));
    QCOMPARE(refused.header("Content-Type"), QByteArray("application/xml"));
    QCOMPARE(
        await(m_network->get(request(withPath(m_server->s3BaseUrl(), QStringLiteral("/spodesk-demo/a.txt")))))
            .status,
        404);
}

void TestSandboxXapi::tamperedBodyIsRefused()
{
    const Response refused =
        put(QStringLiteral("/spodesk-demo/a.txt"), "hello", {}, AwsSignatureV4::sha256Hex("hullo"));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("<Code>XAmzContentSHA256Mismatch</Code>"));
}

void TestSandboxXapi::unsignedPutIsRefused()
{
    const Response refused = await(
        m_network->put(request(withPath(m_server->s3BaseUrl(), QStringLiteral("/b/k"))), QByteArray("x")));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("<Code>AccessDenied</Code>"));
}

QTEST_GUILESS_MAIN(TestSandboxXapi)
#include "tst_sandboxxapi.moc"
