#include "footprint/activityprogress.h"
#include "footprint/blockattestation.h"
#include "footprint/extensionschange.h"
#include "footprint/footprintdue.h"
#include "footprint/footprintkind.h"
#include "footprint/practicereport.h"
#include "footprint/webinarfootprint.h"

#include <QTest>

// Seed 000 («Отправка ЦС гражданина в У2035»), case by case.
class TestFootprintRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindAndTiming_data();
    void kindAndTiming();
    void statusChange_data();
    void statusChange();
    void fortyEightHoursAfterStatusChange_data();
    void fortyEightHoursAfterStatusChange();
    void afterReport_data();
    void afterReport();
    void messagesEverySixHours_data();
    void messagesEverySixHours();
    void webinar_data();
    void webinar();
    void blockAttestation_data();
    void blockAttestation();
    void uploads_data();
    void uploads();
};

static const QDateTime t0(QDate(2026, 11, 2), QTime(10, 0), Qt::OffsetFromUTC, 3 * 3600);

static Activity activity(qint64 id, ActivityType type, int position, bool attestation = false,
                         bool block = false)
{
    Activity a;
    a.id = id;
    a.type = type;
    a.position = position;
    a.attestation = attestation;
    a.blockAttestation = block;
    return a;
}

using Kind = FootprintKind;
using Timing = FootprintTiming;
using BK = ProgramBlock::Kind;

void TestFootprintRules::kindAndTiming_data()
{
    QTest::addColumn<Activity>("activity");
    QTest::addColumn<BK>("block");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Timing>("timing");

    QTest::newRow("просмотр видеоконтента") << activity(1, ActivityType::Video, 1) << BK::Theoretical
                                            << Kind::VideoWatch << Timing::AfterStatusChange;
    QTest::newRow("вебинар → просмотр видеоматериала")
        << activity(1, ActivityType::Webinar, 1) << BK::Practical << Kind::VideoWatch
        << Timing::AfterStatusChange;
    QTest::newRow("текстовые элементы презентаций")
        << activity(1, ActivityType::Presentation, 1) << BK::Theoretical << Kind::PresentationText
        << Timing::AfterStatusChange;
    QTest::newRow("теоретическая активность «Лекция»")
        << activity(1, ActivityType::Lecture, 1) << BK::Theoretical << Kind::TheoreticalActivity
        << Timing::AfterStatusChange;
    QTest::newRow("промежуточная аттестация в теоретическом блоке")
        << activity(1, ActivityType::Test, 1, true) << BK::Theoretical << Kind::TheoreticalAttestation
        << Timing::AfterStatusChange;
    QTest::newRow("практическая активность «Задание»")
        << activity(1, ActivityType::Assignment, 1) << BK::Practical << Kind::PracticalActivity
        << Timing::AfterReportConfirmation;
    QTest::newRow("промежуточная аттестация в практическом блоке")
        << activity(1, ActivityType::Test, 1, true) << BK::Practical << Kind::PracticalAttestation
        << Timing::AfterReportConfirmation;
    QTest::newRow("итоговая аттестация по программе")
        << activity(1, ActivityType::Test, 1, true) << BK::FinalAttestation << Kind::FinalAttestation
        << Timing::AfterReportConfirmation;
}

void TestFootprintRules::kindAndTiming()
{
    QFETCH(Activity, activity);
    QFETCH(BK, block);
    QFETCH(Kind, kind);
    QFETCH(Timing, timing);
    QCOMPARE(Footprint::footprintKindOf(activity, block), kind);
    QCOMPARE(Footprint::footprintTimingOf(kind), timing);
    QCOMPARE(Footprint::footprintTimingOf(Kind::LmsMessages), Timing::Other);
    QCOMPARE(Footprint::footprintTimingOf(Kind::PracticalBlockReport), Timing::Other);
}

