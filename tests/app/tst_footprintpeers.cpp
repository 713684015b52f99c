#include "footprintpeerclient.h"

#include "demo/democollegegenerator.h"
#include "demo/demofootprint.h"
#include "demo/demolms.h"
#include "demo/demorandom.h"
#include "footprint/footprintplanner.h"
#include "footprint/footprintstatementid.h"
#include "launchoptions.h"
#include "net/connectivitymonitor.h"
#include "net/credentialstore.h"
#include "net/lrsclient.h"
#include "net/netcontext.h"
#include "net/networkaccess.h"
#include "net/objectstorageclient.h"
#include "net/servicesettings.h"
#include "sandboxserver.h"
#include "synconce.h"
#include "sync/footprintoutbox.h"
#include "sync/footprintuploader.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryFile>

#include <cstdio>

using namespace FootprintTest;
using State = FootprintSchema::State;

// The outbox against real peers: U2035's LRS stand-in (xapi-statements) and s3rver, and the sandbox's xAPI
// endpoint with its faults for what a real LRS won't do on demand; `spodesk --sync-once` end to end. The
// volume and the crash tests have their own executables (tst_footprintvolume, tst_footprintcrash).
class TestFootprintPeers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void lrsFaults_data();
    void lrsFaults();
    void oneBadStatementInABatchOfFifty();
    void documentsGoToObjectStorageFirst();
    void syncOnceDeliversTheDemoCollege();
    void syncOnceFailsWhenTheLrsIsAway();
    void syncOnceOptions_data();
    void syncOnceOptions();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
};

using namespace FootprintPeers;

void TestFootprintPeers::initTestCase()
{
    QString error;
    QVERIFY2(FootprintPeers::ensureInstalled(&error), qPrintable(error));
}

void TestFootprintPeers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>(m_dir->filePath(QStringLiteral("college.sqlite")));
    QVERIFY(openWithOutbox(*m_cache));
}

void TestFootprintPeers::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

void TestFootprintPeers::lrsFaults_data()
{
    QTest::addColumn<QString>("faults");
    QTest::newRow("500 and 503") << QStringLiteral("errors=100,services=xapi");
    QTest::newRow("hangs") << QStringLiteral("hang,services=xapi");
    QTest::newRow("closes the connection") << QStringLiteral("close,services=xapi");
    QTest::newRow("garbage") << QStringLiteral("malformed=100,services=xapi");
}

void TestFootprintPeers::lrsFaults()
{
    QFETCH(QString, faults);
    SandboxServer sandbox(CollegeData{});
    QVERIFY(sandbox.start());
    const QList<FootprintStatement> statements = demoCollegeStatements(DemoCollegeSize::Default).mid(0, 50);
    QVERIFY(enqueue(*m_cache, statements));
    Client client(sandbox.xapiBaseUrl(), {sandbox.settings().xapiKey, sandbox.settings().xapiSecret},
                  std::chrono::milliseconds(400));
    FootprintOutbox outbox(*m_cache, client.lrs);
    outbox.setBackoff(std::chrono::milliseconds(100), std::chrono::milliseconds(400));

    SandboxFaults fault;
    QString error;
    QVERIFY2(SandboxFaults::parse(faults, &fault, &error), qPrintable(error));
    sandbox.setFaults(fault);
    const FootprintOutbox::Summary failed = drain(outbox);
    QVERIFY(failed.stalled);
    QCOMPARE(failed.counts.delivered, 0);
    QCOMPARE(failed.counts.waiting, 50);
    QVERIFY(!failed.lastError.isEmpty());

    // The LRS is well again: the running outbox resumes by itself after its pause.
    sandbox.setFaults(SandboxFaults());
    outbox.start();
    QTRY_COMPARE_WITH_TIMEOUT(counts(*m_cache).delivered, 50, 20000);
    outbox.stop();
    // The sandbox took some batches already while it garbled or cut the replies: nothing is there twice.
    QNetworkAccessManager network;
    int status = 0;
    const QByteArray body =
        FootprintPeers::get(network, QUrl(sandbox.xapiBaseUrl().toString() + QStringLiteral("/statements")),
                            "Basic " + QByteArray("demo:demo").toBase64(), &status);
    QCOMPARE(status, 200);
    QStringList ids;
    for (const QJsonValue &statement :
         QJsonDocument::fromJson(body).object().value(QStringLiteral("statements")).toArray())
        ids << statement.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(ids.size(), 50);
    QCOMPARE(distinct(ids).size(), 50);
}

