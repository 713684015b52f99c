#include "diarysample.h"
#include "diary/journalstatistics.h"
#include "diary/journalstatisticsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace JournalStatistics;

// Seed 001 §4–5: «статистическая оценка проведенных занятий на соответствие учебному плану, по типам занятий,
// по полученным результатам» and «прогноз … итоговой успешности … за отчетный период (семестр)».
class TestJournalStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lessonsHeldAgainstThePlan_data();
    void lessonsHeldAgainstThePlan();
    void byLessonType();
    void markDistributionCountsMarksAndAbsences_data();
    void markDistributionCountsMarksAndAbsences();
    void forecastOfEachStudent_data();
    void forecastOfEachStudent();
    void forecastIgnoresOtherJournals();
    void forecastDistribution();
    void forecastTableSaysWhatItShows();
};

void TestJournalStatistics::lessonsHeldAgainstThePlan_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("held");
    QTest::addColumn<int>("heldLessons");
    QTest::addColumn<int>("percent");
    // English: 36 h by the plan, five two-hour lessons in the journal, the last on 1 December.
    QTest::newRow("before the first lesson nothing is held") << QDate(2026, 8, 31) << 0 << 0 << 0;
    QTest::newRow("a lesson counts as held on its own day") << QDate(2026, 9, 1) << 2 << 1 << 6;
    QTest::newRow("by 24 November four lessons: 8 h of 36") << QDate(2026, 11, 24) << 8 << 4 << 22;
    QTest::newRow("at the end of the semester all of them") << QDate(2026, 12, 27) << 10 << 5 << 28;
}

void TestJournalStatistics::lessonsHeldAgainstThePlan()
{
    QFETCH(QDate, today);
    QFETCH(int, held);
    QFETCH(int, heldLessons);
    QFETCH(int, percent);
    const DiaryGroupData d = DiarySample::group();
    const CurriculumProgress p = curriculumProgress(d.lessonsOf(DiarySample::english), 36, today);
    QCOMPARE(p.plannedHours, 36);
    QCOMPARE(p.scheduledHours, 10);
    QCOMPARE(p.heldHours, held);
    QCOMPARE(p.heldLessons, heldLessons);
    QCOMPARE(p.percentOfPlan(), percent);
}

void TestJournalStatistics::byLessonType()
{
    const DiaryGroupData d = DiarySample::group();
    const CurriculumProgress p = curriculumProgress(d.lessonsOf(DiarySample::english), 36, QDate(2026, 11, 24));
    // Only the types the journal has, in the order of LessonType.
    QCOMPARE(p.byType.size(), 3);
    QCOMPARE(p.byType.at(0).type, LessonType::Lecture);
    QCOMPARE(p.byType.at(0).heldHours, 2);
    QCOMPARE(p.byType.at(0).scheduledHours, 4);
    QCOMPARE(p.byType.at(1).type, LessonType::Practice);
    QCOMPARE(p.byType.at(1).heldHours, 4);
    QCOMPARE(p.byType.at(1).heldLessons, 2);
    QCOMPARE(p.byType.at(2).type, LessonType::Test);
    QCOMPARE(p.byType.at(2).scheduledHours, 2);
    // No plan: no share of it.
    QCOMPARE(curriculumProgress({}, 0, QDate(2026, 11, 24)).percentOfPlan(), 0);
}

void TestJournalStatistics::markDistributionCountsMarksAndAbsences_data()
{
    QTest::addColumn<QList<Mark>>("marks");
    QTest::addColumn<QList<int>>("counts"); // of 2, 3, 4, 5
    QTest::addColumn<int>("absences");
    QTest::addColumn<double>("mean");
    QTest::newRow("an empty journal") << QList<Mark>{} << QList<int>{0, 0, 0, 0} << 0 << 0.0;
    QTest::newRow("one of each") << QList<Mark>{{1, 1, 2, false},
                                                {1, 2, 3, false},
                                                {1, 3, 4, false},
                                                {1, 4, 5, false}}
                                 << QList<int>{1, 1, 1, 1} << 0 << 3.5;
    QTest::newRow("«н» is an absence, not a mark")
        << QList<Mark>{{1, 1, 0, true}, {2, 1, 5, false}, {3, 1, 0, true}} << QList<int>{0, 0, 0, 1} << 2
        << 5.0;
    QTest::newRow("a mark for a lesson missed counts as both")
        << QList<Mark>{{1, 1, 4, true}} << QList<int>{0, 0, 1, 0} << 1 << 4.0;
}

void TestJournalStatistics::markDistributionCountsMarksAndAbsences()
{
    QFETCH(QList<Mark>, marks);
    QFETCH(QList<int>, counts);
    QFETCH(int, absences);
    QFETCH(double, mean);
    const MarkDistribution d = markDistribution(marks);
    for (int mark = 2; mark <= 5; ++mark)
        QCOMPARE(d.count(mark), counts.at(mark - 2));
    QCOMPARE(d.count(1), 0);
    QCOMPARE(d.absences, absences);
    QCOMPARE(d.mean(), mean);
}

