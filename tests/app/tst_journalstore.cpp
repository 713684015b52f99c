#include "journals/journaltablemodel.h"
#include "samplecollege.h"
#include "store/cache.h"
#include "store/collegerepository.h"
#include "store/journalreader.h"
#include "store/journalschema.h"
#include "store/journalsqlsource.h"
#include "store/journalstore.h"
#include "storetesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using StoreTest::Connection;

namespace {

// The sample college with a journal big enough to page: assignment 1 (group 11, teacher 3) gets 40 more
// lessons and group 11 twenty more students.
CollegeData journalCollege()
{
    CollegeData c = sampleCollege();
    for (int i = 0; i < 20; ++i) {
        Student s;
        s.id = 300 + i;
        s.name = {QStringLiteral("Яковлев%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Иван"), {}};
        s.groupId = 11;
        c.students << s;
    }
    for (int i = 0; i < 40; ++i) {
        Lesson l;
        l.id = 2000 + i;
        l.assignmentId = 1;
        l.date = QDate(2024, 9, 11).addDays(i);
        l.type = i % 7 == 6 ? LessonType::Test : LessonType::Practice;
        l.academicHours = 2;
        l.topic = QStringLiteral("Тема КТП %1").arg(i + 1);
        l.topicFromPlan = true;
        c.lessons << l;
        c.marks << Mark{l.id, 300 + i % 20, 2 + i % 4, false};
    }
    return c;
}

} // namespace

class TestJournalStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void migrationAddsTheJournalTables();
    void studentsPageByNameWithTheirMarks();
    void lessonsPageByDate();
    void marksOfAWindow();
    void positionsAndTheDateLimit();
    void cellEditAndItsQueueRowInOneTransaction();
    void aFailingEditLeavesNothingBehind();
    void waitingEditsOfACellCollapse();
    void cellUndoRoundTrip();
    void lessonCreatedUndoneRedoneKeepsItsId();
    void deletedLessonComesBackWithMarksTasksAndCall();
    void modelOverTheCache();
    void readerSeesWhatEachRoleSees();
    void readerCountsHoursAndKeepsThePlan();

private:
    bool wait(const std::function<void(JournalStore::Done)> &write);
    int count(const QString &sql) const { return m_check->value(sql).toInt(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<CollegeRepository> m_college;
    std::unique_ptr<Connection> m_check;
    std::unique_ptr<JournalStore> m_store;
};

void TestJournalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("cache.sqlite"));
    m_cache = std::make_unique<Cache>(path);
    QVERIFY(StoreTest::openCache(*m_cache).ok);
    QSignalSpy written(m_cache.get(), &Cache::collegeWritten);
    m_cache->writeCollege(journalCollege());
    QVERIFY(written.wait(20000));
    QVERIFY(written.first().first().toBool());
    m_college = std::make_unique<CollegeRepository>(path);
    m_check = std::make_unique<Connection>(path);
    m_store = std::make_unique<JournalStore>(*m_cache, 1, 3);
}

void TestJournalStore::cleanup()
{
    m_store.reset();
    m_check.reset();
    m_college.reset();
    m_cache.reset();
    m_dir.reset();
}

bool TestJournalStore::wait(const std::function<void(JournalStore::Done)> &write)
{
    bool finished = false;
    bool result = false;
    write([&](bool ok, const QString &error) {
        finished = true;
        result = ok;
        if (!ok)
            qWarning() << "write failed:" << error;
    });
    return QTest::qWaitFor([&] { return finished; }, 10000) && result;
}

void TestJournalStore::migrationAddsTheJournalTables()
{
    const QStringList tables = m_check->names(QStringLiteral("table"));
    for (const char *table : {"distance_lessons", "lesson_tasks", "plan_topics", "journal_changes"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QCOMPARE(count(QStringLiteral("SELECT version FROM schema_version")), Cache::latestSchemaVersion());
}

void TestJournalStore::studentsPageByNameWithTheirMarks()
{
    JournalSqlSource source(m_college->database(), 1, 11);
    QCOMPARE(source.studentCount(), 22);
    const QList<JournalStudent> first = source.students(0, 3);
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).name.last, QStringLiteral("Алексеева"));
    QCOMPARE(first.at(0).markSum, 9); // 5 + 4
    QCOMPARE(first.at(0).markCount, 2);
    QCOMPARE(first.at(1).name.last, QStringLiteral("Борисов"));
    QCOMPARE(first.at(1).markCount, 0); // an absence is not a mark
    QCOMPARE(first.at(2).name.last, QStringLiteral("Яковлев00"));
    QCOMPARE(first.at(2).markSum, 2 + 2); // lessons 2000 and 2020
    const QList<JournalStudent> last = source.students(20, 10);
    QCOMPARE(last.size(), 2);
    QCOMPARE(last.at(1).name.last, QStringLiteral("Яковлев19"));
    QCOMPARE(source.student(300).markSum, 4);
}