void TestFootprintPeers::oneBadStatementInABatchOfFifty()
{
    FootprintPeers::Lrs lrs;
    QString error;
    QVERIFY2(lrs.start(&error), qPrintable(error));
    // The demo college's structure and its first facts, 50 in all: one batch.
    QList<FootprintStatement> statements = demoCollegeStatements(DemoCollegeSize::Default).mid(0, 50);
    // One fact the LRS refuses: its verb is not an IRI.
    FootprintStatement &bad = statements[45];
    QCOMPARE(bad.rank, FootprintStatement::Rank::Fact);
    QJsonObject verb = bad.json.value(QStringLiteral("verb")).toObject();
    verb.insert(QStringLiteral("id"), QStringLiteral("прошёл"));
    bad.json.insert(QStringLiteral("verb"), verb);
    QVERIFY(enqueue(*m_cache, statements));

    Client client(lrs.xapiBase(), {QStringLiteral("test"), QStringLiteral("test")});
    FootprintOutbox outbox(*m_cache, client.lrs);
    QSignalSpy refused(&outbox, &FootprintOutbox::refused);
    const FootprintOutbox::Summary summary = drain(outbox);
    QCOMPARE(summary.counts.delivered, 49);
    QCOMPARE(summary.counts.rejected, 1);
    QVERIFY(!summary.stalled);
    QCOMPARE(refused.size(), 1);
    const QString badId = idOf(bad.factKey);
    QCOMPARE(refused.first().at(0).toString(), badId);
    const QString reason = refused.first().at(3).toString();
    qInfo("refused: %s", qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("400")) && reason.contains(QStringLiteral("verb.id")),
             qPrintable(reason));
    QList<FootprintOutboxStore::Failure> failures;
    run(*m_cache, [&failures](QSqlDatabase &db) { failures = FootprintOutboxStore::failures(db); });
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().id, badId);
    QCOMPARE(failures.first().reason, reason);

    const QStringList ids = lrs.allIds(&error);
    QCOMPARE(distinct(ids).size(), 49);
    QVERIFY(!ids.contains(badId));
    qInfo("%d requests to isolate it", summary.requests);
}

