#include "demo/democollegegenerator.h"
#include "engine.h"
#include "sandboxids.h"
#include "net/logfile.h"
#include "servicehub.h"
#include "sandboxserver.h"
#include "sandboxsettings.h"
#include "store/cache.h"
#include "store/journalstore.h"
#include "backgroundsync.h"
#include "sync/footprintoutbox.h"
#include "sync/footprintoutboxstore.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `spodesk --demo` as a person starts it: after the first frame the in-process sandbox stands in for U2035,
// SGO and VK, and the demo college's digital footprint goes out in the background, once, without a keychain.
class TestDemoSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theDemoDeliversItsFootprintInTheBackground();
    void aLongSendShowsProgressAndCanBeCancelled();
    void anLrsGivenOnTheCommandLineGetsTheDemoInsteadOfTheSandbox();
    void aMarkTypedInTheDemoReachesSgo();
    void withFaultyDemoServicesNothingIsLost();
    void aFailingServiceIsShownUntilItTakesAgain();

private:
    static std::optional<FootprintOutboxStore::Counts> counts(Cache &cache);
    static LaunchOptions demoOptions(const QString &dataDir, const QStringList &more = {});
};

std::optional<FootprintOutboxStore::Counts> TestDemoSync::counts(Cache &cache)
{
    std::optional<FootprintOutboxStore::Counts> result;
    bool done = false;
    cache.schedule([&result, &done](QSqlDatabase &db) {
        result = FootprintOutboxStore::counts(db, nullptr);
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        return std::nullopt;
    return result;
}

LaunchOptions TestDemoSync::demoOptions(const QString &dataDir, const QStringList &more)
{
    LaunchOptions options;
    QString error;
    if (!options.parse(QStringList{QStringLiteral("spodesk"), QStringLiteral("--demo"),
                                   QStringLiteral("--data-dir"), dataDir} +
                           more,
                       &error))
        qFatal("%s", qPrintable(error));
    return options;
}

void TestDemoSync::theDemoDeliversItsFootprintInTheBackground()
{
    QTemporaryDir dir;
    const LaunchOptions options = demoOptions(dir.path());
    // As main() does: every category's lines into the data folder's log, which is searched below too.
    QVERIFY(LogFile::install(dir.filePath(QStringLiteral("logs"))));
    int delivered = 0;
    {
        Engine engine(options);
        QSignalSpy ready(&engine, &Engine::ready);
        QSignalSpy notices(&engine, &Engine::notice);
        QSignalSpy footprint(&engine, &Engine::footprintChanged);
        engine.startBackground(); // as after the first frame, before the cache is ready: it waits for it
        engine.start();
        QVERIFY(ready.wait(120000));
        QTRY_VERIFY_WITH_TIMEOUT(!footprint.isEmpty(), 60000);
        QVERIFY2(notices.isEmpty(), notices.isEmpty() ? "" : qPrintable(notices.first().first().toString()));

        // The demo's keys never reach the person's keychain.
        QVERIFY(engine.services().credentials().isSessionOnly());
        QTRY_VERIFY_WITH_TIMEOUT(engine.syncState().hasServices(), 10000);

        std::optional<FootprintOutboxStore::Counts> now;
        QTRY_VERIFY_WITH_TIMEOUT((now = counts(engine.cache())) && now->delivered > 0 && now->pending() == 0,
                                 120000);
        QCOMPARE(now->failed(), 0);
        delivered = now->delivered;
        QTRY_COMPARE_WITH_TIMEOUT(engine.syncState().pending(), 0, 10000);
        QVERIFY(engine.syncState().isOnline());
        QCOMPARE(engine.syncState().failed(), 0);
    }
    {
        // The next start queues nothing again and sends nothing twice.
        Engine engine(options);
        QSignalSpy ready(&engine, &Engine::ready);
        QSignalSpy footprint(&engine, &Engine::footprintChanged);
        engine.start();
        QVERIFY(ready.wait(60000));
        engine.startBackground();
        QTRY_VERIFY_WITH_TIMEOUT(!footprint.isEmpty(), 60000);
        FootprintOutbox *outbox = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((outbox = engine.backgroundSync()->footprintOutbox()), 60000);
        // One whole round after the demo's record was stored: it finds nothing to send.
        QSignalSpy waiting(outbox, &FootprintOutbox::waiting);
        engine.footprintQueued();
        QVERIFY(waiting.wait(60000));
        QCOMPARE(outbox->requests(), 0);
        const std::optional<FootprintOutboxStore::Counts> again = counts(engine.cache());
        QVERIFY(again);
        QCOMPARE(again->delivered, delivered);
        QCOMPARE(again->pending(), 0);
    }

    // The demo's secrets went to the services but nowhere on disk: not the cache, the settings, the log.
    const SandboxSettings demo;
    const QList<QByteArray> secrets = {demo.staffPassword.toUtf8(), QByteArrayLiteral("demo-vk-token"),
                                       demo.storageSecretKey.toUtf8(),
                                       QByteArrayLiteral("Basic ZGVtbzpkZW1v")}; // demo:demo as sent
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int searched = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        ++searched;
        for (const QByteArray &secret : secrets)
            QVERIFY2(!bytes.contains(secret),
                     qPrintable(file.fileName() + QStringLiteral(" holds a secret")));
    }
    LogFile::uninstall();
    QVERIFY2(searched >= 3, qPrintable(QString::number(searched))); // the cache, services.ini, the log
}

void TestDemoSync::aLongSendShowsProgressAndCanBeCancelled()
{
    QTemporaryDir dir;
    const LaunchOptions options = demoOptions(dir.path());
    Engine engine(options);
    QList<SyncState::Progress> seen;
    connect(&engine.syncState(), &SyncState::changed, this, [&engine, &seen] {
        if (engine.syncState().progress())
            seen.append(*engine.syncState().progress());
    });
    bool cancelled = false;
    connect(&engine.syncState(), &SyncState::changed, this, [&engine, &cancelled] {
        if (!cancelled && engine.syncState().progress()) {
            cancelled = true;
            engine.cancelSending();
        }
    });
    engine.startBackground();
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 120000);
    QVERIFY(seen.first().what.startsWith(QStringLiteral("Sending the digital footprint to U2035")));
    QVERIFY(seen.first().done > 0);

    // It stops after the batch on the wire: the progress goes, what is left waits, nothing is half-sent.
    QTRY_VERIFY_WITH_TIMEOUT(!engine.syncState().progress(), 20000);
    std::optional<FootprintOutboxStore::Counts> stopped = counts(engine.cache());
    QVERIFY(stopped && stopped->pending() > 0 && stopped->sending == 0 && stopped->delivered > 0);
    // Nothing goes on by itself for minutes: the outbox is stopped and its resumption is that far away.
    QVERIFY(!engine.backgroundSync()->footprintOutbox()->isRunning());
    const std::optional<std::chrono::milliseconds> resume = engine.backgroundSync()->resumesIn();
    QVERIFY(resume);
    QVERIFY2(*resume > std::chrono::minutes(5), qPrintable(QString::number(resume->count())));
    QCOMPARE(engine.syncState().pending(), stopped->pending());

    // A change a person makes sends again, and everything goes.
    engine.footprintQueued();
    std::optional<FootprintOutboxStore::Counts> now;
    QTRY_VERIFY_WITH_TIMEOUT((now = counts(engine.cache())) && now->pending() == 0, 120000);
    QCOMPARE(now->failed(), 0);
}