void TestFootprintRules::statusChange_data()
{
    QTest::addColumn<ActivityType>("type");
    QTest::addColumn<ActivityProgress>("progress");
    QTest::addColumn<QDateTime>("changedAt");

    ActivityProgress passed;
    passed.testPassedAt = t0;
    QTest::newRow("«Контрольная»: студент прошел тест") << ActivityType::Test << passed << t0;
    ActivityProgress finishedOnly;
    finishedOnly.finishPressedAt = t0;
    QTest::newRow("«Контрольная»: «Завершить активность» does not count")
        << ActivityType::Test << finishedOnly << QDateTime();

    ActivityProgress sentOnly;
    sentOnly.solutionSentAt = t0;
    QTest::newRow("«Задание»: sent, not graded yet") << ActivityType::Assignment << sentOnly << QDateTime();
    ActivityProgress sentAndGraded = sentOnly;
    sentAndGraded.gradedAt = t0.addSecs(3600);
    QTest::newRow("«Задание»: sent and graded → at the grade")
        << ActivityType::Assignment << sentAndGraded << t0.addSecs(3600);

    QTest::newRow("«Самостоятельная работа»: «Завершить активность»")
        << ActivityType::IndependentWork << finishedOnly << t0;
    QTest::newRow("«Лекция»: «Завершить активность»") << ActivityType::Lecture << finishedOnly << t0;
    QTest::newRow("«Лекция»: nothing pressed") << ActivityType::Lecture << ActivityProgress{} << QDateTime();
}

void TestFootprintRules::statusChange()
{
    QFETCH(ActivityType, type);
    QFETCH(ActivityProgress, progress);
    QFETCH(QDateTime, changedAt);
    const auto changed = Footprint::completionStatusChangedAt(type, progress);
    QCOMPARE(changed.has_value(), changedAt.isValid());
    if (changed)
        QCOMPARE(*changed, changedAt);
}

void TestFootprintRules::fortyEightHoursAfterStatusChange_data()
{
    QTest::addColumn<qint64>("secsAfterChange");
    QTest::addColumn<bool>("due");
    QTest::addColumn<bool>("withinDeadline");

    QTest::newRow("at the status change: due at once") << qint64(0) << true << true;
    QTest::newRow("one second before it: not yet") << qint64(-1) << false << true;
    QTest::newRow("47:59 — still within 48 h") << qint64(47 * 3600 + 59 * 60) << true << true;
    QTest::newRow("48:00 — the deadline itself") << qint64(48 * 3600) << true << true;
    QTest::newRow("48:00:01 — past the deadline") << qint64(48 * 3600 + 1) << true << false;
}

void TestFootprintRules::fortyEightHoursAfterStatusChange()
{
    QFETCH(qint64, secsAfterChange);
    QFETCH(bool, due);
    QFETCH(bool, withinDeadline);
    ActivityProgress progress;
    progress.finishPressedAt = t0;
    const auto window = Footprint::windowAfterStatusChange(ActivityType::Lecture, progress);
    QVERIFY(window);
    const QDateTime now = t0.addSecs(secsAfterChange);
    QCOMPARE(Footprint::isDue(*window, now), due);
    QCOMPARE(now <= window->deadline, withinDeadline);
}

void TestFootprintRules::afterReport_data()
{
    QTest::addColumn<ActivityProgress>("progress");
    QTest::addColumn<qint64>("secsAfterSent");
    QTest::addColumn<bool>("due");

    ActivityProgress sent;
    sent.reportSentAt = t0;
    QTest::newRow("not confirmed, 47:59 after sending: waits")
        << sent << qint64(47 * 3600 + 59 * 60) << false;
    QTest::newRow("not confirmed, 48:00 after sending: due") << sent << qint64(48 * 3600) << true;
    ActivityProgress confirmed = sent;
    confirmed.reportConfirmedAt = t0.addSecs(2 * 3600);
    QTest::newRow("confirmed after 2 h: due at the confirmation") << confirmed << qint64(2 * 3600) << true;
    QTest::newRow("confirmed after 2 h: not before it") << confirmed << qint64(2 * 3600 - 1) << false;
    ActivityProgress lateConfirmation = sent;
    lateConfirmation.reportConfirmedAt = t0.addSecs(50 * 3600);
    QTest::newRow("confirmed after 50 h: the 48 h timeout already made it due")
        << lateConfirmation << qint64(48 * 3600) << true;
}

