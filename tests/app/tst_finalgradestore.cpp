#include "samplecollege.h"
#include "storetesthelpers.h"
#include "store/diaryrepository.h"
#include "store/diarystore.h"

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

private:
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

void TestFinalGradeStore::unknownGroupIsEmpty()
{
    DiaryStore store(*m_cache, 4040);
    QVERIFY(load(store));
    QCOMPARE(store.data().group.id, qint64(0));
    QVERIFY(store.data().students.isEmpty());
}

QTEST_GUILESS_MAIN(TestFinalGradeStore)
#include "tst_finalgradestore.moc"