void TestJournalStatistics::forecastOfEachStudent_data()
{
    QTest::addColumn<qint64>("student");
    QTest::addColumn<bool>("available");
    QTest::addColumn<int>("grade");
    QTest::addColumn<int>("absences");
    QTest::addColumn<bool>("risk");
    // Four English lessons are held by 24 November.
    QTest::newRow("Алексеев: 5 4 5 4, mean 4.5 rounds up to 5") << qint64(1) << true << 5 << 0 << false;
    QTest::newRow("Борисова: two marks are too few; 1 of 4 missed is no risk")
        << qint64(2) << false << 0 << 1 << false;
    QTest::newRow("Васильев: 2 of 4 missed (>30 %) is a risk") << qint64(3) << false << 0 << 2 << true;
    QTest::newRow("a student without marks") << qint64(99) << false << 0 << 0 << false;
}

void TestJournalStatistics::forecastOfEachStudent()
{
    QFETCH(qint64, student);
    QFETCH(bool, available);
    QFETCH(int, grade);
    QFETCH(int, absences);
    QFETCH(bool, risk);
    const DiaryGroupData d = DiarySample::group();
    const QList<StudentForecast> all =
        studentForecasts({student}, d.lessonsOf(DiarySample::english), d.marks, QDate(2026, 11, 24));
    QCOMPARE(all.size(), 1);
    const StudentForecast f = all.first();
    QCOMPARE(f.studentId, student);
    QCOMPARE(f.lessonsHeld, 4);
    QCOMPARE(f.forecast.available, available);
    QCOMPARE(f.forecast.grade, grade);
    QCOMPARE(f.absences, absences);
    QCOMPARE(f.forecast.attendanceRisk, risk);
}

void TestJournalStatistics::forecastIgnoresOtherJournals()
{
    const DiaryGroupData d = DiarySample::group();
    // Алексеев's maths 5 is not an English mark; Борисова's mean is of her own two marks, forecast or not.
    const QList<StudentForecast> all =
        studentForecasts({1, 2}, d.lessonsOf(DiarySample::english), d.marks, QDate(2026, 11, 24));
    QCOMPARE(all.at(0).marks, 4);
    QCOMPARE(all.at(0).forecast.mean, 4.5);
    QCOMPARE(all.at(1).marks, 2);
    QCOMPARE(all.at(1).mean, 3.0);
}

void TestJournalStatistics::forecastDistribution()
{
    const DiaryGroupData d = DiarySample::group();
    const auto counts = JournalStatistics::forecastDistribution(
        studentForecasts({1, 2, 3}, d.lessonsOf(DiarySample::english), d.marks, QDate(2026, 11, 24)));
    QCOMPARE(counts[0], 2); // no forecast
    QCOMPARE(counts[4], 1); // 5
    QCOMPARE(counts[1] + counts[2] + counts[3], 0);
}

void TestJournalStatistics::forecastTableSaysWhatItShows()
{
    JournalStatisticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DiaryGroupData d = DiarySample::group();
    model.setForecasts(
        {d.students.at(0).name, d.students.at(1).name, d.students.at(2).name},
        studentForecasts({1, 2, 3}, d.lessonsOf(DiarySample::english), d.marks, QDate(2026, 11, 24)));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(JournalStatisticsModel::ColumnCount));
    QCOMPARE(model.index(0, JournalStatisticsModel::StudentColumn).data().toString(),
             QStringLiteral("Алексеев Антон Ильич"));
    QCOMPARE(model.index(0, JournalStatisticsModel::ForecastColumn).data().toString(), QStringLiteral("5"));
    QCOMPARE(model.index(0, JournalStatisticsModel::MarksColumn).data().toInt(), 4);
    QCOMPARE(model.index(1, JournalStatisticsModel::ForecastColumn)
                 .data(JournalStatisticsModel::ForecastGradeRole)
                 .toInt(),
             0);
    QVERIFY(model.index(1, JournalStatisticsModel::NoteColumn)
                .data()
                .toString()
                .contains(QStringLiteral("three")));
    QVERIFY(
        model.index(2, JournalStatisticsModel::NoteColumn).data().toString().contains(QStringLiteral("30%")));
    QCOMPARE(model.index(2, JournalStatisticsModel::AbsencesColumn).data().toString(),
             QStringLiteral("2 of 4"));
    QVERIFY(model.index(2, JournalStatisticsModel::StudentColumn)
                .data(JournalStatisticsModel::AttendanceRiskRole)
                .toBool());
    // The explanation names each part of the rule.
    const QString how = JournalStatisticsModel::explanation();
    for (const char *part : {"mean", "4.5", "three marks", "30%"})
        QVERIFY2(how.contains(QLatin1String(part)), part);
    model.setForecasts({}, {});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestJournalStatistics)
#include "tst_journalstatistics.moc"