void TestJournalStore::lessonsPageByDate()
{
    JournalSqlSource source(m_college->database(), 1, 11);
    QCOMPARE(source.lessonCount(), 42);
    const QList<JournalLesson> page = source.lessons(1, 3);
    QCOMPARE(page.size(), 3);
    QCOMPARE(page.at(0).lesson.id, 1001);
    QCOMPARE(page.at(0).taskCount, 1); // its homework
    QCOMPARE(page.at(1).lesson.id, 2000);
    QCOMPARE(page.at(1).lesson.topic, QStringLiteral("Тема КТП 1"));
    QVERIFY(page.at(1).lesson.topicFromPlan);
    QCOMPARE(page.at(2).lesson.date, QDate(2024, 9, 12));
}

void TestJournalStore::marksOfAWindow()
{
    JournalSqlSource source(m_college->database(), 1, 11);
    const QList<Mark> marks = source.marks({1000, 1001, 2000}, {100, 101, 300});
    QCOMPARE(marks.size(), 4);
    const Mark absent = source.mark(1000, 101);
    QVERIFY(absent.absent);
    QCOMPARE(source.mark(1000, 300).value, 0);
    // The window's cells are looked up by an index, never by scanning the table.
    QSqlQuery plan(m_check->db());
    QVERIFY(
        plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT lesson_id, student_id, value, absent FROM marks"
                                 " WHERE lesson_id IN (1,2) AND student_id IN (3,4)")));
    QVERIFY(plan.next());
    const QString detail = plan.value(3).toString();
    QVERIFY2(detail.startsWith(QLatin1String("SEARCH marks USING")), qPrintable(detail));
}

void TestJournalStore::positionsAndTheDateLimit()
{
    JournalSqlSource source(m_college->database(), 1, 11);
    QCOMPARE(source.lessonPosition(1000), 0);
    QCOMPARE(source.lessonPosition(2005), 7);
    QCOMPARE(source.lessonPosition(999999), -1);
    source.setDateLimit(QDate(2024, 9, 12));
    QCOMPARE(source.lessonCount(), 4);
    QCOMPARE(source.lessonPosition(2005), -1);
    QCOMPARE(source.lessons(0, 100).size(), 4);
}

void TestJournalStore::cellEditAndItsQueueRowInOneTransaction()
{
    const JournalCellChanges edit{{Mark{1000, 300, 0, false}, Mark{1000, 300, 4, false}}};
    QVERIFY(wait([&](JournalStore::Done done) { m_store->saveCells(edit, done); }));
    QCOMPARE(count(QStringLiteral("SELECT value FROM marks WHERE lesson_id = 1000 AND student_id = 300")), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal_changes WHERE state = ") %
                   JournalSchema::sql(JournalSchema::ChangeState::Pending) %
                   QStringLiteral(" AND kind = 1"
                                  " AND lesson_id = 1000 AND student_id = 300 AND made_by = 3"
                                  " AND payload = '{\"absent\":false,\"value\":4}'")),
             1);
    // Clearing deletes the cell and queues the empty content.
    QVERIFY(wait([&](JournalStore::Done done) { m_store->saveCells({edit.first().reversed()}, done); }));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = 1000 AND student_id = 300")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT payload = '{\"absent\":false,\"value\":0}' FROM journal_changes"
                                  " WHERE lesson_id = 1000 AND student_id = 300")),
             1);
}

void TestJournalStore::aFailingEditLeavesNothingBehind()
{
    const int queued = count(QStringLiteral("SELECT count(*) FROM journal_changes"));
    // The second cell names a lesson that does not exist: the foreign key refuses it, and the first cell of
    // the same edit must not stay saved either.
    const JournalCellChanges edit{{Mark{1000, 301, 0, false}, Mark{1000, 301, 5, false}},
                                  {Mark{424242, 301, 0, false}, Mark{424242, 301, 5, false}}};
    QVERIFY(!wait([&](JournalStore::Done done) { m_store->saveCells(edit, done); }));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM marks WHERE student_id = 301 AND lesson_id = 1000")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal_changes")), queued);
}

void TestJournalStore::waitingEditsOfACellCollapse()
{
    for (int value : {3, 4, 5})
        m_store->saveCells({{Mark{1001, 302, value - 1, false}, Mark{1001, 302, value, false}}});
    QVERIFY(wait([&](JournalStore::Done done) {
        m_store->saveCells({{Mark{1001, 302, 5, false}, Mark{1001, 302, 0, true}}}, done);
    }));
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM journal_changes WHERE lesson_id = 1001 AND student_id = 302")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT absent FROM marks WHERE lesson_id = 1001 AND student_id = 302")),
             1);
}

