#include "collegepullkit.h"
#include "sandboxids.h"
#include "sandboxserver.h"
#include "store/diaryrepository.h"
#include "store/journalschema.h"
#include "store/journalsqlsource.h"
#include "store/journalstore.h"
#include "sync/syncstate.h"

#include "demo/democollegegenerator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using SandboxIds::PersonKind;
using SandboxIds::sgoUserId;

// A pull never overwrites a journal edit SGO has not taken yet; where SGO changed the same cell meanwhile the
// cell keeps the person's value, SGO's is noted as a conflict, and both of the person's choices work.
class TestPullPendingEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aPendingEditSurvivesAPullAndAChangedCellBecomesAConflict();
    void takingSgosValueWithdrawsThePendingEdit();
    void keepingMineIsNotAskedAgainForTheSameValue();
    void aParentsPendingConsentSurvivesAWholePull();
    void aConsentGivenOnAnotherComputerArrivesWithTheNextPull();
    void aFinalGradeSetElsewhereArrivesAndAPendingOneIsKept();

private:
    struct Cell
    {
        qint64 assignmentId = 0;
        qint64 teacherId = 0;
        Mark before;
    };
    bool pull();
    Cell someMarkedCell() const;
    bool editLocally(const Cell &cell, int value);
    QList<JournalConflict> conflicts(const Cell &cell);
    int markOf(const Cell &cell);
    int changesIn(JournalSchema::ChangeState state);

    CollegeData m_college;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncState> m_sync;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<Cache> m_cache;
};

void TestPullPendingEdits::initTestCase()
{
    m_college = Demo::generateDemoCollege(DemoCollegeSize::Default);
}

void TestPullPendingEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sync = std::make_unique<SyncState>();
    m_sandbox = std::make_unique<SandboxServer>(m_college);
    QVERIFY(m_sandbox->start());
    m_hub = std::make_unique<ServiceHub>(m_dir->path(), *m_sync, ServiceHub::Options{false});
    QVERIFY(CollegePullKit::configureSgo(*m_hub, m_sandbox->demoServices(),
                                         CollegePullKit::adminLogin(m_college)));
    m_cache = std::make_unique<Cache>(m_dir->filePath(QStringLiteral("college.sqlite")));
    QVERIFY(StoreTest::openCache(*m_cache).ok);
    QVERIFY(pull());
}

void TestPullPendingEdits::cleanup()
{
    m_cache.reset();
    m_hub.reset();
    m_sandbox.reset();
    m_sync.reset();
    m_dir.reset();
}

bool TestPullPendingEdits::pull()
{
    CollegePull pull(*m_cache, m_hub->sgo());
    const std::optional<CollegePull::Summary> summary = CollegePullKit::runPull(pull, 60000);
    return summary && summary->failed.isEmpty();
}

TestPullPendingEdits::Cell TestPullPendingEdits::someMarkedCell() const
{
    const Mark &mark = m_college.marks.at(m_college.marks.size() / 2);
    Cell cell;
    for (const Lesson &lesson : m_college.lessons) {
        if (lesson.id != mark.lessonId)
            continue;
        for (const TeachingAssignment &assignment : m_college.assignments) {
            if (assignment.id == lesson.assignmentId) {
                cell.assignmentId = assignment.id;
                cell.teacherId = sgoUserId(PersonKind::Staff, assignment.teacherId);
            }
        }
    }
    cell.before = mark;
    cell.before.studentId = sgoUserId(PersonKind::Student, mark.studentId);
    return cell;
}

bool TestPullPendingEdits::editLocally(const Cell &cell, int value)
{
    JournalStore store(*m_cache, cell.assignmentId, cell.teacherId);
    Mark after = cell.before;
    after.value = value;
    after.absent = false;
    std::optional<bool> saved;
    store.saveCells({JournalCellChange{cell.before, after}},
                    [&saved](bool ok, const QString &) { saved = ok; });
    return QTest::qWaitFor([&saved] { return saved.has_value(); }, 10000) && *saved;
}

QList<JournalConflict> TestPullPendingEdits::conflicts(const Cell &cell)
{
    StoreTest::Connection connection(m_cache->filePath());
    JournalSqlSource source(connection.db(), cell.assignmentId, 0);
    return source.conflicts();
}