void TestDemoSync::anLrsGivenOnTheCommandLineGetsTheDemoInsteadOfTheSandbox()
{
    // Another LRS than the demo's own: a second sandbox, which speaks xAPI with the same demo keys.
    SandboxServer other{CollegeData()};
    QVERIFY(other.start());
    QTemporaryDir dir;
    const LaunchOptions options =
        demoOptions(dir.path(), {QStringLiteral("--u2035-url"), other.xapiBaseUrl().toString()});
    {
        Engine engine(options);
        engine.startBackground();
        engine.start();
        std::optional<FootprintOutboxStore::Counts> now;
        QTRY_VERIFY_WITH_TIMEOUT(engine.isReady(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT((now = counts(engine.cache())) && now->delivered > 0 && now->pending() == 0,
                                 120000);
        QVERIFY(other.requestCount(SandboxService::Xapi) >= (now->delivered + 49) / 50);
        QCOMPARE(engine.services().settings().u2035().lrsUrl, other.xapiBaseUrl());
    }
    // For this run only: what is saved is the demo's own address.
    ServiceSettings saved(QDir(dir.path()).filePath(QStringLiteral("services.ini")));
    QVERIFY(saved.u2035().lrsUrl != other.xapiBaseUrl());
}

void TestDemoSync::aMarkTypedInTheDemoReachesSgo()
{
    QTemporaryDir dir;
    Engine engine(demoOptions(dir.path()));
    engine.startBackground();
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.isReady(), 60000);

    // A teacher's journal of the demo college (the generator is deterministic: the same college as the
    // cache, which has it from the demo's SGO, people numbered as SGO numbers them).
    const CollegeData college = Demo::generateDemoCollege(DemoCollegeSize::Default);
    const TeachingAssignment &assignment = college.assignments.first();
    qint64 lessonId = 0;
    for (const Lesson &lesson : college.lessons) {
        if (lesson.assignmentId == assignment.id) {
            lessonId = lesson.id;
            break;
        }
    }
    qint64 studentId = 0;
    for (const Student &student : college.students) {
        if (student.groupId == assignment.groupId) {
            studentId = student.id;
            break;
        }
    }
    QVERIFY(lessonId > 0 && studentId > 0);
    Mark before;
    for (const Mark &mark : college.marks) {
        if (mark.lessonId == lessonId && mark.studentId == studentId)
            before = mark;
    }
    studentId = SandboxIds::sgoUserId(SandboxIds::PersonKind::Student, studentId);
    Mark after{lessonId, studentId, before.value == 5 ? 4 : 5, false};
    before.lessonId = lessonId;
    before.studentId = studentId;

    JournalStore store(engine.cache(), assignment.id,
                       SandboxIds::sgoUserId(SandboxIds::PersonKind::Staff, assignment.teacherId));
    bool saved = false;
    store.saveCells({JournalCellChange{before, after}}, [&saved](bool ok, const QString &error) {
        QVERIFY2(ok, qPrintable(error));
        saved = true;
    });
    QTRY_VERIFY(saved); // nothing tells the outbox: it finds the queued edit by itself

    // SGO (the demo's sandbox) holds the edit, asked over its own API; the row is marked sent.
    const auto appliedBySgo = [&engine] {
        QList<qint64> ids;
        bool done = false;
        engine.services().sgo().request("GET", QStringLiteral("webapi/journal/changes"), {}, &engine,
                                        [&ids, &done](const NetResult<QByteArray> &body) {
                                            if (body.ok()) {
                                                const QJsonArray applied =
                                                    QJsonDocument::fromJson(body.value())
                                                        .object()
                                                        .value(QStringLiteral("applied"))
                                                        .toArray();
                                                for (const QJsonValue &id : applied)
                                                    ids.append(id.toInteger());
                                            }
                                            done = true;
                                        });
        return QTest::qWaitFor([&done] { return done; }, 20000) ? ids : QList<qint64>();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!appliedBySgo().isEmpty(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(engine.syncState().pending(), 0, 20000);
}

void TestDemoSync::withFaultyDemoServicesNothingIsLost()
{
    // `spodesk --demo --sandbox-faults …`, as a person tries the app's behaviour by hand: every third request
    // to U2035 fails with 500/503 and one in ten replies is garbage; the outbox backs off and goes on.
    QTemporaryDir dir;
    const LaunchOptions options =
        demoOptions(dir.path(), {QStringLiteral("--sandbox-faults"),
                                 QStringLiteral("errors=33,malformed=10,services=xapi")});
    Engine engine(options);
    engine.startBackground();
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.isReady(), 60000);
    std::optional<FootprintOutboxStore::Counts> now;
    QTRY_VERIFY_WITH_TIMEOUT((now = counts(engine.cache())) && now->delivered > 0, 60000);
    // Each failed batch waits a little longer, then goes again by itself, until all is there.
    QTRY_VERIFY_WITH_TIMEOUT((now = counts(engine.cache())) && now->pending() == 0, 150000);
    QCOMPARE(now->failed(), 0);
}

void TestDemoSync::aFailingServiceIsShownUntilItTakesAgain()
{
    QTemporaryDir dir;
    const LaunchOptions options = demoOptions(
        dir.path(), {QStringLiteral("--sandbox-faults"), QStringLiteral("errors=100,services=xapi")});
    Engine engine(options);
    engine.startBackground();
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.isReady(), 60000);

    // U2035 answers nothing but 500/503: one row says so, with the service's words, and counts as an error.
    FailureLog &log = engine.services().failures();
    QTRY_COMPARE_WITH_TIMEOUT(log.rowCount(), 1, 60000);
    QVERIFY(log.data(log.index(0, FailureLog::WhatColumn)).toString().contains(QStringLiteral("U2035")));
    QVERIFY(log.data(log.index(0, 0), FailureLog::RetryableRole).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(engine.syncState().failed(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(engine.syncState().pending() > 0, 10000);

    // The person switches the faults off (as by hand, over the demo services' /sandbox/faults) and presses
    // «Повторить»: everything goes at once, without waiting out the pause, and the row is gone.
    QUrl control = engine.services().settings().u2035().lrsUrl;
    control.setPath(QStringLiteral("/sandbox/faults"));
    QNetworkAccessManager manager;
    QNetworkRequest request(control);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = manager.post(request, QByteArrayLiteral("{\"errorRatePercent\":0}"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
    log.retryRow(0);
    std::optional<FootprintOutboxStore::Counts> now;
    QTRY_VERIFY_WITH_TIMEOUT((now = counts(engine.cache())) && now->pending() == 0, 30000);
    QCOMPARE(now->failed(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(log.rowCount(), 0, 10000);
    QCOMPARE(engine.syncState().failed(), 0);
}

QTEST_MAIN(TestDemoSync)
#include "tst_demosync.moc"
