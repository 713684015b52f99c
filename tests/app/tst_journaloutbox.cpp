#include "demoservices.h"
#include "servicehub.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "samplecollege.h"
#include "store/cache.h"
#include "store/diarystore.h"
#include "store/journalstore.h"
#include "net/sgoadmincalls.h"
#include "store/journalschema.h"
#include "storetesthelpers.h"
#include "sync/journaloutbox.h"
#include "sync/syncstate.h"
#include "tst_sandboxkit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The journal's edits reach SGO (the sandbox, following the SGO web API's conventions) in the order they were
// made, each applied once — through 503s, hangs, cut connections and garbage — and a refusal is kept with
// SGO's message until a person retries.
class TestJournalOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyEditIsAppliedOnceInOrder();
    void faultsDelayButNeitherLoseNorRepeat_data();
    void faultsDelayButNeitherLoseNorRepeat();
    void aRefusalWaitsForAPersonWithSgosMessage();
    void theDiarysChangesReachSgoAndStay();
    void aDiaryChangeSentTwiceIsAppliedOnce();
    void aMalformedDiaryChangeIsRefusedWithWords_data();
    void aMalformedDiaryChangeIsRefusedWithWords();

private:
    // The sample college in the cache, for the ЭД's writes (their rows need the students and parents).
    void writeSampleCollege();
    bool save(const std::function<void(SummarySheetStore::Done)> &call);
    // What the sandbox holds from the ЭД's changes (GET webapi/journal/changes).
    QJsonObject heldBySgo();
    QByteArray post(const QByteArray &body);
    void queue(int count, int kind = 1);
    QList<qint64> idsInState(JournalSchema::ChangeState state);
    QList<qint64> appliedBySgo();
    std::unique_ptr<JournalOutbox> outbox();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<SyncState> m_sync;
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<SandboxServer> m_sandbox;
    qint64 m_nextLesson = 1;
};

void TestJournalOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>(m_dir->filePath(QStringLiteral("college.sqlite")));
    QVERIFY(StoreTest::openCache(*m_cache).ok);
    m_sync = std::make_unique<SyncState>();
    m_hub = std::make_unique<ServiceHub>(m_dir->path(), *m_sync, ServiceHub::Options{false});
    m_hub->context().retry.timeScale = 0.001;
    m_hub->context().timeout = std::chrono::milliseconds(1500);
    m_hub->credentials().setSessionOnly(true);
    m_sandbox = std::make_unique<SandboxServer>(SandboxKit::smallCollege());
    QVERIFY(m_sandbox->start());
    bool written = false;
    m_hub->configureDemo(DemoServices::demoSetup(m_sandbox->demoServices(), QStringLiteral("admin")), this,
                         [&written](const CredentialStore::Error &error) {
                             QVERIFY(!error);
                             written = true;
                         });
    QTRY_VERIFY(written);
}

void TestJournalOutbox::cleanup()
{
    m_hub.reset();
    m_sandbox.reset();
    m_cache.reset();
    m_sync.reset();
    m_dir.reset();
}

void TestJournalOutbox::queue(int count, int kind)
{
    bool done = false;
    const qint64 first = m_nextLesson;
    m_nextLesson += count;
    m_cache->write(
        [count, kind, first](QSqlDatabase &db, QString *) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("INSERT INTO journal_changes (kind, assignment_id, lesson_id, student_id, "
                               "payload, made_at) VALUES (?, 7, ?, 3, '{\"mark\":5}', "
                               "'2026-11-25T10:00:00')"));
            for (int i = 0; i < count; ++i) {
                query.addBindValue(kind);
                query.addBindValue(first + i);
                if (!query.exec())
                    return false;
            }
            return true;
        },
        [&done](bool ok, const QString &) {
            QVERIFY(ok);
            done = true;
        });
    QTRY_VERIFY(done);
}

