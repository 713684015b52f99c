#include "journals/distancelesson.h"
#include "diary/finalgrade.h"
#include "journals/markinput.h"
#include "journals/semester.h"
#include "diary/successforecast.h"

#include <QTest>

// Seeds 001 (ЭД) and 004 §29.3 (distance lessons), case by case.
class TestJournalRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void markInput_data();
    void markInput();
    void distanceLessonCreation_data();
    void distanceLessonCreation();
    void distanceLessonState_data();
    void distanceLessonState();
    void publication_data();
    void publication();
    void deferral_data();
    void deferral();
    void forecast_data();
    void forecast();
    void semester();
};

static const QDateTime t0(QDate(2026, 11, 25), QTime(10, 0), Qt::OffsetFromUTC, 3 * 3600);

void TestJournalRules::markInput_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<MarkInput::Kind>("kind");
    QTest::addColumn<int>("value");

    using K = MarkInput::Kind;
    QTest::newRow("5") << QStringLiteral("5") << K::Mark << 5;
    QTest::newRow("2, the lowest") << QStringLiteral("2") << K::Mark << 2;
    QTest::newRow("«н» — absence") << QStringLiteral("н") << K::Absence << 0;
    QTest::newRow("«Н» — absence") << QStringLiteral("Н") << K::Absence << 0;
    QTest::newRow("Latin n on the wrong layout") << QStringLiteral("n") << K::Absence << 0;
    QTest::newRow("blank clears") << QStringLiteral("  ") << K::Clear << 0;
    QTest::newRow("1 is outside the scale") << QStringLiteral("1") << K::Invalid << 0;
    QTest::newRow("6 is outside the scale") << QStringLiteral("6") << K::Invalid << 0;
    QTest::newRow("45 is not a mark") << QStringLiteral("45") << K::Invalid << 0;
    QTest::newRow("text") << QStringLiteral("отл") << K::Invalid << 0;
}

void TestJournalRules::markInput()
{
    QFETCH(QString, typed);
    QFETCH(MarkInput::Kind, kind);
    QFETCH(int, value);
    const MarkInput input = MarkInput::parse(typed);
    QCOMPARE(input.kind, kind);
    QCOMPARE(input.value, value);
}

static DistanceLesson call(qint64 id, const QDateTime &start, int minutes)
{
    return DistanceLesson{id, 1, 7, start, start.addSecs(minutes * 60)};
}

void TestJournalRules::distanceLessonCreation_data()
{
    QTest::addColumn<bool>("ownSubject");
    QTest::addColumn<DistanceLesson>("lesson");
    QTest::addColumn<QList<DistanceLesson>>("others");
    QTest::addColumn<DistanceLessonProblem>("problem");

    using P = DistanceLessonProblem;
    const DistanceLesson tomorrow = call(1, t0.addDays(1), 90);
    QTest::newRow("own subject, time not passed") << true << tomorrow << QList<DistanceLesson>{} << P::None;
    QTest::newRow("«только по своему предмету»")
        << false << tomorrow << QList<DistanceLesson>{} << P::NotOwnSubject;
    QTest::newRow("«время занятия ещё не прошло» — it has")
        << true << call(1, t0.addSecs(-60), 90) << QList<DistanceLesson>{} << P::TimePassed;
    QTest::newRow("end before start")
        << true << call(1, t0.addDays(1), -10) << QList<DistanceLesson>{} << P::EndNotAfterStart;
    QTest::newRow("overlaps the teacher's other call")
        << true << tomorrow << QList{call(2, t0.addDays(1).addSecs(45 * 60), 90)} << P::Overlaps;
    QTest::newRow("back to back is fine")
        << true << tomorrow << QList{call(2, t0.addDays(1).addSecs(90 * 60), 90)} << P::None;
    QTest::newRow("editing itself is no overlap") << true << tomorrow << QList{tomorrow} << P::None;
}

void TestJournalRules::distanceLessonCreation()
{
    QFETCH(bool, ownSubject);
    QFETCH(DistanceLesson, lesson);
    QFETCH(QList<DistanceLesson>, others);
    QFETCH(DistanceLessonProblem, problem);
    QCOMPARE(Journals::distanceLessonProblem(ownSubject, lesson, others, t0), problem);
}

void TestJournalRules::distanceLessonState_data()
{
    QTest::addColumn<qint64>("secsFromStart");
    QTest::addColumn<DistanceLessonState>("state");

    QTest::newRow("a minute before: «еще не началось»") << qint64(-60) << DistanceLessonState::NotStarted;
    QTest::newRow("at the start: join") << qint64(0) << DistanceLessonState::Running;
    QTest::newRow("last second: join") << qint64(90 * 60 - 1) << DistanceLessonState::Running;
    QTest::newRow("at the end: «Звонок завершен»") << qint64(90 * 60) << DistanceLessonState::Ended;
}

