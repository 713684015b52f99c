// What the services check byte for byte: AWS Signature V4 against AWS's published S3 examples, and SGO's
// windows-1251 password proof against vectors computed independently with Python's hashlib.

#include "net/sgologinform.h"
#include "net/sigv4signer.h"

#include <QTest>

namespace {

// AWS documentation, "Signature Calculations for the Authorization Header: Transferring Payload in a Single
// Chunk (AWS Signature Version 4)", examples for examplebucket.
const QString exampleAccessKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
const QString exampleSecretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QByteArray emptyPayload = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QDateTime exampleTime()
{
    return QDateTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
}

} // namespace

class TestNetSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigV4MatchesAwsGetObjectExample();
    void sigV4MatchesAwsPutObjectExample();
    void sigV4MatchesAwsListObjectsExample();
    void sigV4AddsTheHeadersItSigned();
    void sigV4HostCarriesANonDefaultPort();

    void sgoWindows1251Encoding_data();
    void sgoWindows1251Encoding();
    void sgoPasswordProof_data();
    void sgoPasswordProof();
};

void TestNetSigning::sigV4MatchesAwsGetObjectExample()
{
    const SigV4Signer signer(exampleAccessKey, exampleSecretKey, QStringLiteral("us-east-1"));
    SigV4Signer::Request request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt"));
    request.headers = {{"Range", "bytes=0-9"}};
    request.payloadSha256 = emptyPayload;
    request.time = exampleTime();
    const SigV4Signer::Signed result = signer.sign(request);
    QCOMPARE(
        result.canonicalRequest,
        QByteArray("GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                   "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                   "x-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n"
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(result.stringToSign,
             QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                        "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
    QCOMPARE(result.signature,
             QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    QCOMPARE(
        result.authorization,
        QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                   "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                   "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
}

void TestNetSigning::sigV4MatchesAwsPutObjectExample()
{
    const SigV4Signer signer(exampleAccessKey, exampleSecretKey, QStringLiteral("us-east-1"));
    const QByteArray body = "Welcome to Amazon S3.";
    SigV4Signer::Request request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/test$file.text"));
    request.headers = {{"Date", "Fri, 24 May 2013 00:00:00 GMT"},
                       {"x-amz-storage-class", "REDUCED_REDUNDANCY"}};
    request.payloadSha256 = SigV4Signer::sha256Hex(body);
    request.time = exampleTime();
    QCOMPARE(request.payloadSha256,
             QByteArray("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
    const SigV4Signer::Signed result = signer.sign(request);
    QVERIFY(result.canonicalRequest.startsWith("PUT\n/test%24file.text\n\n"));
    QCOMPARE(result.signature,
             QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"));
}

void TestNetSigning::sigV4MatchesAwsListObjectsExample()
{
    const SigV4Signer signer(exampleAccessKey, exampleSecretKey, QStringLiteral("us-east-1"));
    SigV4Signer::Request request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J"));
    request.payloadSha256 = emptyPayload;
    request.time = exampleTime();
    const SigV4Signer::Signed result = signer.sign(request);
    QCOMPARE(SigV4Signer::canonicalQuery(request.url), QByteArray("max-keys=2&prefix=J"));
    QCOMPARE(result.signature,
             QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"));
}

void TestNetSigning::sigV4AddsTheHeadersItSigned()
{
    const SigV4Signer signer(QStringLiteral("k"), QStringLiteral("s"), QStringLiteral("us-east-1"));
    SigV4Signer::Request request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:9000/bucket/a b.pdf"));
    request.headers = {{"Content-Type", "application/pdf"}};
    request.payloadSha256 = emptyPayload;
    request.time = exampleTime();
    const SigV4Signer::Signed result = signer.sign(request);
    QStringList names;
    for (const auto &header : result.headers)
        names.append(QString::fromLatin1(header.first).toLower());
    QCOMPARE(names, QStringList({QStringLiteral("content-type"), QStringLiteral("x-amz-date"),
                                 QStringLiteral("x-amz-content-sha256"), QStringLiteral("authorization")}));
    QVERIFY(result.canonicalRequest.contains("\n/bucket/a%20b.pdf\n"));
    QVERIFY(
        result.authorization.contains("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,"));
}

void TestNetSigning::sigV4HostCarriesANonDefaultPort()
{
    QCOMPARE(SigV4Signer::hostHeader(QUrl(QStringLiteral("http://127.0.0.1:9000/b"))),
             QByteArray("127.0.0.1:9000"));
    QCOMPARE(SigV4Signer::hostHeader(QUrl(QStringLiteral("https://s3.example.ru/b"))),
             QByteArray("s3.example.ru"));
    QCOMPARE(SigV4Signer::hostHeader(QUrl(QStringLiteral("https://s3.example.ru:443/b"))),
             QByteArray("s3.example.ru"));
}

void TestNetSigning::sgoWindows1251Encoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    // python3 -c "print('Ёлка €'.encode('cp1251').hex())" → a8ebeae02088
    QTest::newRow("Cyrillic, Ё and the euro sign")
        << QStringLiteral("Ёлка €") << QByteArray::fromHex("a8ebeae02088");
    QTest::newRow("ASCII unchanged") << QStringLiteral("demo-2026") << QByteArray("demo-2026");
    // python3: 'Ж😀'.encode('cp1251', errors='replace') → b'\xc6?': one '?' per character the page lacks
    QTest::newRow("outside the code page") << QString::fromUtf8("Ж\xF0\x9F\x98\x80") << QByteArray("\xc6?");
}

void TestNetSigning::sgoWindows1251Encoding()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(SgoLoginForm::windows1251(text), bytes);
}

void TestNetSigning::sgoPasswordProof_data()
{
    QTest::addColumn<QString>("salt");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("pw2");
    QTest::addColumn<QByteArray>("pw");
    // inner = hashlib.md5(password.encode('cp1251')).hexdigest()
    // pw2 = hashlib.md5((salt + inner).encode()).hexdigest(); pw = pw2[:len(password)]
    QTest::newRow("Russian password")
        << QStringLiteral("1234567890") << QStringLiteral("Пароль2026!")
        << QByteArray("7e24ef101834e7a286b857e8661e26cb") << QByteArray("7e24ef10183");
    QTest::newRow("demo password") << QStringLiteral("8345612001") << QStringLiteral("demo-password-2026")
                                   << QByteArray("a723f0362d3f96f81593c580a1a90cca")
                                   << QByteArray("a723f0362d3f96f815");
    QTest::newRow("Ё and №") << QStringLiteral("42") << QStringLiteral("Ёлка-ёж №1")
                             << QByteArray("225121334fb3e34854067dd37e33ed22") << QByteArray("225121334f");
}

void TestNetSigning::sgoPasswordProof()
{
    QFETCH(QString, salt);
    QFETCH(QString, password);
    QFETCH(QByteArray, pw2);
    QFETCH(QByteArray, pw);
    QCOMPARE(SgoLoginForm::pw2(salt, password), pw2);
    QCOMPARE(SgoLoginForm::pw(pw2, password), pw);
}

QTEST_GUILESS_MAIN(TestNetSigning)
#include "tst_netsigning.moc"
