#include "samplecollege.h"
#include "storetesthelpers.h"
#include "store/diaryrepository.h"
#include "store/diarystore.h"
#include "store/journalstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The ЭД part of the cache: a group read whole on the store thread, final grades and parents' consents
// written through Cache::write — all of a batch or none — and read back as they were written.
class TestFinalGradeStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void readsTheGroupWhole();
    void tasksOfALessonAreHomework();
    void finalGradesRoundTrip();
    void aBatchWithABadGradeSavesNothing();
    void consentRoundTrip();
    void unknownGroupIsEmpty();
    void eachGradeWriteQueuesOneChangeForSgo();
    void consentAndContactsQueueWhatChanged();

private:
    // What waits to go to SGO (journal_changes still pending), in order.
    struct Queued
    {
        JournalStore::ChangeKind kind;
        qint64 assignmentId = 0;
        qint64 studentId = 0;
        QJsonObject payload;
    };
    QList<Queued> queued();
    bool load(DiaryStore &store);
    bool save(const std::function<void(SummarySheetStore::Done)> &call, QString *error = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
};

void TestFinalGradeStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cache = std::make_unique<Cache>(m_dir->filePath(QStringLiteral("cache.sqlite")));
    QVERIFY(StoreTest::openCache(*m_cache).ok);
    QSignalSpy written(m_cache.get(), &Cache::collegeWritten);
    m_cache->writeCollege(sampleCollege());
    QVERIFY(written.wait(20000));
    QVERIFY(written.first().first().toBool());
}

void TestFinalGradeStore::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

bool TestFinalGradeStore::load(DiaryStore &store)
{
    QSignalSpy loaded(&store, &DiaryStore::loaded);
    store.reload();
    return loaded.wait(10000);
}

bool TestFinalGradeStore::save(const std::function<void(SummarySheetStore::Done)> &call, QString *error)
{
    bool finished = false;
    bool result = false;
    call([&](bool ok, const QString &message) {
        finished = true;
        result = ok;
        if (error)
            *error = message;
    });
    // The answer comes back on this thread later, never inside the call.
    if (finished)
        return false;
    QDeadlineTimer deadline(10000);
    while (!finished && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return finished && result;
}

void TestFinalGradeStore::readsTheGroupWhole()
{
    DiaryStore store(*m_cache, 11);
    QVERIFY(store.needsReload());
    QVERIFY(load(store));
    QVERIFY(!store.needsReload());
    const DiaryGroupData &d = store.data();
    QCOMPARE(d.organisation, QStringLiteral("ГБПОУ «Колледж связи № 54»"));
    QCOMPARE(d.group.name, QStringLiteral("ДО-19-3"));
    QCOMPARE(d.students.size(), 2);
    QCOMPARE(d.students.first().name.last, QStringLiteral("Алексеева"));
    QCOMPARE(d.assignments.size(), 2);
    QCOMPARE(d.subjectName(d.assignments.at(0).id), QStringLiteral("Английский язык(ОГСЭ)"));
    QCOMPARE(d.teacherName(1), QStringLiteral("Иванов Пётр"));
    QCOMPARE(d.assignment(1)->plannedHours, 72);
    QCOMPARE(d.lessons.size(), 2);
    QCOMPARE(d.marks.size(), 3);
    QCOMPARE(d.parents.size(), 1);
    QCOMPARE(d.parents.first().consent, Parent::Consent::Given);
    QCOMPARE(d.childrenOf(200), QList<qint64>{100});
    QVERIFY(d.finalGrades.isEmpty());
    // No form registered for her consent yet: taken to have come as her contacts did, in writing.
    QCOMPARE(d.consentForms.value(200), Parent::ContactSource::InWriting);
    store.markStale();
    QVERIFY(store.needsReload());
}

void TestFinalGradeStore::tasksOfALessonAreHomework()
{
    QSignalSpy done(m_cache.get(), &Cache::writeFinished);
    m_cache->write([](QSqlDatabase &db, QString *error) {
        QSqlQuery q(db);
        const bool ok = q.exec(QStringLiteral("INSERT INTO lesson_tasks (lesson_id, text, graded)"
                                              " VALUES (1001, 'Выучить слова', 0)"));
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    });
    QVERIFY(done.wait(10000));
    QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(2).toString()));
    DiaryStore store(*m_cache, 11);
    QVERIFY(load(store));
    QCOMPARE(store.data().lessons.at(1).homework, QStringLiteral("Упр. 5; Выучить слова"));
}

