#include "samplecollege.h"
#include "store/cache.h"
#include "store/collegerepository.h"
#include "store/collegewriter.h"
#include "store/storecodes.h"
#include "store/migrations.h"
#include "storetesthelpers.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;

class TestCollegeWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip();
    void theRepositoryReadsWhatWasWritten();
    void aLargeCollegeIsWrittenInBatches();
    void anInterruptedWriteLeavesNoCollegeAndTheNextOneStartsClean();
    void closingTheCacheStopsABulkWrite();

private:
    bool writeThroughCache(const CollegeData &college, QList<int> *progress = nullptr);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("college.sqlite")); }
};

namespace {

// Many marks on few lessons: the shape of a semester's journals without the generator's detail.
CollegeData bigCollege(int students, int lessons)
{
    CollegeData c = sampleCollege();
    c.marks.clear();
    for (int i = 0; i < students; ++i) {
        Student s;
        s.id = 10000 + i;
        s.name = {QStringLiteral("Фамилия%1").arg(i), QStringLiteral("Имя"), QStringLiteral("Отчество")};
        s.groupId = 10 + i % 3;
        c.students.append(s);
    }
    for (int i = 0; i < lessons; ++i) {
        Lesson l;
        l.id = 20000 + i;
        l.assignmentId = 1 + i % 3;
        l.date = QDate(2024, 9, 1).addDays(i % 120);
        l.topic = QStringLiteral("Тема %1").arg(i);
        c.lessons.append(l);
        for (int j = 0; j < students / 10; ++j)
            c.marks.append({l.id, 10000 + (i + j * 10) % students, 2 + (i + j) % 4, (i + j) % 17 == 0});
    }
    return c;
}

} // namespace

void TestCollegeWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestCollegeWriter::writeThroughCache(const CollegeData &college, QList<int> *progress)
{
    Cache cache(path());
    if (!openCache(cache).ok)
        return false;
    QSignalSpy written(&cache, &Cache::collegeWritten);
    QSignalSpy progressSpy(&cache, &Cache::collegeProgress);
    cache.writeCollege(college);
    if (!written.wait(60000) || !written.first().at(0).toBool()) {
        qWarning() << written;
        return false;
    }
    if (progress) {
        for (const QList<QVariant> &signal : progressSpy)
            progress->append(signal.first().toInt());
    }
    return cache.hasCollege();
}