QList<qint64> TestJournalOutbox::idsInState(JournalSchema::ChangeState state)
{
    QList<qint64> ids;
    bool done = false;
    m_cache->schedule([&ids, &done, state](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT id FROM journal_changes WHERE state = ? ORDER BY id"));
        query.addBindValue(static_cast<int>(state));
        query.exec();
        while (query.next())
            ids.append(query.value(0).toLongLong());
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        return {};
    return ids;
}

QList<qint64> TestJournalOutbox::appliedBySgo()
{
    // What the sandbox holds, asked over HTTP as a person would look at it (GET, signed in).
    QList<qint64> ids;
    bool done = false;
    m_hub->sgo().request(
        "GET", QStringLiteral("webapi/journal/changes"), {}, this,
        [&ids, &done](const NetResult<QByteArray> &body) {
            if (body.ok()) {
                const QJsonArray applied =
                    QJsonDocument::fromJson(body.value()).object().value(QStringLiteral("applied")).toArray();
                for (const QJsonValue &id : applied)
                    ids.append(id.toInteger());
            }
            done = true;
        });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        return {};
    return ids;
}

std::unique_ptr<JournalOutbox> TestJournalOutbox::outbox()
{
    auto result = std::make_unique<JournalOutbox>(*m_cache, m_hub->sgo());
    result->setBatchSize(25);
    result->setIntervals(std::chrono::milliseconds(100), std::chrono::milliseconds(50),
                         std::chrono::milliseconds(400));
    return result;
}

void TestJournalOutbox::everyEditIsAppliedOnceInOrder()
{
    queue(60);
    auto sender = outbox();
    QSignalSpy counts(sender.get(), &JournalOutbox::countsChanged);
    sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(idsInState(JournalSchema::ChangeState::Sent).size(), 60, 20000);
    QCOMPARE(sender->requests(), 3); // ⌈60 / 25⌉
    QCOMPARE(appliedBySgo(), idsInState(JournalSchema::ChangeState::Sent));
    QTRY_VERIFY(!counts.isEmpty() && counts.last().at(0).toInt() == 0);

    // An edit made later is picked up by the idle outbox by itself.
    queue(1);
    QTRY_COMPARE_WITH_TIMEOUT(idsInState(JournalSchema::ChangeState::Sent).size(), 61, 10000);
    QCOMPARE(appliedBySgo().size(), 61);
}

void TestJournalOutbox::faultsDelayButNeitherLoseNorRepeat_data()
{
    QTest::addColumn<QString>("faults");
    QTest::newRow("503 for the next requests") << QStringLiteral("failnext=4,services=sgo");
    QTest::newRow("30% errors") << QStringLiteral("errors=30,services=sgo");
    QTest::newRow("connection closed mid-reply") << QStringLiteral("close,services=sgo");
    QTest::newRow("garbage bodies") << QStringLiteral("malformed=50,services=sgo");
    QTest::newRow("hangs") << QStringLiteral("hang,services=sgo");
}

void TestJournalOutbox::faultsDelayButNeitherLoseNorRepeat()
{
    QFETCH(QString, faults);
    // Signed in before the faults, so that they hit the journal's own calls.
    QVERIFY(appliedBySgo().isEmpty());
    queue(40);
    SandboxFaults injected;
    QString error;
    QVERIFY2(SandboxFaults::parse(faults, &injected, &error), qPrintable(error));
    m_sandbox->setFaults(injected);
    auto sender = outbox();
    QSignalSpy stalled(sender.get(), &JournalOutbox::stalled);
    QSignalSpy sent(sender.get(), &JournalOutbox::sent);
    sender->start();
    QTRY_VERIFY_WITH_TIMEOUT(sender->requests() >= 2, 20000);
    // every round ends one way or the other
    QTRY_VERIFY_WITH_TIMEOUT(!stalled.isEmpty() || !sent.isEmpty(), 20000);
    m_sandbox->setFaults(SandboxFaults());
    sender->retryNow(); // «Повторить»: no waiting out the pause
    QTRY_COMPARE_WITH_TIMEOUT(idsInState(JournalSchema::ChangeState::Sent).size(), 40, 30000);
    QVERIFY(idsInState(JournalSchema::ChangeState::Pending).isEmpty());
    QVERIFY(idsInState(JournalSchema::ChangeState::Failed).isEmpty());
    const QList<qint64> applied = appliedBySgo();
    QCOMPARE(applied, idsInState(JournalSchema::ChangeState::Sent)); // each once: the sandbox keys what it applied by id
}

void TestJournalOutbox::aRefusalWaitsForAPersonWithSgosMessage()
{
    queue(3, 99); // a kind SGO does not know
    auto sender = outbox();
    QSignalSpy refused(sender.get(), &JournalOutbox::refused);
    QSignalSpy waiting(sender.get(), &JournalOutbox::waiting);
    sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QCOMPARE(refused.first().at(1).toInt(), 3);
    const NetError error = refused.first().at(0).value<NetError>();
    QVERIFY2(error.toUserText().contains(QStringLiteral("Неизвестный вид изменения журнала")),
             qPrintable(error.toUserText()));
    QCOMPARE(idsInState(JournalSchema::ChangeState::Failed).size(), 3);
    // Not sent again by itself: the round after the refusal finds nothing to send and waits for the poll.
    QTRY_VERIFY_WITH_TIMEOUT(!waiting.isEmpty(), 10000);
    QCOMPARE(sender->requests(), 1);
    QCOMPARE(refused.size(), 1);
    QVERIFY(appliedBySgo().isEmpty());

    // Put back by «Повторить»; still refused, still kept.
    sender->retryRefused();
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, 10000);
    QCOMPARE(idsInState(JournalSchema::ChangeState::Failed).size(), 3);

    // The next run says so again, in SGO's words, without sending them by itself.
    sender.reset();
    auto next = outbox();
    QSignalSpy again(next.get(), &JournalOutbox::refused);
    QSignalSpy nextWaiting(next.get(), &JournalOutbox::waiting);
    next->start();
    QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 10000);
    QCOMPARE(again.first().at(1).toInt(), 3);
    QVERIFY(again.first().at(0).value<NetError>().toUserText().contains(
        QStringLiteral("Неизвестный вид изменения журнала")));
    QTRY_VERIFY_WITH_TIMEOUT(!nextWaiting.isEmpty(), 10000);
    QCOMPARE(next->requests(), 0);
}