void TestJournalStore::cellUndoRoundTrip()
{
    const JournalCellChanges edit{{Mark{1000, 100, 5, false}, Mark{1000, 100, 2, false}},
                                  {Mark{1000, 101, 0, true}, Mark{1000, 101, 3, false}}};
    m_store->saveCells(edit);
    JournalCellChanges undo;
    for (const JournalCellChange &c : edit)
        undo << c.reversed();
    QVERIFY(wait([&](JournalStore::Done done) { m_store->saveCells(undo, done); }));
    QCOMPARE(count(QStringLiteral("SELECT value FROM marks WHERE lesson_id = 1000 AND student_id = 100")), 5);
    QCOMPARE(count(QStringLiteral("SELECT absent FROM marks WHERE lesson_id = 1000 AND student_id = 101")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT value FROM marks WHERE lesson_id = 1000 AND student_id = 101")), 0);
}

void TestJournalStore::lessonCreatedUndoneRedoneKeepsItsId()
{
    auto lesson = std::make_shared<JournalLessonSnapshot>();
    lesson->lesson.date = QDate(2024, 12, 2);
    lesson->lesson.type = LessonType::Seminar;
    lesson->lesson.academicHours = 1;
    lesson->lesson.topic = QStringLiteral("Своя тема");
    QVERIFY(wait([&](JournalStore::Done done) { m_store->insertLesson(lesson, done); }));
    const qint64 id = lesson->lesson.id;
    QVERIFY(id > 0);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM lessons WHERE id = %1 AND assignment_id = 1").arg(id)), 1);
    // Undo and redo queued at once, before either ran: both find the id.
    m_store->deleteLesson(lesson);
    QVERIFY(wait([&](JournalStore::Done done) { m_store->insertLesson(lesson, done); }));
    QCOMPARE(lesson->lesson.id, id);
    QCOMPARE(count(QStringLiteral("SELECT topic = 'Своя тема' FROM lessons WHERE id = %1").arg(id)), 1);
    // Created, deleted (undo), created again (redo): SGO hears each.
    QCOMPARE(m_check
                 ->value(QStringLiteral("SELECT group_concat(kind) FROM (SELECT kind FROM journal_changes"
                                        " WHERE lesson_id = %1 ORDER BY id)")
                             .arg(id))
                 .toString(),
             QStringLiteral("2,4,2"));
}

void TestJournalStore::deletedLessonComesBackWithMarksTasksAndCall()
{
    auto task = std::make_shared<JournalTask>(JournalTask{0, 2003, QStringLiteral("Упражнение 7"), true});
    QVERIFY(wait([&](JournalStore::Done done) { m_store->insertTask(task, done); }));
    auto call = std::make_shared<DistanceLesson>(
        DistanceLesson{0, 2003, 3, QDateTime(QDate(2024, 9, 14), QTime(10, 0)),
                       QDateTime(QDate(2024, 9, 14), QTime(11, 30))});
    QVERIFY(wait([&](JournalStore::Done done) { m_store->insertDistanceLesson(call, done); }));
    QCOMPARE(
        m_check->value(QStringLiteral("SELECT call_url FROM distance_lessons WHERE id = %1").arg(call->id))
            .toString(),
        JournalStore::callUrl(call->id));

    auto snapshot = std::make_shared<JournalLessonSnapshot>();
    snapshot->lesson.id = 2003;
    QVERIFY(wait([&](JournalStore::Done done) { m_store->deleteLesson(snapshot, done); }));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM lessons WHERE id = 2003")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = 2003")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM distance_lessons WHERE lesson_id = 2003")), 0);
    QCOMPARE(snapshot->marks.size(), 1);
    QCOMPARE(snapshot->tasks.size(), 1);
    QVERIFY(snapshot->distanceLesson);
    QCOMPARE(snapshot->lesson.topic, QStringLiteral("Тема КТП 4"));

    QVERIFY(wait([&](JournalStore::Done done) { m_store->insertLesson(snapshot, done); }));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM lessons WHERE id = 2003 AND topic = 'Тема КТП 4'"
                                  " AND topic_from_plan = 1")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT value FROM marks WHERE lesson_id = 2003 AND student_id = 303")), 5);
    QCOMPARE(count(QStringLiteral("SELECT graded FROM lesson_tasks WHERE id = %1 AND lesson_id = 2003")
                       .arg(task->id)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM distance_lessons WHERE id = %1 AND starts_at ="
                                  " '2024-09-14T10:00:00'")
                       .arg(call->id)),
             1);
}