void TestCollegeWriter::roundTrip()
{
    const CollegeData college = sampleCollege();
    QList<int> progress;
    QVERIFY(writeThroughCache(college, &progress));
    QCOMPARE(progress.first(), 0);
    QCOMPARE(progress.last(), 100);

    Connection connection(path());
    auto count = [&connection](const char *table) {
        return connection.value(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt();
    };
    QCOMPARE(count("organisation"), 1);
    QCOMPARE(count("staff"), college.staff.size());
    QCOMPARE(count("groups"), college.groups.size());
    QCOMPARE(count("students"), college.students.size());
    QCOMPARE(count("enrolment_orders"), college.orders.size());
    QCOMPARE(count("parents"), college.parents.size());
    QCOMPARE(count("parent_links"), college.parentLinks.size());
    QCOMPARE(count("subjects"), college.subjects.size());
    QCOMPARE(count("teaching_assignments"), college.assignments.size());
    QCOMPARE(count("lessons"), college.lessons.size());
    QCOMPARE(count("marks"), college.marks.size());
    QCOMPARE(count("programs"), college.programs.size());
    QCOMPARE(count("program_blocks"), college.blocks.size());
    QCOMPARE(count("activities"), college.activities.size());

    // Rows come back as they went in: names, dates, enums, "none" as NULL.
    QSqlQuery q(connection.db());
    QVERIFY(q.exec(QStringLiteral(
                "SELECT last_name, first_name, middle_name, group_id, birth_date, unti_id, entry,"
                " home_organisation FROM students WHERE id = 100")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Алексеева"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Игоревна"));
    QCOMPARE(q.value(3).toLongLong(), 11);
    QCOMPARE(QDate::fromString(q.value(4).toString(), Qt::ISODate), QDate(2008, 3, 14));
    QCOMPARE(q.value(5).toString(), QStringLiteral("1234567"));
    QCOMPARE(StoreCodes::entryMethod(q.value(6).toInt()), EntryMethod::OtherOrganisationList);
    QCOMPARE(q.value(7).toString(), QStringLiteral("Школа № 5"));
    QVERIFY(q.exec(QStringLiteral("SELECT curator_id, created FROM groups WHERE id = 12")) && q.next());
    QVERIFY(q.value(0).isNull());
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.exec(QStringLiteral("SELECT kind, cancels_order_id FROM enrolment_orders WHERE id = 4")) &&
            q.next());
    QCOMPARE(StoreCodes::orderKind(q.value(0).toInt()), EnrolmentOrder::Kind::CancelWithdrawal);
    QCOMPARE(q.value(1).toLongLong(), 3);
    QVERIFY(
        q.exec(QStringLiteral("SELECT contact_source, consent, consent_date FROM parents WHERE id = 200")) &&
        q.next());
    QCOMPARE(StoreCodes::contactSource(q.value(0).toInt()), Parent::ContactSource::InWriting);
    QCOMPARE(StoreCodes::consent(q.value(1).toInt()), Parent::Consent::Given);
    QCOMPARE(q.value(2).toString(), QStringLiteral("2024-09-02"));
    QVERIFY(q.exec(QStringLiteral("SELECT type, topic_from_plan, academic_hours, topic FROM lessons"
                                  " WHERE assignment_id = 1 ORDER BY date")) &&
            q.next());
    QCOMPARE(StoreCodes::lessonType(q.value(0).toInt()), LessonType::Lecture);
    QCOMPARE(q.value(1).toBool(), true);
    QCOMPARE(q.value(2).toInt(), 2);
    QCOMPARE(q.value(3).toString(), QStringLiteral("Present Simple"));
    QVERIFY(q.exec(QStringLiteral(
                "SELECT value, absent FROM marks WHERE lesson_id = 1000 AND student_id = 101")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toBool(), true);
    QVERIFY(q.exec(QStringLiteral(
                "SELECT p.last_name, l.relation FROM parent_links l JOIN parents p ON p.id = l.parent_id"
                " WHERE l.student_id = 100")) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Алексеева"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("мать"));
    QVERIFY(
        q.exec(QStringLiteral("SELECT kind, requires_final_documents FROM program_blocks WHERE id = 3")) &&
        q.next());
    QCOMPARE(StoreCodes::blockKind(q.value(0).toInt()), ProgramBlock::Kind::FinalAttestation);
    QCOMPARE(q.value(1).toBool(), true);
    QVERIFY(
        q.exec(QStringLiteral("SELECT type, attestation, block_attestation, external_webinar FROM activities"
                              " WHERE block_id = 1 ORDER BY position")) &&
        q.next() && q.next());
    QCOMPARE(StoreCodes::activityType(q.value(0).toInt()), ActivityType::Webinar);
    QCOMPARE(q.value(3).toBool(), true);
    q.finish();

    // Reopened, the cache knows it holds a college.
    Cache again(path());
    const Cache::OpenResult reopened = openCache(again);
    QVERIFY(reopened.ok);
    QVERIFY(reopened.hasCollege);
    QCOMPARE(reopened.schemaVersion, Migrations::latestVersion());
}

void TestCollegeWriter::theRepositoryReadsWhatWasWritten()
{
    const CollegeData college = sampleCollege();
    Cache cache(path());
    QVERIFY(openCache(cache).ok);
    QSignalSpy written(&cache, &Cache::collegeWritten);
    cache.writeCollege(college);
    QVERIFY(written.wait());

    // While the store's connection is still open, as in the app.
    CollegeRepository repository(path());
    QVERIFY(repository.isOpen());
    QCOMPARE(repository.organisation().shortName, QStringLiteral("Колледж связи № 54"));
    QCOMPARE(repository.organisation().vkCommunityId, QStringLiteral("club123"));
    QCOMPARE(repository.firstStaffWithRole(Role::Admin)->id, 1);
    QCOMPARE(repository.firstStaffWithRole(Role::Curator)->id, 2);
    QCOMPARE(repository.firstStaffWithRole(Role::SubjectTeacher)->id, 2);
    const StaffMember admin = *repository.staffMember(1);
    QCOMPARE(admin.name.full(), college.staff.at(0).name.full());
    QVERIFY(admin.hasRight(Right::ManageChats));
    QCOMPARE(admin.login, QStringLiteral("smirnova"));
    QVERIFY(!repository.staffMember(99));
    QCOMPARE(repository.staffWithRole(Role::SubjectTeacher).size(), 2);
    QCOMPARE(repository.staffWithRole(Role::SubjectTeacher).first().name.last, QStringLiteral("Иванов"));

    QStringList names;
    for (const Group &g : repository.groups())
        names << g.name;
    QCOMPARE(names,
             (QStringList{QStringLiteral("ДО-19-1"), QStringLiteral("ДО-19-3"), QStringLiteral("ЭБ-23-1")}));
    QCOMPARE(repository.group(10)->created, QDate(2023, 9, 1));
    QCOMPARE(repository.group(12)->curatorId, 0);
    QCOMPARE(repository.groupsOfCurator(2).size(), 2);
    QCOMPARE(repository.studentCount(), 3);
    QCOMPARE(repository.studentCountsByGroup().value(11), 2);
    QCOMPARE(repository.studentCountsByGroup().value(12), 0);
    const QList<Student> students = repository.studentsOfGroup(11);
    QCOMPARE(students.size(), 2);
    QCOMPARE(students.first().name.last, QStringLiteral("Алексеева"));
    QCOMPARE(students.first().entry, EntryMethod::OtherOrganisationList);
}

void TestCollegeWriter::aLargeCollegeIsWrittenInBatches()
{
    // 3,000 students and 120,000 marks: a quarter of the large demo's marks, many transactions.
    const CollegeData college = bigCollege(3000, 400);
    QCOMPARE(college.marks.size(), 120000);
    QList<int> progress;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writeThroughCache(college, &progress));
    qInfo("Wrote %lld rows in %lld ms",
          qlonglong(college.marks.size() + college.students.size() + college.lessons.size()),
          qlonglong(timer.elapsed()));
    // One progress report per committed batch of 50,000 rows, rising.
    QVERIFY2(progress.size() >= 4, qPrintable(QString::number(progress.size())));
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    Connection connection(path());
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM marks")).toInt(), 120000);
    QCOMPARE(connection.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestCollegeWriter::anInterruptedWriteLeavesNoCollegeAndTheNextOneStartsClean()
{
    Connection connection(path());
    QSqlDatabase db = connection.db();
    QVERIFY(Migrations::migrate(db, nullptr));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    // A mark for a lesson that does not exist, after several committed batches.
    CollegeData broken = bigCollege(300, 100);
    broken.marks.append({999999, 100, 5, false});
    QString error;
    QVERIFY(!CollegeWriter(db, 500).write(broken, {}, &error));
    QVERIFY2(error.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!CollegeWriter::hasCollege(db));
    QVERIFY(connection.value(QStringLiteral("SELECT count(*) FROM marks")).toInt() >
            0); // earlier batches stayed

    const CollegeData college = sampleCollege();
    QVERIFY2(CollegeWriter(db, 500).write(college, {}, &error), qPrintable(error));
    QVERIFY(CollegeWriter::hasCollege(db));
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM marks")).toInt(), college.marks.size());
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM students")).toInt(),
             college.students.size());
}

void TestCollegeWriter::closingTheCacheStopsABulkWrite()
{
    const CollegeData college = bigCollege(3000, 2000); // 600,000 marks: seconds of work
    {
        Cache cache(path());
        QVERIFY(openCache(cache).ok);
        QSignalSpy progress(&cache, &Cache::collegeProgress);
        cache.writeCollege(college);
        QVERIFY(progress.wait());
        // Closing now must not wait for the whole college.
    }
    Cache again(path());
    const Cache::OpenResult reopened = openCache(again);
    QVERIFY(reopened.ok);
    QVERIFY(!reopened.hasCollege);
}

QTEST_GUILESS_MAIN(TestCollegeWriter)
#include "tst_collegewriter.moc"