int TestPullPendingEdits::markOf(const Cell &cell)
{
    StoreTest::Connection connection(m_cache->filePath());
    QSqlQuery query(connection.db());
    query.prepare(QStringLiteral("SELECT value FROM marks WHERE lesson_id = ? AND student_id = ?"));
    query.addBindValue(cell.before.lessonId);
    query.addBindValue(cell.before.studentId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

int TestPullPendingEdits::changesIn(JournalSchema::ChangeState state)
{
    StoreTest::Connection connection(m_cache->filePath());
    QSqlQuery query(connection.db());
    return query.exec(QStringLiteral("SELECT count(*) FROM journal_changes WHERE state = ") +
                      JournalSchema::sql(state)) &&
                   query.next()
               ? query.value(0).toInt()
               : -1;
}

void TestPullPendingEdits::aPendingEditSurvivesAPullAndAChangedCellBecomesAConflict()
{
    const Cell cell = someMarkedCell();
    const int mine = cell.before.value == 5 ? 4 : 5;
    const int theirs = mine == 5 ? 3 : 2;
    QVERIFY(editLocally(cell, mine));

    // SGO did not change the cell: the pull leaves the person's value, and there is nothing to decide.
    QVERIFY(m_sandbox->setSgoMark(cell.before.lessonId, cell.before.studentId, cell.before.value,
                                  cell.before.absent));
    QVERIFY(pull());
    QCOMPARE(markOf(cell), mine);
    QVERIFY(conflicts(cell).isEmpty());

    // Another teacher puts another mark in SGO: the cell still shows the person's, SGO's is noted.
    QVERIFY(m_sandbox->setSgoMark(cell.before.lessonId, cell.before.studentId, theirs, false));
    QVERIFY(pull());
    QCOMPARE(markOf(cell), mine);
    const QList<JournalConflict> found = conflicts(cell);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().sgo.value, theirs);
    QCOMPARE(found.first().studentId, cell.before.studentId);
    QCOMPARE(changesIn(JournalSchema::ChangeState::Pending), 1);
}

void TestPullPendingEdits::takingSgosValueWithdrawsThePendingEdit()
{
    const Cell cell = someMarkedCell();
    const int mine = cell.before.value == 5 ? 4 : 5;
    QVERIFY(editLocally(cell, mine));
    QVERIFY(m_sandbox->setSgoMark(cell.before.lessonId, cell.before.studentId, 2, false));
    QVERIFY(pull());
    QCOMPARE(conflicts(cell).size(), 1);

    JournalStore store(*m_cache, cell.assignmentId, cell.teacherId);
    std::optional<bool> done;
    store.resolveConflict(cell.before.lessonId, cell.before.studentId, true,
                          [&done](bool ok, const QString &) { done = ok; });
    QTRY_VERIFY(done.has_value());
    QVERIFY(*done);
    QCOMPARE(markOf(cell), 2);
    QVERIFY(conflicts(cell).isEmpty());
    QCOMPARE(changesIn(JournalSchema::ChangeState::Pending), 0);
    QCOMPARE(changesIn(JournalSchema::ChangeState::Withdrawn), 1);
    // Nothing holds the cell any more: the next pull lays SGO's state as it is.
    QVERIFY(pull());
    QCOMPARE(markOf(cell), 2);
}

void TestPullPendingEdits::keepingMineIsNotAskedAgainForTheSameValue()
{
    const Cell cell = someMarkedCell();
    const int mine = cell.before.value == 5 ? 4 : 5;
    QVERIFY(editLocally(cell, mine));
    QVERIFY(m_sandbox->setSgoMark(cell.before.lessonId, cell.before.studentId, 2, false));
    QVERIFY(pull());

    JournalStore store(*m_cache, cell.assignmentId, cell.teacherId);
    std::optional<bool> done;
    store.resolveConflict(cell.before.lessonId, cell.before.studentId, false,
                          [&done](bool ok, const QString &) { done = ok; });
    QTRY_VERIFY(done.has_value());
    QVERIFY(*done);
    QVERIFY(conflicts(cell).isEmpty());
    QCOMPARE(markOf(cell), mine);
    QCOMPARE(changesIn(JournalSchema::ChangeState::Pending), 1); // still goes to SGO as it is

    // The same value again (another refresh): not asked again. Another value: asked.
    QVERIFY(m_sandbox->setSgoMark(cell.before.lessonId, cell.before.studentId, 2, false));
    QVERIFY(pull());
    QVERIFY(conflicts(cell).isEmpty());
    QVERIFY(m_sandbox->setSgoMark(cell.before.lessonId, cell.before.studentId, 3, false));
    QVERIFY(pull());
    QCOMPARE(conflicts(cell).size(), 1);
    QCOMPARE(markOf(cell), mine);
}

void TestPullPendingEdits::aParentsPendingConsentSurvivesAWholePull()
{
    const Parent &generated = m_college.parents.at(m_college.parents.size() / 3);
    const qint64 parentId = sgoUserId(PersonKind::Parent, generated.id);
    ParentConsent consent;
    consent.parent = generated;
    consent.parent.id = parentId;
    consent.parent.consent =
        generated.consent == Parent::Consent::Given ? Parent::Consent::Refused : Parent::Consent::Given;
    consent.parent.consentDate = QDate(2026, 11, 30);
    consent.parent.contactSource = Parent::ContactSource::InWriting;
    consent.consentForm = Parent::ContactSource::InWriting;
    std::optional<bool> saved;
    m_cache->write(
        this,
        [consent](QSqlDatabase &db, QString *error) {
            return DiaryRepository::saveParentConsent(db, consent, error);
        },
        [&saved](bool ok, const QString &) { saved = ok; });
    QTRY_VERIFY(saved.has_value());
    QVERIFY(*saved);

    // The parents' kind pulled whole again (as after a reset): every parent is laid as SGO has them, but the
    // one whose consent waits to be sent keeps the person's answer.
    {
        StoreTest::Connection connection(m_cache->filePath());
        QSqlQuery reset(connection.db());
        QVERIFY(reset.exec(QStringLiteral("DELETE FROM sync_state WHERE kind = 'parents'")));
    }
    QVERIFY(pull());
    StoreTest::Connection connection(m_cache->filePath());
    QCOMPARE(connection.value(QStringLiteral("SELECT consent_date FROM parents WHERE id = %1").arg(parentId))
                 .toString(),
             QStringLiteral("2026-11-30"));
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM parents")).toInt(),
             int(m_college.parents.size()));
}

