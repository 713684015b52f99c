#include "diarysample.h"
#include "diary/paperextract.h"

#include <QTest>

// Seed 001 §2: «формирование выписок в бумажной форме из «Электронного журнала/дневника»» — what goes on
// paper.
class TestExtractContent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subjectsWithTheirTeachers();
    void onlyThePeriodsLessonsWithSomethingToSay_data();
    void onlyThePeriodsLessonsWithSomethingToSay();
    void finalGradeAndParents();
    void unknownStudent();
};

void TestExtractContent::subjectsWithTheirTeachers()
{
    const PaperExtract e =
        Diary::paperExtract(DiarySample::group(), 1, QDate(2026, 9, 1), QDate(2026, 9, 30));
    QCOMPARE(e.student.full(), QStringLiteral("Алексеев Антон Ильич"));
    QCOMPARE(e.group, QStringLiteral("ДО-19-3"));
    QCOMPARE(e.subjects.size(), 2);
    QCOMPARE(e.subjects.at(0).subject, QStringLiteral("Английский язык(ОГСЭ)"));
    QCOMPARE(e.subjects.at(0).teacher, QStringLiteral("Каган Наталья Викторовна"));
    QCOMPARE(e.subjects.at(1).teacher, QStringLiteral("Петров Пётр Петрович"));
}

void TestExtractContent::onlyThePeriodsLessonsWithSomethingToSay_data()
{
    QTest::addColumn<qint64>("student");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("englishLessons");
    QTest::addColumn<int>("marks");
    QTest::addColumn<int>("absences");
    QTest::addColumn<double>("mean");
    QTest::newRow("Алексеев in September: four marks")
        << qint64(1) << QDate(2026, 9, 1) << QDate(2026, 9, 30) << 4 << 4 << 0 << 4.5;
    QTest::newRow("the first week only")
        << qint64(1) << QDate(2026, 9, 1) << QDate(2026, 9, 7) << 1 << 1 << 0 << 5.0;
    QTest::newRow("Васильев: two absences and a 2; homework of lesson 2 is there anyway")
        << qint64(3) << QDate(2026, 9, 1) << QDate(2026, 9, 30) << 3 << 1 << 2 << 2.0;
    QTest::newRow("October: nothing")
        << qint64(1) << QDate(2026, 10, 1) << QDate(2026, 10, 31) << 0 << 0 << 0 << 0.0;
}

void TestExtractContent::onlyThePeriodsLessonsWithSomethingToSay()
{
    QFETCH(qint64, student);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, englishLessons);
    QFETCH(int, marks);
    QFETCH(int, absences);
    QFETCH(double, mean);
    const PaperExtract e = Diary::paperExtract(DiarySample::group(), student, from, to);
    const PaperExtractSubject &english = e.subjects.at(0);
    QCOMPARE(english.lessons.size(), englishLessons);
    QCOMPARE(english.marks, marks);
    QCOMPARE(english.absences, absences);
    QCOMPARE(english.mean, mean);
    for (const PaperExtractLesson &l : english.lessons)
        QVERIFY(l.date >= from && l.date <= to);
}

void TestExtractContent::finalGradeAndParents()
{
    DiaryGroupData d = DiarySample::group();
    FinalGrade g;
    g.studentId = 2;
    g.assignmentId = DiarySample::english;
    g.value = 3;
    g.setAt = QDateTime(QDate(2026, 12, 20), QTime(10, 0));
    d.finalGrades << g;
    const PaperExtract e = Diary::paperExtract(d, 2, QDate(2026, 9, 1), QDate(2026, 12, 27));
    QCOMPARE(e.subjects.at(0).finalGrade.value, 3);
    QCOMPARE(e.subjects.at(1).finalGrade.value, 0);
    QCOMPARE(e.parents.size(), 1);
    QCOMPARE(e.parents.first().full(), QStringLiteral("Борисов Олег Иванович"));
    // Homework of the period is there with the lesson it was given at.
    QCOMPARE(e.subjects.at(0).lessons.at(1).homework, QStringLiteral("Ex. 5 p. 12"));
    QVERIFY(e.subjects.at(0).lessons.at(1).absent);
}

void TestExtractContent::unknownStudent()
{
    const PaperExtract e =
        Diary::paperExtract(DiarySample::group(), 404, QDate(2026, 9, 1), QDate(2026, 9, 30));
    QCOMPARE(e.studentId, qint64(0));
    QVERIFY(e.subjects.isEmpty());
}

QTEST_GUILESS_MAIN(TestExtractContent)
#include "tst_extractcontent.moc"