void TestFinalGradeStore::finalGradesRoundTrip()
{
    DiaryStore store(*m_cache, 11);
    QVERIFY(load(store));
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
    QString error;
    QVERIFY2(save(
                 [&](auto done) {
                     store.saveFinalGrades({five, deferred}, done);
                 },
                 &error),
             qPrintable(error));
    // What was saved is in the shared copy at once.
    QCOMPARE(store.data().finalGrades.size(), 2);

    DiaryStore again(*m_cache, 11);
    QVERIFY(load(again));
    QCOMPARE(again.data().finalGrades.size(), 2);
    for (const FinalGrade &g : again.data().finalGrades) {
        if (g.studentId == 100) {
            QCOMPARE(g.value, 5);
            QCOMPARE(g.setAt, five.setAt);
            QCOMPARE(g.publishedAt, five.publishedAt);
            QVERIFY(!g.deferred);
        } else {
            QCOMPARE(g.value, 0);
            QVERIFY(g.deferred);
            QCOMPARE(g.deferralReason, deferred.deferralReason);
            QCOMPARE(g.deferredUntil, deferred.deferredUntil);
            QVERIFY(!g.setAt.isValid());
            QVERIFY(!g.publishedAt.isValid());
        }
    }

    // Set again: the same row changes.
    five.value = 4;
    five.publishedAt = QDateTime();
    QVERIFY(save([&](auto done) { store.saveFinalGrades({five}, done); }));
    QVERIFY(load(again));
    QCOMPARE(again.data().finalGrades.size(), 2);
    const auto it = std::find_if(again.data().finalGrades.cbegin(), again.data().finalGrades.cend(),
                                 [](const FinalGrade &g) { return g.studentId == 100; });
    QCOMPARE(it->value, 4);
    QVERIFY(!it->publishedAt.isValid());
}