void TestJournalOutbox::writeSampleCollege()
{
    QSignalSpy written(m_cache.get(), &Cache::collegeWritten);
    m_cache->writeCollege(sampleCollege());
    QVERIFY(written.wait(20000));
    QVERIFY(written.first().first().toBool());
}

bool TestJournalOutbox::save(const std::function<void(SummarySheetStore::Done)> &call)
{
    bool finished = false;
    bool result = false;
    call([&](bool ok, const QString &) {
        finished = true;
        result = ok;
    });
    return QTest::qWaitFor([&finished] { return finished; }, 10000) && result;
}

QJsonObject TestJournalOutbox::heldBySgo()
{
    QJsonObject held;
    bool done = false;
    m_hub->sgo().request("GET", QStringLiteral("webapi/journal/changes"), {}, this,
                         [&held, &done](const NetResult<QByteArray> &body) {
                             if (body.ok())
                                 held = QJsonDocument::fromJson(body.value()).object();
                             done = true;
                         });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        return {};
    return held;
}

QByteArray TestJournalOutbox::post(const QByteArray &body)
{
    QByteArray reply;
    bool done = false;
    m_hub->sgo().request("POST", QStringLiteral("webapi/journal/changes"), body, this,
                         [&reply, &done](const NetResult<QByteArray> &answer) {
                             if (answer.ok())
                                 reply = answer.value();
                             done = true;
                         });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        return {};
    return reply;
}