void TestJournalStore::modelOverTheCache()
{
    JournalSqlSource source(m_college->database(), 1, 11);
    JournalTableModel model(source);
    model.setPageSizes(5, 7);
    model.setEditable(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 22);
    QCOMPARE(model.columnCount(), 43);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("5"));

    // As an undo command does it: apply at once, write, settle when the store has answered.
    QSignalSpy requested(&model, &JournalTableModel::changesRequested);
    QVERIFY(model.setData(model.index(21, 42), QStringLiteral("4")));
    QCOMPARE(requested.size(), 1);
    const auto changes = requested.first().first().value<JournalCellChanges>();
    model.applyChanges(changes);
    QCOMPARE(model.index(21, 42).data().toString(), QStringLiteral("4"));
    QVERIFY(wait([&](JournalStore::Done done) {
        m_store->saveCells(changes, [&model, changes, done](bool ok, const QString &error) {
            model.finishChanges(changes, ok);
            done(ok, error);
        });
    }));
    QCOMPARE(model.pendingCellCount(), 0);
    QCOMPARE(model.index(21, 42).data().toString(), QStringLiteral("4"));
    QCOMPARE(model.index(21, 0).data().toString(), QLocale().toString(4.5, 'f', 2)); // Яковлев19: 5 and 4

    // A write the cache refuses: the lesson went away behind the model's back.
    const JournalCellChanges doomed{{Mark{424242, 100, 0, false}, Mark{424242, 100, 3, false}}};
    model.applyChanges(doomed);
    QVERIFY(!wait([&](JournalStore::Done done) {
        m_store->saveCells(doomed, [&model, doomed, done](bool ok, const QString &error) {
            model.finishChanges(doomed, ok);
            done(ok, error);
        });
    }));
    QCOMPARE(model.pendingCellCount(), 0);
}

void TestJournalStore::readerSeesWhatEachRoleSees()
{
    JournalReader reader(m_college->database());
    StaffMember admin = *m_college->staffMember(1);
    StaffMember curator = *m_college->staffMember(2); // curates 10 and 11, teaches group 11 math
    curator.roles = Role::Curator;
    StaffMember teacher = *m_college->staffMember(3); // teaches 11 and 10
    teacher.roles = Role::SubjectTeacher;
    auto names = [](const QList<Group> &groups) {
        QStringList result;
        for (const Group &g : groups)
            result << g.name;
        return result;
    };
    QCOMPARE(names(reader.groupsVisibleTo(admin)),
             (QStringList{QStringLiteral("ДО-19-1"), QStringLiteral("ДО-19-3"), QStringLiteral("ЭБ-23-1")}));
    QCOMPARE(names(reader.groupsVisibleTo(curator)),
             (QStringList{QStringLiteral("ДО-19-3"), QStringLiteral("ЭБ-23-1")}));
    QCOMPARE(names(reader.groupsVisibleTo(teacher)),
             (QStringList{QStringLiteral("ДО-19-3"), QStringLiteral("ЭБ-23-1")}));

    // The teacher opens own subjects only; the group's curator all of them.
    QCOMPARE(reader.journalsOfGroup(11, teacher).size(), 1);
    QCOMPARE(reader.journalsOfGroup(11, curator).size(), 2);
    const std::optional<JournalSubject> journal = reader.journal(1);
    QVERIFY(journal);
    QCOMPARE(journal->subject.name, QStringLiteral("Английский язык"));
    QCOMPARE(journal->teacher.initials(), QStringLiteral("Иванов П."));
    QCOMPARE(journal->group.name, QStringLiteral("ДО-19-3"));
    QCOMPARE(journal->assignment.plannedHours, 72);
}

void TestJournalStore::readerCountsHoursAndKeepsThePlan()
{
    JournalReader reader(m_college->database());
    QCOMPARE(reader.heldHours(1, QDate(2024, 9, 11)), 2 + 1 + 2);
    QCOMPARE(reader.lessons(1, QDate(2024, 9, 11)).size(), 3);
    QCOMPARE(reader.studentMarks(1).size(), 22);
    QCOMPARE(reader.studentMarks(1).first().marks.size(), 2);

    const QList<PlannedLesson> before = reader.planTopics(1);
    QCOMPARE(before.size(), 41); // «Present Simple» and 40 more
    m_store->capturePlan();
    auto snapshot = std::make_shared<JournalLessonSnapshot>();
    snapshot->lesson.id = 2000;
    QVERIFY(wait([&](JournalStore::Done done) { m_store->deleteLesson(snapshot, done); }));
    // The deleted lesson's topic is still in the plan.
    const QList<PlannedLesson> after = reader.planTopics(1);
    QCOMPARE(after.size(), 41);
    QCOMPARE(after.at(1).topic, QStringLiteral("Тема КТП 1"));
    QCOMPARE(after.at(1).academicHours, 2);
}

QTEST_GUILESS_MAIN(TestJournalStore)
#include "tst_journalstore.moc"