void TestFootprintRules::afterReport()
{
    QFETCH(ActivityProgress, progress);
    QFETCH(qint64, secsAfterSent);
    QFETCH(bool, due);
    const auto window = Footprint::windowAfterReport(progress);
    QVERIFY(window);
    QCOMPARE(Footprint::isDue(*window, t0.addSecs(secsAfterSent)), due);
    QVERIFY(!Footprint::windowAfterReport(ActivityProgress{}));
}

void TestFootprintRules::messagesEverySixHours_data()
{
    QTest::addColumn<QDateTime>("lastDelivery");
    QTest::addColumn<QDateTime>("firstPending");
    QTest::addColumn<QDateTime>("next");

    QTest::newRow("nothing accumulated: nothing to send") << t0 << QDateTime() << QDateTime();
    QTest::newRow("first batch: 6 h after the first message") << QDateTime() << t0 << t0.addSecs(6 * 3600);
    QTest::newRow("then every 6 h after the last delivery") << t0 << t0.addSecs(3600) << t0.addSecs(6 * 3600);
}

void TestFootprintRules::messagesEverySixHours()
{
    QFETCH(QDateTime, lastDelivery);
    QFETCH(QDateTime, firstPending);
    QFETCH(QDateTime, next);
    QCOMPARE(Footprint::nextMessagesDelivery(lastDelivery, firstPending), next);
}

void TestFootprintRules::webinar_data()
{
    QTest::addColumn<WebinarFacts>("facts");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<WebinarFootprint::Presence>("presence");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("percent");

    using P = WebinarFootprint::Presence;
    auto facts = [](bool external, qint64 presence, bool marked, qint64 recording, bool finish = true) {
        WebinarFacts f;
        f.external = external;
        f.presenceSecs = presence;
        f.markedPresentByTeacher = marked;
        f.recordingWatchedSecs = recording;
        f.finishPressed = finish;
        return f;
    };
    QTest::newRow("в Odin: только присутствовал")
        << facts(false, 3000, false, 0) << true << P::Attended << qint64(3000) << 0;
    QTest::newRow("в Odin: смотрел запись")
        << facts(false, 0, false, 1200) << true << P::WatchedRecording << qint64(1200) << 0;
    QTest::newRow("в Odin: присутствовал и смотрел запись — attendance wins")
        << facts(false, 3000, false, 1200) << true << P::Attended << qint64(3000) << 0;
    QTest::newRow("сторонняя площадка: отмечен преподавателем → 100 %")
        << facts(true, 0, true, 600) << true << P::Attended << qint64(0) << 100;
    QTest::newRow("сторонняя площадка: не отмечен, смотрел запись")
        << facts(true, 0, false, 900) << true << P::WatchedRecording << qint64(900) << 0;
    QTest::newRow("не был и не смотрел: ЦС не отправится")
        << facts(false, 0, false, 0) << false << P::Attended << qint64(0) << 0;
    QTest::newRow("сторонняя площадка: не отмечен и не смотрел")
        << facts(true, 0, false, 0) << false << P::Attended << qint64(0) << 0;
    QTest::newRow("«Завершить активность» not pressed yet")
        << facts(false, 3000, false, 0, false) << false << P::Attended << qint64(0) << 0;
}