void TestJournalOutbox::theDiarysChangesReachSgoAndStay()
{
    writeSampleCollege();
    DiaryStore store(*m_cache, 11);
    FinalGrade five;
    five.studentId = 100;
    five.assignmentId = 1;
    five.value = 5;
    five.setAt = QDateTime(QDate(2026, 12, 20), QTime(10, 15));
    five.publishedAt = QDateTime(QDate(2026, 12, 20), QTime(18, 0));
    FinalGrade deferred;
    deferred.studentId = 101;
    deferred.assignmentId = 1;
    deferred.deferred = true;
    deferred.deferralReason = QStringLiteral("Болезнь, справка № 15");
    deferred.deferredUntil = QDate(2027, 1, 20);
    QVERIFY(save([&](auto done) { store.saveFinalGrades({five, deferred}, done); }));
    ParentConsent consent;
    consent.parent.id = 200;
    consent.parent.name = {QStringLiteral("Алексеева"), QStringLiteral("Ирина"), {}};
    consent.parent.phone = QStringLiteral("8 912 000-11-22");
    consent.parent.email = QStringLiteral("irina@example.ru");
    consent.parent.contactSource = Parent::ContactSource::Electronic;
    consent.parent.consent = Parent::Consent::Refused;
    consent.parent.consentDate = QDate(2026, 11, 20);
    consent.consentForm = Parent::ContactSource::InWriting;
    QVERIFY(save([&](auto done) { store.saveParentConsent(consent, done); }));
    // A grade, its publication, a deferral, the contacts, the answer.
    QCOMPARE(idsInState(JournalSchema::ChangeState::Pending).size(), 5);

    auto sender = outbox();
    sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(idsInState(JournalSchema::ChangeState::Sent).size(), 5, 20000);
    QCOMPARE(sender->requests(), 1); // the same batches as the journal's edits

    const QJsonObject held = heldBySgo();
    QCOMPARE(held.value(QStringLiteral("applied")).toArray().size(), 5);
    QJsonObject grades[2];
    for (const QJsonValue &g : held.value(QStringLiteral("finalGrades")).toArray())
        grades[g.toObject().value(QStringLiteral("studentId")).toInteger() == 100 ? 0 : 1] = g.toObject();
    QCOMPARE(grades[0].value(QStringLiteral("value")).toInt(), 5);
    QCOMPARE(grades[0].value(QStringLiteral("setAt")).toString(), QStringLiteral("2026-12-20T10:15:00"));
    QCOMPARE(grades[0].value(QStringLiteral("publishedAt")).toString(),
             QStringLiteral("2026-12-20T18:00:00"));
    QVERIFY(grades[1].value(QStringLiteral("deferred")).toBool());
    QCOMPARE(grades[1].value(QStringLiteral("deferralReason")).toString(), deferred.deferralReason);
    QCOMPARE(grades[1].value(QStringLiteral("deferredUntil")).toString(), QStringLiteral("2027-01-20"));
    const QJsonArray parents = held.value(QStringLiteral("parents")).toArray();
    QCOMPARE(parents.size(), 1);
    const QJsonObject parent = parents.first().toObject();
    QCOMPARE(parent.value(QStringLiteral("id")).toInteger(), qint64(200));
    QCOMPARE(parent.value(QStringLiteral("phone")).toString(), QStringLiteral("8 912 000-11-22"));
    QCOMPARE(parent.value(QStringLiteral("contactSource")).toString(), QStringLiteral("electronic"));
    QCOMPARE(parent.value(QStringLiteral("consent")).toString(), QStringLiteral("refused"));
    QCOMPARE(parent.value(QStringLiteral("consentDate")).toString(), QStringLiteral("2026-11-20"));
    QCOMPARE(parent.value(QStringLiteral("consentForm")).toString(), QStringLiteral("inWriting"));
}