void TestJournalRules::distanceLessonState()
{
    QFETCH(qint64, secsFromStart);
    QFETCH(DistanceLessonState, state);
    QCOMPARE(Journals::distanceLessonState(call(1, t0, 90), t0.addSecs(secsFromStart)), state);
}

void TestJournalRules::publication_data()
{
    QTest::addColumn<QDateTime>("publishedAt");
    QTest::addColumn<qint64>("secsAfterSet");
    QTest::addColumn<bool>("overdue");

    QTest::newRow("not published, 23:59 later") << QDateTime() << qint64(24 * 3600 - 60) << false;
    QTest::newRow("not published, exactly a day later") << QDateTime() << qint64(24 * 3600) << false;
    QTest::newRow("not published, a day and a second later") << QDateTime() << qint64(24 * 3600 + 1) << true;
    QTest::newRow("published within the day") << t0.addSecs(3600) << qint64(72 * 3600) << false;
    QTest::newRow("published two days late") << t0.addDays(2) << qint64(72 * 3600) << true;
}

void TestJournalRules::publication()
{
    QFETCH(QDateTime, publishedAt);
    QFETCH(qint64, secsAfterSet);
    QFETCH(bool, overdue);
    FinalGrade grade;
    grade.value = 4;
    grade.setAt = t0;
    grade.publishedAt = publishedAt;
    QCOMPARE(Diary::publicationOverdue(grade, t0.addSecs(secsAfterSet)), overdue);
    FinalGrade none;
    QVERIFY(!Diary::publicationOverdue(none, t0.addDays(10)));
}

void TestJournalRules::deferral_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<DeferralProblem>("problem");

    const QDate today = t0.date();
    QTest::newRow("болезнь, a date ahead")
        << QStringLiteral("Болезнь, справка № 12") << today.addDays(14) << DeferralProblem::None;
    QTest::newRow("today is allowed") << QStringLiteral("Болезнь") << today << DeferralProblem::None;
    QTest::newRow("a date in the past")
        << QStringLiteral("Болезнь") << today.addDays(-1) << DeferralProblem::DateInPast;
    QTest::newRow("no reason") << QStringLiteral(" ") << today.addDays(3) << DeferralProblem::NoReason;
}

void TestJournalRules::deferral()
{
    QFETCH(QString, reason);
    QFETCH(QDate, until);
    QFETCH(DeferralProblem, problem);
    QCOMPARE(Diary::deferralProblem(reason, until, t0.date()), problem);
}

void TestJournalRules::forecast_data()
{
    QTest::addColumn<QList<int>>("marks");
    QTest::addColumn<int>("held");
    QTest::addColumn<int>("absences");
    QTest::addColumn<bool>("available");
    QTest::addColumn<int>("grade");
    QTest::addColumn<bool>("risk");

    QTest::newRow("4.5 exactly → 5") << QList{4, 5} + QList{4, 5} << 10 << 0 << true << 5 << false;
    QTest::newRow("4.4 → 4") << QList{4, 4, 4, 5, 5} << 10 << 0 << true << 4 << false;
    QTest::newRow("3.5 → 4") << QList{3, 4, 3, 4} << 10 << 0 << true << 4 << false;
    QTest::newRow("2.5 → 3") << QList{2, 3, 2, 3} << 10 << 0 << true << 3 << false;
    QTest::newRow("2.33 → 2") << QList{2, 2, 3} << 10 << 0 << true << 2 << false;
    QTest::newRow("two marks: no forecast") << QList{5, 5} << 10 << 0 << false << 0 << false;
    QTest::newRow("missed 4 of 10: risk") << QList{5, 5, 5} << 10 << 4 << true << 5 << true;
    QTest::newRow("missed 3 of 10: no risk") << QList{5, 5, 5} << 10 << 3 << true << 5 << false;
}

void TestJournalRules::forecast()
{
    QFETCH(QList<int>, marks);
    QFETCH(int, held);
    QFETCH(int, absences);
    QFETCH(bool, available);
    QFETCH(int, grade);
    QFETCH(bool, risk);
    const SuccessForecast forecast = Diary::successForecast(marks, held, absences);
    QCOMPARE(forecast.available, available);
    QCOMPARE(forecast.grade, grade);
    QCOMPARE(forecast.attendanceRisk, risk);
}

void TestJournalRules::semester()
{
    const Semester autumn{QDate(2026, 9, 1), QDate(2026, 12, 27)};
    QVERIFY(autumn.contains(QDate(2026, 9, 1)));
    QVERIFY(autumn.contains(QDate(2026, 12, 27)));
    QVERIFY(!autumn.contains(QDate(2026, 8, 31)));
    QVERIFY(!autumn.contains(QDate(2026, 12, 28)));
    QVERIFY(!autumn.contains(QDate()));
}

QTEST_GUILESS_MAIN(TestJournalRules)
#include "tst_journalrules.moc"