void TestFootprintRules::webinar()
{
    QFETCH(WebinarFacts, facts);
    QFETCH(bool, sent);
    const auto footprint = Footprint::webinarFootprint(facts);
    QCOMPARE(footprint.has_value(), sent);
    if (!footprint)
        return;
    QFETCH(WebinarFootprint::Presence, presence);
    QFETCH(qint64, seconds);
    QFETCH(int, percent);
    QCOMPARE(footprint->presence, presence);
    QCOMPARE(footprint->seconds, seconds);
    QCOMPARE(footprint->percent, percent);
}

void TestFootprintRules::blockAttestation_data()
{
    QTest::addColumn<QList<Activity>>("activities");
    QTest::addColumn<qint64>("blockAttestation");
    QTest::addColumn<BlockAttestationProblem>("problem");

    using T = ActivityType;
    using Problem = BlockAttestationProblem;
    QTest::newRow("одна аттестация: both checkboxes")
        << QList{activity(1, T::Assignment, 1), activity(2, T::Test, 2, true, true)} << qint64(2)
        << Problem::None;
    QTest::newRow("несколько: the last one carries «Аттестация по блоку»")
        << QList{activity(1, T::Test, 1, true), activity(2, T::Assignment, 2),
                 activity(3, T::Test, 3, true, true)}
        << qint64(3) << Problem::None;
    QTest::newRow("несколько, order by position not by list")
        << QList{activity(3, T::Test, 3, true, true), activity(1, T::Test, 1, true)} << qint64(3)
        << Problem::None;
    QTest::newRow("flag forgotten") << QList{activity(1, T::Test, 1, true), activity(2, T::Test, 2, true)}
                                    << qint64(2) << Problem::NotMarked;
    QTest::newRow("flag on an earlier attestation")
        << QList{activity(1, T::Test, 1, true, true), activity(2, T::Test, 2, true)} << qint64(2)
        << Problem::MarkedOnNotLast;
    QTest::newRow("«Аттестация по блоку» without «Аттестация»")
        << QList{activity(1, T::Test, 1, false, true)} << qint64(0) << Problem::MarkedWithoutAttestation;
    QTest::newRow("no attestation at all")
        << QList{activity(1, T::Lecture, 1)} << qint64(0) << Problem::NoAttestation;
}

void TestFootprintRules::blockAttestation()
{
    QFETCH(QList<Activity>, activities);
    QFETCH(qint64, blockAttestation);
    QFETCH(BlockAttestationProblem, problem);
    QCOMPARE(Footprint::blockAttestationOf(activities).value_or(0), blockAttestation);
    QCOMPARE(Footprint::blockAttestationProblem(activities), problem);
}

void TestFootprintRules::uploads_data()
{
    QTest::addColumn<int>("held");
    QTest::addColumn<int>("dropped");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("дневник: one file into an empty zone") << 0 << 1 << true;
    QTest::newRow("дневник: two files at once") << 0 << 2 << false;
    QTest::newRow("дневник: a second diary file") << 1 << 1 << false;
    QTest::newRow("nothing dropped") << 0 << 0 << false;
}

void TestFootprintRules::uploads()
{
    QFETCH(int, held);
    QFETCH(int, dropped);
    QFETCH(bool, accepted);
    QCOMPARE(Footprint::diaryDropAccepted(held, dropped), accepted);

    QVERIFY(Footprint::practicalBlockReportReady(true, 1));
    QVERIFY(!Footprint::practicalBlockReportReady(true, 0));
    QVERIFY(!Footprint::practicalBlockReportReady(false, 1));
    QVERIFY(Footprint::finalAttestationReady(true, false, 0));
    QVERIFY(!Footprint::finalAttestationReady(true, true, 0));
    QVERIFY(Footprint::finalAttestationReady(true, true, 2));
    QVERIFY(Footprint::extensionsChangeNeedsWarning(true, 3));
    QVERIFY(!Footprint::extensionsChangeNeedsWarning(true, 0));
    QVERIFY(!Footprint::extensionsChangeNeedsWarning(false, 3));
}

QTEST_GUILESS_MAIN(TestFootprintRules)
#include "tst_footprintrules.moc"