void TestFootprintPeers::documentsGoToObjectStorageFirst()
{
    FootprintPeers::Lrs lrs;
    FootprintPeers::S3 s3;
    QString error;
    QVERIFY2(lrs.start(&error), qPrintable(error));
    QVERIFY2(s3.start(&error), qPrintable(error));

    auto file = [this](const QString &name, int size, quint32 seed) {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator random(seed);
        for (char &c : data)
            c = char(random.bounded(256));
        QFile out(m_dir->filePath(name));
        out.open(QIODevice::WriteOnly);
        out.write(data);
        FootprintDocumentFile document;
        document.attachment.fileName = name;
        document.attachment.contentType = name.endsWith(QLatin1String(".pdf"))
                                              ? QStringLiteral("application/pdf")
                                              : QStringLiteral("image/jpeg");
        document.attachment.length = size;
        document.attachment.sha2 =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        document.localPath = out.fileName();
        document.addedAt = QDateTime(QDate(2026, 11, 10), QTime(12, 0), Qt::OffsetFromUTC, 3 * 3600);
        return std::make_pair(document, data);
    };
    auto [diary, diaryData] = file(QStringLiteral("Дневник практики.pdf"), 300000, 1);
    diary.attachment.usage = FootprintAttachment::Usage::PracticeDiary;
    auto [act, actData] = file(QStringLiteral("act.jpg"), 40000, 2);
    act.attachment.usage = FootprintAttachment::Usage::OtherDocument;

    // A practical block whose last activity is the block attestation; one student who passed it.
    const Program program{1, QStringLiteral("Эксплуатация БАС"), QStringLiteral("77")};
    const QList<ProgramBlock> blocks{
        ProgramBlock{1, 1, QStringLiteral("Практика"), ProgramBlock::Kind::Practical, 1, false}};
    Activity attestation;
    attestation.id = 1;
    attestation.blockId = 1;
    attestation.groupId = 1;
    attestation.title = QStringLiteral("Аттестация по практическому блоку");
    attestation.type = ActivityType::Test;
    attestation.attestation = true;
    attestation.blockAttestation = true;
    Student student;
    student.id = 1;
    student.groupId = 1;
    student.untiId = QStringLiteral("5550001");
    FootprintProgress passed;
    passed.activityId = 1;
    passed.studentId = 1;
    passed.events.testPassedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::OffsetFromUTC, 3 * 3600);
    passed.events.reportSentAt = passed.events.testPassedAt;
    passed.events.reportConfirmedAt = passed.events.testPassedAt.addSecs(3600);
    passed.score = FootprintFact::Score{5, 0, 5};
    PracticeReportFiles files{1, 1, {diary}, {act}};
    FootprintSetup setup = DemoFootprint::setup(CollegeData{}, program);
    setup.organisation = organisation;
    const BasExtensionCatalogue catalogue = FootprintTest::catalogue();
    const FootprintPlanner::Plan plan =
        FootprintPlanner(setup, program, blocks, {attestation}, catalogue).plan({student}, {passed}, {files});
    QCOMPARE(plan.statements.size(), 5); // course, block, attestation, its fact, the report
    QVERIFY(enqueue(*m_cache, plan.statements));

    Client client(lrs.xapiBase(), {QStringLiteral("test"), QStringLiteral("test")});
    client.useStorage(s3);
    // The act was stored before (a run that crashed after its PUT): it is found, not sent again.
    bool put = false;
    client.storage.put(
        FootprintPlanner::documentKey(act.attachment), actData, act.attachment.contentType, &client.settings,
        [&put](const NetResult<ObjectStorageClient::StoredObject> &result) { put = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(put, 10000);

    FootprintUploader uploader(*m_cache, client.context, client.credentials, client.settings, client.storage);
    FootprintOutbox outbox(*m_cache, client.lrs);
    outbox.setUploader(&uploader);
    const FootprintOutbox::Summary summary = drain(outbox);
    QVERIFY2(!summary.stalled, qPrintable(summary.lastError));
    QCOMPARE(summary.counts.delivered, 5);
    QCOMPARE(uploader.uploads(), 1);

    // The LRS has the report with the stored files' URLs and hashes; the storage has the very bytes.
    QNetworkAccessManager network;
    int status = 0;
    const QString reportId = idOf(FootprintPlanner::practiceReportKey(1, 1));
    const QJsonObject report =
        QJsonDocument::fromJson(
            FootprintPeers::get(
                network,
                QUrl(lrs.xapiBase().toString() + QStringLiteral("/statements?statementId=") + reportId),
                "Basic " + QByteArray("test:test").toBase64(), &status))
            .object();
    QCOMPARE(status, 200);
    const QJsonArray attachments = report.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 2);
    const QJsonObject first = attachments.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("usageType")).toString(),
             QStringLiteral("https://id.2035.university/xapi/attachments/practice-diary"));
    QCOMPARE(first.value(QStringLiteral("sha2")).toString(), diary.attachment.sha2);
    QCOMPARE(first.value(QStringLiteral("length")).toInt(), 300000);
    const QUrl diaryUrl(first.value(QStringLiteral("fileUrl")).toString());
    QCOMPARE(diaryUrl.toString(), s3.endpoint().toString() + QStringLiteral("/spodesk/footprint/") +
                                      diary.attachment.sha2 + QStringLiteral(".pdf"));
    QCOMPARE(FootprintPeers::get(network, diaryUrl, QByteArray(), &status), diaryData);
    QCOMPARE(status, 200);
    QCOMPARE(attachments.at(1).toObject().value(QStringLiteral("fileUrl")).toString(),
             s3.endpoint().toString() + QStringLiteral("/spodesk/footprint/") + act.attachment.sha2 +
                 QStringLiteral(".jpg"));

    // A file changed after it was attached never goes under the old hash.
    auto [changed, changedData] = file(QStringLiteral("protocol.pdf"), 1000, 3);
    changed.attachment.usage = FootprintAttachment::Usage::OtherDocument;
    PracticeReportFiles second{1, 1, {changed}, {}};
    Student other = student;
    other.id = 2;
    other.untiId = QStringLiteral("5550002");
    passed.studentId = 2;
    second.studentId = 2;
    const FootprintPlanner::Plan more =
        FootprintPlanner(setup, program, blocks, {attestation}, catalogue).plan({other}, {passed}, {second});
    QVERIFY(enqueue(*m_cache, more.statements));
    QFile rewrite(changed.localPath);
    QVERIFY(rewrite.open(QIODevice::WriteOnly));
    rewrite.write("another file");
    rewrite.close();
    const FootprintOutbox::Summary after = drain(outbox);
    QCOMPARE(after.counts.delivered, 6); // the student's attestation fact, not the report
    QCOMPARE(after.counts.waiting, 1);
    QList<FootprintOutboxStore::PendingDocument> pending;
    run(*m_cache, [&pending](QSqlDatabase &db) {
        pending = FootprintOutboxStore::pendingDocuments(db, QDateTime::currentDateTimeUtc().addDays(1), 10);
    });
    QCOMPARE(pending.size(), 1);
    QString lastError;
    run(*m_cache, [&lastError](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT last_error FROM footprint_documents WHERE uploaded_at IS NULL"));
        if (q.next())
            lastError = q.value(0).toString();
    });
    QVERIFY2(lastError.contains(QStringLiteral("SHA-256")), qPrintable(lastError));
}