void TestFinalGradeStore::aBatchWithABadGradeSavesNothing()
{
    DiaryStore store(*m_cache, 11);
    QVERIFY(load(store));
    FinalGrade good;
    good.studentId = 100;
    good.assignmentId = 2;
    good.value = 4;
    good.setAt = QDateTime(QDate(2026, 12, 20), QTime(10, 0));
    FinalGrade bad = good;
    bad.studentId = 101;
    bad.value = 7; // outside the scale: the cache's CHECK refuses it
    QString error;
    QVERIFY(!save([&](auto done) { store.saveFinalGrades({good, bad}, done); }, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.data().finalGrades.isEmpty());
    DiaryStore again(*m_cache, 11);
    QVERIFY(load(again));
    QVERIFY(again.data().finalGrades.isEmpty());
    QVERIFY(queued().isEmpty()); // nor anything for SGO
}

void TestFinalGradeStore::consentRoundTrip()
{
    DiaryStore store(*m_cache, 11);
    QVERIFY(load(store));
    ParentConsent c;
    c.parent = store.data().parents.first();
    c.parent.consent = Parent::Consent::Refused;
    c.parent.consentDate = QDate(2026, 11, 20);
    c.parent.phone = QStringLiteral("8 912 000-11-22");
    c.parent.email.clear();
    c.parent.contactSource = Parent::ContactSource::Electronic;
    c.consentForm = Parent::ContactSource::InWriting;
    QString error;
    QVERIFY2(save([&](auto done) { store.saveParentConsent(c, done); }, &error), qPrintable(error));
    QCOMPARE(store.data().parents.first().consent, Parent::Consent::Refused);

    DiaryStore again(*m_cache, 11);
    QVERIFY(load(again));
    const Parent p = again.data().parents.first();
    QCOMPARE(p.consent, Parent::Consent::Refused);
    QCOMPARE(p.consentDate, QDate(2026, 11, 20));
    QCOMPARE(p.phone, QStringLiteral("8 912 000-11-22"));
    QCOMPARE(p.email, QString());
    QCOMPARE(p.contactSource, Parent::ContactSource::Electronic);
    QCOMPARE(again.data().consentForms.value(200), Parent::ContactSource::InWriting);

    // «Не запрашивалось» again: no date, no form.
    c.parent.consent = Parent::Consent::NotAsked;
    c.parent.consentDate = QDate();
    c.consentForm = Parent::ContactSource::Unknown;
    QVERIFY(save([&](auto done) { store.saveParentConsent(c, done); }));
    QVERIFY(load(again));
    QVERIFY(!again.data().parents.first().consentDate.isValid());
    QVERIFY(!again.data().consentForms.contains(200));

    // A parent who is not in the cache is an error, not a silent no-op.
    c.parent.id = 999;
    QVERIFY(!save([&](auto done) { store.saveParentConsent(c, done); }, &error));
    QVERIFY(error.contains(QStringLiteral("999")));
}

QList<TestFinalGradeStore::Queued> TestFinalGradeStore::queued()
{
    QList<Queued> rows;
    bool done = false;
    m_cache->schedule([&rows, &done](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(
            QStringLiteral("SELECT kind, assignment_id, coalesce(student_id, 0), payload FROM journal_changes"
                           " WHERE state = 0 ORDER BY id"));
        while (q.next())
            rows.append({JournalStore::ChangeKind(q.value(0).toInt()), q.value(1).toLongLong(),
                         q.value(2).toLongLong(),
                         QJsonDocument::fromJson(q.value(3).toByteArray()).object()});
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        return {};
    return rows;
}

void TestFinalGradeStore::eachGradeWriteQueuesOneChangeForSgo()
{
    using Kind = JournalStore::ChangeKind;
    DiaryStore store(*m_cache, 11);
    QVERIFY(load(store));
    FinalGrade five;
    five.studentId = 100;
    five.assignmentId = 1;
    five.value = 5;
    five.setAt = QDateTime(QDate(2026, 12, 20), QTime(10, 15));
    QVERIFY(save([&](auto done) { store.saveFinalGrades({five}, done); }));
    QList<Queued> rows = queued();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, Kind::FinalGrade);
    QCOMPARE(rows.at(0).assignmentId, qint64(1));
    QCOMPARE(rows.at(0).studentId, qint64(100));
    QCOMPARE(rows.at(0).payload,
             QJsonObject({{QStringLiteral("value"), 5},
                          {QStringLiteral("setAt"), QStringLiteral("2026-12-20T10:15:00")}}));

    // Published in the summary sheet: one more, for the publication.
    five.publishedAt = QDateTime(QDate(2026, 12, 20), QTime(18, 0));
    QVERIFY(save([&](auto done) { store.saveFinalGrades({five}, done); }));
    rows = queued();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).kind, Kind::SummaryPublished);
    QCOMPARE(rows.at(1).payload.value(QStringLiteral("publishedAt")).toString(),
             QStringLiteral("2026-12-20T18:00:00"));

    // The same again («Повторить» after a save that went through): nothing new to tell.
    QVERIFY(save([&](auto done) { store.saveFinalGrades({five}, done); }));
    QCOMPARE(queued().size(), 2);

    // Changed before SGO had them: only the latest goes, and the new grade is not published.
    five.value = 4;
    five.setAt = QDateTime(QDate(2026, 12, 21), QTime(9, 0));
    five.publishedAt = QDateTime();
    QVERIFY(save([&](auto done) { store.saveFinalGrades({five}, done); }));
    rows = queued();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, Kind::FinalGrade);
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("value")).toInt(), 4);

    // A deferral of another student: one change of its own.
    FinalGrade deferred;
    deferred.studentId = 101;
    deferred.assignmentId = 1;
    deferred.deferred = true;
    deferred.deferralReason = QStringLiteral("Болезнь, справка № 15");
    deferred.deferredUntil = QDate(2027, 1, 20);
    QVERIFY(save([&](auto done) { store.saveFinalGrades({deferred}, done); }));
    rows = queued();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).kind, Kind::Deferral);
    QCOMPARE(rows.at(1).studentId, qint64(101));
    QCOMPARE(rows.at(1).payload, QJsonObject({{QStringLiteral("reason"), deferred.deferralReason},
                                              {QStringLiteral("until"), QStringLiteral("2027-01-20")}}));

    // Once SGO has taken them, a new grade is queued anew, after them.
    bool marked = false;
    m_cache->schedule([&marked](QSqlDatabase &db) {
        QSqlQuery q(db);
        marked = q.exec(QStringLiteral("UPDATE journal_changes SET state = 1"));
    });
    QTRY_VERIFY(marked);
    deferred.deferred = false;
    deferred.deferralReason.clear();
    deferred.deferredUntil = QDate();
    deferred.value = 3;
    deferred.setAt = QDateTime(QDate(2027, 1, 18), QTime(12, 0));
    QVERIFY(save([&](auto done) { store.saveFinalGrades({deferred}, done); }));
    rows = queued();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, Kind::FinalGrade);
    QCOMPARE(rows.at(0).studentId, qint64(101));
}