void TestJournalOutbox::aDiaryChangeSentTwiceIsAppliedOnce()
{
    writeSampleCollege();
    DiaryStore store(*m_cache, 11);
    FinalGrade grade;
    grade.studentId = 100;
    grade.assignmentId = 1;
    grade.value = 5;
    grade.setAt = QDateTime(QDate(2026, 12, 20), QTime(10, 15));
    QVERIFY(save([&](auto done) { store.saveFinalGrades({grade}, done); }));
    auto sender = outbox();
    sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(idsInState(JournalSchema::ChangeState::Sent).size(), 1, 20000);
    const qint64 first = idsInState(JournalSchema::ChangeState::Sent).first();
    grade.value = 4;
    QVERIFY(save([&](auto done) { store.saveFinalGrades({grade}, done); }));
    sender->wake();
    QTRY_COMPARE_WITH_TIMEOUT(idsInState(JournalSchema::ChangeState::Sent).size(), 2, 20000);

    // The first change again, as after a reply that was lost: SGO names it applied and keeps the later grade.
    SgoAdminCalls::JournalChange again;
    again.id = first;
    again.kind = int(JournalStore::ChangeKind::FinalGrade);
    again.assignmentId = 1;
    again.studentId = 100;
    again.payload = SgoAdminCalls::finalGradePayload(5, grade.setAt);
    again.madeAt = QStringLiteral("2026-12-20T07:15:00Z");
    const QJsonArray applied = QJsonDocument::fromJson(post(SgoAdminCalls::journalChangesBody({again})))
                                   .object()
                                   .value(QStringLiteral("applied"))
                                   .toArray();
    QCOMPARE(applied, QJsonArray({first}));
    const QJsonArray grades = heldBySgo().value(QStringLiteral("finalGrades")).toArray();
    QCOMPARE(grades.size(), 1);
    QCOMPARE(grades.first().toObject().value(QStringLiteral("value")).toInt(), 4);
}

void TestJournalOutbox::aMalformedDiaryChangeIsRefusedWithWords_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("message");
    QTest::newRow("grade outside the scale")
        << 9 << QByteArray(R"({"value":7,"setAt":"2026-12-20T10:00:00"})")
        << QStringLiteral("Итоговая оценка вне шкалы 2–5");
    QTest::newRow("deferral without a reason") << 10 << QByteArray(R"({"reason":" ","until":"2027-01-20"})")
                                               << QStringLiteral("Отсрочка итоговой оценки без причины");
    QTest::newRow("publication without a time")
        << 11 << QByteArray(R"({"publishedAt":"вчера"})")
        << QStringLiteral("Публикация в сводной ведомости без времени публикации");
    QTest::newRow("refusal without a date")
        << 12
        << QByteArray(R"({"parentId":200,"consent":"refused","consentDate":"","consentForm":"inWriting"})")
        << QStringLiteral("Согласие или отказ родителя без даты");
    QTest::newRow("contacts without the parent")
        << 13 << QByteArray(R"({"phone":"1","email":"","contactSource":"inWriting"})")
        << QStringLiteral("Изменение данных родителя без номера родителя");
}

void TestJournalOutbox::aMalformedDiaryChangeIsRefusedWithWords()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, payload);
    QFETCH(QString, message);
    queue(2); // well-formed edits in the same batch are refused with it: all or nothing
    bool done = false;
    m_cache->write(
        [kind, payload](QSqlDatabase &db, QString *) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("INSERT INTO journal_changes (kind, assignment_id, student_id, payload,"
                               " made_at) VALUES (?, ?, ?, ?, '2026-11-25T10:00:00')"));
            const bool grade = kind <= 11;
            query.addBindValue(kind);
            query.addBindValue(grade ? 1 : 0);
            query.addBindValue(grade ? QVariant(100) : QVariant(QMetaType::fromType<qint64>()));
            query.addBindValue(QString::fromUtf8(payload));
            return query.exec();
        },
        [&done](bool ok, const QString &) {
            QVERIFY(ok);
            done = true;
        });
    QTRY_VERIFY(done);
    auto sender = outbox();
    QSignalSpy refused(sender.get(), &JournalOutbox::refused);
    sender->start();
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
    QCOMPARE(refused.first().at(1).toInt(), 3);
    const NetError error = refused.first().at(0).value<NetError>();
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.serviceMessage, message);
    QCOMPARE(idsInState(JournalSchema::ChangeState::Failed).size(), 3);
    const QJsonObject held = heldBySgo();
    QVERIFY(held.value(QStringLiteral("applied")).toArray().isEmpty());
    QVERIFY(held.value(QStringLiteral("finalGrades")).toArray().isEmpty());
    QVERIFY(held.value(QStringLiteral("parents")).toArray().isEmpty());
}

QTEST_MAIN(TestJournalOutbox)
#include "tst_journaloutbox.moc"