void TestFootprintPeers::syncOnceDeliversTheDemoCollege()
{
    FootprintPeers::Lrs lrs;
    QString error;
    QVERIFY2(lrs.start(&error), qPrintable(error));
    QTemporaryDir data;
    LaunchOptions options;
    QVERIFY(options.parse({QStringLiteral("spodesk"), QStringLiteral("--demo"), QStringLiteral("--sync-once"),
                           QStringLiteral("--data-dir"), data.path(), QStringLiteral("--u2035-url"),
                           lrs.xapiBase().toString()},
                          &error));
    SyncOnceSetup setup;
    setup.schemaPath = TestPaths::sourceDir() + QStringLiteral("/resources/u2035/fd.schema.json");
    QTemporaryFile out;
    QVERIFY(out.open());
    setup.out = std::fopen(qPrintable(out.fileName()), "w");
    QCOMPARE(runSyncOnce(options, setup), 0);
    std::fclose(setup.out);
    const QString printed = QString::fromUtf8(out.readAll());
    qInfo("%s", qPrintable(printed.trimmed()));
    const QRegularExpressionMatch summary =
        QRegularExpression(QStringLiteral("delivered (\\d+), rejected 0, conflicts 0, waiting 0"))
            .match(printed);
    QVERIFY2(summary.hasMatch(), qPrintable(printed));
    const int delivered = summary.captured(1).toInt();
    QVERIFY(delivered > 500);
    // The demo college came from the sandbox's SGO, before the ЦС went.
    const QRegularExpressionMatch pulled =
        QRegularExpression(QStringLiteral("SGO: loaded (\\d+) record")).match(printed);
    QVERIFY2(pulled.hasMatch() && pulled.capturedStart() < summary.capturedStart(), qPrintable(printed));
    QVERIFY(pulled.captured(1).toInt() > 200);
    QCOMPARE(distinct(lrs.allIds(&error)).size(), delivered);
    // The override was for that run only.
    QVERIFY(!QFile::exists(data.filePath(QStringLiteral("services.ini"))) ||
            !QFile(data.filePath(QStringLiteral("services.ini")))
                 .readAll()
                 .contains(lrs.xapiBase().toString().toUtf8()));

    // Again: nothing new is due, nothing is sent twice.
    out.resize(0);
    setup.out = std::fopen(qPrintable(out.fileName()), "w");
    QCOMPARE(runSyncOnce(options, setup), 0);
    std::fclose(setup.out);
    out.seek(0);
    QVERIFY(QString::fromUtf8(out.readAll())
                .contains(QStringLiteral("delivered 0, rejected 0, conflicts 0, waiting 0")));
    QCOMPARE(lrs.allIds(&error).size(), delivered);
}