void TestFinalGradeStore::consentAndContactsQueueWhatChanged()
{
    using Kind = JournalStore::ChangeKind;
    DiaryStore store(*m_cache, 11);
    QVERIFY(load(store));
    ParentConsent c;
    c.parent = store.data().parents.first();
    c.consentForm = store.data().consentForms.value(c.parent.id);

    // Only the phone: the contacts go, the answer (unchanged) does not.
    c.parent.phone = QStringLiteral("8 912 000-11-22");
    QVERIFY(save([&](auto done) { store.saveParentConsent(c, done); }));
    QList<Queued> rows = queued();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).kind, Kind::Contact);
    QCOMPARE(rows.at(0).assignmentId, qint64(0));
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("parentId")).toInteger(), qint64(200));
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("phone")).toString(), QStringLiteral("8 912 000-11-22"));
    QCOMPARE(rows.at(0).payload.value(QStringLiteral("contactSource")).toString(),
             QStringLiteral("inWriting"));

    // A refusal, given electronically: one change for the answer.
    c.parent.consent = Parent::Consent::Refused;
    c.parent.consentDate = QDate(2026, 11, 20);
    c.consentForm = Parent::ContactSource::Electronic;
    QVERIFY(save([&](auto done) { store.saveParentConsent(c, done); }));
    rows = queued();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).kind, Kind::Consent);
    QCOMPARE(rows.at(1).payload,
             QJsonObject({{QStringLiteral("parentId"), 200},
                          {QStringLiteral("consent"), QStringLiteral("refused")},
                          {QStringLiteral("consentDate"), QStringLiteral("2026-11-20")},
                          {QStringLiteral("consentForm"), QStringLiteral("electronic")}}));

    // The phone again before SGO had the first: only the latest contacts wait.
    c.parent.phone = QStringLiteral("8 912 000-33-44");
    QVERIFY(save([&](auto done) { store.saveParentConsent(c, done); }));
    rows = queued();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).kind, Kind::Consent);
    QCOMPARE(rows.at(1).kind, Kind::Contact);
    QCOMPARE(rows.at(1).payload.value(QStringLiteral("phone")).toString(), QStringLiteral("8 912 000-33-44"));

    // A parent not in the cache: nothing saved, nothing queued.
    c.parent.id = 999;
    QVERIFY(!save([&](auto done) { store.saveParentConsent(c, done); }));
    QCOMPARE(queued().size(), 2);
}

void TestFinalGradeStore::unknownGroupIsEmpty()
{
    DiaryStore store(*m_cache, 4040);
    QVERIFY(load(store));
    QCOMPARE(store.data().group.id, qint64(0));
    QVERIFY(store.data().students.isEmpty());
}

QTEST_GUILESS_MAIN(TestFinalGradeStore)
#include "tst_finalgradestore.moc"