void TestPullPendingEdits::aConsentGivenOnAnotherComputerArrivesWithTheNextPull()
{
    // Another curator registers a parent's refusal and new phone in SGO (the ЭД's journal changes 12 and 13).
    const Parent &generated = m_college.parents.at(m_college.parents.size() / 4);
    const qint64 parentId = sgoUserId(PersonKind::Parent, generated.id);
    const QList<SgoAdminCalls::JournalChange> changes{
        {9001, int(JournalStore::ChangeKind::Consent), 0, 0, 0,
         SgoAdminCalls::consentPayload(parentId, Parent::Consent::Refused, QDate(2026, 12, 1),
                                       Parent::ContactSource::InWriting),
         QStringLiteral("2026-12-01T09:00:00Z")},
        {9002, int(JournalStore::ChangeKind::Contact), 0, 0, 0,
         SgoAdminCalls::contactPayload(parentId, QStringLiteral("8 914 555-66-77"), generated.email,
                                       Parent::ContactSource::InWriting),
         QStringLiteral("2026-12-01T09:00:00Z")}};
    std::optional<NetResult<QList<qint64>>> applied;
    m_hub->sgo().sendJournalChanges(changes, this, [&applied](const auto &result) { applied = result; });
    QTRY_VERIFY(applied.has_value());
    QVERIFY2(applied->ok(), applied->ok() ? "" : qPrintable(applied->error().toUserText()));

    QVERIFY(pull());
    StoreTest::Connection connection(m_cache->filePath());
    QCOMPARE(connection.value(QStringLiteral("SELECT consent_date FROM parents WHERE id = %1").arg(parentId)).toString(),
             QStringLiteral("2026-12-01"));
    QCOMPARE(connection.value(QStringLiteral("SELECT phone FROM parents WHERE id = %1").arg(parentId)).toString(),
             QStringLiteral("8 914 555-66-77"));
}

void TestPullPendingEdits::aFinalGradeSetElsewhereArrivesAndAPendingOneIsKept()
{
    const Cell cell = someMarkedCell();
    const qint64 student = cell.before.studentId;
    const auto sendGrade = [this, &cell, student](qint64 id, int value) {
        const QList<SgoAdminCalls::JournalChange> changes{
            {id, int(JournalStore::ChangeKind::FinalGrade), cell.assignmentId, 0, student,
             SgoAdminCalls::finalGradePayload(value, QDateTime(QDate(2026, 12, 20), QTime(10, 0))),
             QStringLiteral("2026-12-20T10:00:00Z")}};
        std::optional<NetResult<QList<qint64>>> applied;
        m_hub->sgo().sendJournalChanges(changes, this, [&applied](const auto &result) { applied = result; });
        return QTest::qWaitFor([&applied] { return applied.has_value(); }, 10000) && applied->ok();
    };
    const auto gradeInCache = [this, &cell, student] {
        StoreTest::Connection connection(m_cache->filePath());
        return connection
            .value(QStringLiteral("SELECT value FROM final_grades WHERE student_id = %1 AND assignment_id = %2")
                       .arg(student)
                       .arg(cell.assignmentId))
            .toInt();
    };

    // Set on another computer: it arrives with the next pull.
    QVERIFY(sendGrade(9101, 4));
    QVERIFY(pull());
    QCOMPARE(gradeInCache(), 4);

    // The person here sets 5, not sent yet; meanwhile another computer sets 3: the pull keeps the 5.
    FinalGrade five;
    five.studentId = student;
    five.assignmentId = cell.assignmentId;
    five.value = 5;
    five.setAt = QDateTime(QDate(2026, 12, 21), QTime(9, 0));
    std::optional<bool> saved;
    m_cache->write(this,
                   [five](QSqlDatabase &db, QString *error) {
                       return DiaryRepository::saveFinalGrades(db, {five}, error);
                   },
                   [&saved](bool ok, const QString &) { saved = ok; });
    QTRY_VERIFY(saved.has_value() && *saved);
    QVERIFY(sendGrade(9102, 3));
    QVERIFY(pull());
    QCOMPARE(gradeInCache(), 5);
}

QTEST_GUILESS_MAIN(TestPullPendingEdits)
#include "tst_pullpendingedits.moc"