void TestFootprintPeers::syncOnceFailsWhenTheLrsIsAway()
{
    QTemporaryDir data;
    LaunchOptions options;
    QString error;
    // Port 9 (discard): below 1024, so no other test running beside this one can be listening there.
    const QString away = QStringLiteral("http://127.0.0.1:9/xAPI");
    QVERIFY(options.parse({QStringLiteral("spodesk"), QStringLiteral("--demo"), QStringLiteral("--sync-once"),
                           QStringLiteral("--data-dir"), data.path(), QStringLiteral("--u2035-url"), away},
                          &error));
    SyncOnceSetup setup;
    setup.schemaPath = TestPaths::sourceDir() + QStringLiteral("/resources/u2035/fd.schema.json");
    setup.timeout = std::chrono::milliseconds(2000);
    QTemporaryFile out;
    QTemporaryFile err;
    QVERIFY(out.open() && err.open());
    setup.out = std::fopen(qPrintable(out.fileName()), "w");
    setup.err = std::fopen(qPrintable(err.fileName()), "w");
    QCOMPARE(runSyncOnce(options, setup), 1);
    std::fclose(setup.out);
    std::fclose(setup.err);
    const QString printed = QString::fromUtf8(out.readAll());
    QVERIFY2(QRegularExpression(QStringLiteral("delivered 0, rejected 0, conflicts 0, waiting [1-9]\\d*"))
                 .match(printed)
                 .hasMatch(),
             qPrintable(printed));
    QVERIFY(!QString::fromUtf8(err.readAll()).isEmpty());
}

void TestFootprintPeers::syncOnceOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("syncOnce");
    QTest::addColumn<QString>("u2035");
    QTest::addColumn<QString>("s3");

    QTest::newRow("--sync-once") << QStringList{QStringLiteral("--sync-once")} << true << true << QString()
                                 << QString();
    QTest::newRow("both URLs") << QStringList{QStringLiteral("--u2035-url"),
                                              QStringLiteral("https://lrs.example/data/xAPI"),
                                              QStringLiteral("--s3-url=http://127.0.0.1:4568")}
                               << true << false << QStringLiteral("https://lrs.example/data/xAPI")
                               << QStringLiteral("http://127.0.0.1:4568");
    QTest::newRow("with --demo") << QStringList{QStringLiteral("--demo"), QStringLiteral("--sync-once"),
                                                QStringLiteral("--u2035-url"),
                                                QStringLiteral("http://127.0.0.1:18080/xAPI")}
                                 << true << true << QStringLiteral("http://127.0.0.1:18080/xAPI")
                                 << QString();
    QTest::newRow("not a URL") << QStringList{QStringLiteral("--u2035-url"), QStringLiteral("lrs")} << false
                               << false << QString() << QString();
    QTest::newRow("ftp") << QStringList{QStringLiteral("--s3-url"), QStringLiteral("ftp://host/x")} << false
                         << false << QString() << QString();
    QTest::newRow("no value") << QStringList{QStringLiteral("--u2035-url")} << false << false << QString()
                              << QString();
}

void TestFootprintPeers::syncOnceOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(bool, syncOnce);
    QFETCH(QString, u2035);
    QFETCH(QString, s3);
    LaunchOptions options;
    QString error;
    QCOMPARE(options.parse(QStringList{QStringLiteral("spodesk")} + arguments, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(options.syncOnce, syncOnce);
    QCOMPARE(options.u2035Url.toString(), u2035);
    QCOMPARE(options.s3Url.toString(), s3);
}

QTEST_GUILESS_MAIN(TestFootprintPeers)
#include "tst_footprintpeers.moc"
