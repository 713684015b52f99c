#include "footprint/basextensioncatalogue.h"
#include "demo/democollegegenerator.h"
#include "demo/demofootprint.h"
#include "footprint/footprintplanner.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

// From a program of the cache to the statements U2035 takes: structure before facts, each fact due when seed
// 000 says, «Расширения БАС» checked before anything is queued.
class TestFootprintPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void structureComesFirst();
    void factsPointToTheirStructure_data();
    void factsPointToTheirStructure();
    void dueWhenTheSeedSays_data();
    void dueWhenTheSeedSays();
    void webinarNeitherAttendedNorWatched();
    void webinarAttendanceWins();
    void finalAttestationWaitsForDocuments();
    void practiceReportNeedsTheDiary();
    void studentValuesOverTheActivitys();
    void refusedValuesAreNotQueued_data();
    void refusedValuesAreNotQueued();
    void sameInputSameStatements();
    void demoCollege();

private:
    FootprintPlanner planner() const;
    std::optional<BasExtensionCatalogue> m_catalogue;
};

namespace {

const QString uav = QStringLiteral("https://id.2035.university/xapi/extension/uav/");
const QString fixation = QStringLiteral("https://id.2035.university/xapi/extension/method_of_fixation");
const QDateTime t0(QDate(2026, 10, 5), QTime(10, 0), Qt::OffsetFromUTC, 3 * 3600);

Activity activity(qint64 id, qint64 block, ActivityType type, int position, bool attestation = false,
                  bool blockAttestation = false)
{
    Activity a;
    a.id = id;
    a.blockId = block;
    a.groupId = 1;
    a.title = QStringLiteral("Активность %1").arg(id);
    a.type = type;
    a.position = position;
    a.attestation = attestation;
    a.blockAttestation = blockAttestation;
    return a;
}

Program program()
{
    return Program{5, QStringLiteral("Эксплуатация БАС"), QStringLiteral("234")};
}

QList<ProgramBlock> blocks()
{
    return {ProgramBlock{10, 5, QStringLiteral("Теория"), ProgramBlock::Kind::Theoretical, 1, false},
            ProgramBlock{11, 5, QStringLiteral("Практика"), ProgramBlock::Kind::Practical, 2, false},
            ProgramBlock{12, 5, QStringLiteral("Итоговая аттестация"), ProgramBlock::Kind::FinalAttestation,
                         3, true}};
}

// 1 video, 2 presentation, 3 lecture, 4 webinar, 5 theory test (attestation); 6 practical assignment,
// 7 practical attestation of the block; 8 final test.
QList<Activity> activities()
{
    return {activity(1, 10, ActivityType::Video, 1),
            activity(2, 10, ActivityType::Presentation, 2),
            activity(3, 10, ActivityType::Lecture, 3),
            activity(4, 10, ActivityType::Webinar, 4),
            activity(5, 10, ActivityType::Test, 5, true),
            activity(6, 11, ActivityType::Assignment, 1),
            activity(7, 11, ActivityType::Test, 2, true, true),
            activity(8, 12, ActivityType::Test, 1, true)};
}

Student student()
{
    Student s;
    s.id = 42;
    s.groupId = 1;
    s.untiId = QStringLiteral("1234567");
    return s;
}

FootprintSetup setup()
{
    FootprintSetup s;
    s.organisation = QStringLiteral("ГБПОУ «Колледж»");
    s.providerBase = QStringLiteral("https://lms.example");
    s.parentCourseId = QStringLiteral("12345");
    s.authorUntiId = QStringLiteral("33333");
    s.declaredAt = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::OffsetFromUTC, 3 * 3600);
    return s;
}

FootprintProgress progressOf(qint64 activityId)
{
    FootprintProgress p;
    p.activityId = activityId;
    p.studentId = 42;
    return p;
}

QJsonObject scale(int score, int min, int max, const QString &unit = QStringLiteral("баллы"))
{
    return {{QStringLiteral("score"), score},
            {QStringLiteral("min"), min},
            {QStringLiteral("max"), max},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("bestResultSelector"), QStringLiteral("max")}};
}

QString verbOf(const FootprintStatement &statement)
{
    return statement.json.value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")).toString();
}

QString refOf(const FootprintStatement &statement)
{
    return statement.json.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString();
}

} // namespace

void TestFootprintPlanner::initTestCase()
{
    QFile schema(TestPaths::sourceDir() + QStringLiteral("/resources/u2035/fd.schema.json"));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    QString error;
    m_catalogue = BasExtensionCatalogue::fromSchema(schema.readAll(), &error);
    QVERIFY2(m_catalogue, qPrintable(error));
}

FootprintPlanner TestFootprintPlanner::planner() const
{
    return FootprintPlanner(setup(), program(), blocks(), activities(), *m_catalogue);
}

void TestFootprintPlanner::structureComesFirst()
{
    const FootprintPlanner::Plan plan = planner().structure();
    QVERIFY(plan.refusals.isEmpty());
    // course, 2 blocks (the final attestation hangs from the course), 8 activities, 1 fact definition (6).
    QCOMPARE(plan.statements.size(), 1 + 2 + 8 + 1);
    QSet<QUuid> declared;
    for (const FootprintStatement &statement : plan.statements) {
        for (const QUuid &dependency : statement.dependsOn)
            QVERIFY2(declared.contains(dependency),
                     qPrintable(statement.factKey + QStringLiteral(" before its parent")));
        declared.insert(planner().idOf(statement.factKey));
        QCOMPARE(statement.dueAt, setup().declaredAt);
        QVERIFY(!statement.json.contains(QStringLiteral("id")));
    }
    const FootprintStatement &course = plan.statements.first();
    QCOMPARE(course.rank, FootprintStatement::Rank::Course);
    QCOMPARE(verbOf(course), QStringLiteral("http://activitystrea.ms/schema/1.0/author"));
    QCOMPARE(refOf(course), QStringLiteral("https://lms.example/courses/5"));

    auto find = [&plan](const QString &key) {
        for (const FootprintStatement &s : plan.statements) {
            if (s.factKey == key)
                return s;
        }
        return FootprintStatement();
    };
    const QJsonObject practical =
        find(QStringLiteral("block/11")).json.value(QStringLiteral("object")).toObject();
    QCOMPARE(
        practical.value(QStringLiteral("definition")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("https://id.2035.university/xapi/activities/block"));
    const FootprintStatement finalTest = find(QStringLiteral("activity/8"));
    QCOMPARE(verbOf(finalTest), QStringLiteral("http://activitystrea.ms/schema/1.0/host"));
    const QJsonObject extensions = finalTest.json.value(QStringLiteral("object"))
                                       .toObject()
                                       .value(QStringLiteral("definition"))
                                       .toObject()
                                       .value(QStringLiteral("extensions"))
                                       .toObject();
    QCOMPARE(extensions.value(QStringLiteral("https://id.2035.university/xapi/extension/assessment_type"))
                 .toString(),
             QStringLiteral("final"));
    QCOMPARE(finalTest.dependsOn, QList<QUuid>{planner().idOf(QStringLiteral("course/5"))});
    QCOMPARE(find(QStringLiteral("definition/6")).rank, FootprintStatement::Rank::Definition);
}

void TestFootprintPlanner::factsPointToTheirStructure_data()
{
    QTest::addColumn<qint64>("activityId");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("ref");

    const QString author = QStringLiteral("activity/%1");
    QTest::newRow("видео → watch") << qint64(1) << QStringLiteral("http://activitystrea.ms/schema/1.0/watch")
                                   << author.arg(1);
    QTest::newRow("презентация → viewed")
        << qint64(2) << QStringLiteral("http://id.tincanapi.com/verb/viewed") << author.arg(2);
    QTest::newRow("лекция → completed")
        << qint64(3) << QStringLiteral("http://adlnet.gov/expapi/verbs/completed") << author.arg(3);
    QTest::newRow("аттестация в теоретическом блоке → passed")
        << qint64(5) << QStringLiteral("http://adlnet.gov/expapi/verbs/passed") << author.arg(5);
    QTest::newRow("практическая активность → passed к определению факта")
        << qint64(6) << QStringLiteral("http://adlnet.gov/expapi/verbs/passed")
        << QStringLiteral("definition/6");
    QTest::newRow("итоговая аттестация → passed")
        << qint64(8) << QStringLiteral("http://adlnet.gov/expapi/verbs/passed") << author.arg(8);
}

void TestFootprintPlanner::factsPointToTheirStructure()
{
    QFETCH(qint64, activityId);
    QFETCH(QString, verb);
    QFETCH(QString, ref);

    FootprintProgress p = progressOf(activityId);
    p.events.finishPressedAt = t0;
    p.events.testPassedAt = t0;
    p.events.solutionSentAt = t0;
    p.events.gradedAt = t0;
    p.events.reportSentAt = t0;
    p.events.reportConfirmedAt = t0.addSecs(3600);
    if (activityId != 3)
        p.score = FootprintFact::Score{4, 0, 5}; // a lecture has no grade
    p.watchedSecs = 600;
    p.videoLengthSecs = 1200;
    FootprintDocumentFile protocol;
    protocol.attachment.usage = FootprintAttachment::Usage::FinalDocument;
    protocol.attachment.fileName = QStringLiteral("protocol.pdf");
    protocol.attachment.sha2 = QStringLiteral("ab");
    p.documents << protocol;
    FootprintPlanner planner = this->planner();
    const FootprintPlanner::Plan plan = planner.facts(student(), p);
    QCOMPARE(plan.statements.size(), 1);
    const FootprintStatement &fact = plan.statements.first();
    QCOMPARE(verbOf(fact), verb);
    QCOMPARE(refOf(fact), planner.idOf(ref).toString(QUuid::WithoutBraces));
    QCOMPARE(fact.dependsOn, QList<QUuid>{planner.idOf(ref)});
    QCOMPARE(fact.rank, FootprintStatement::Rank::Fact);
    QCOMPARE(fact.json.value(QStringLiteral("actor"))
                 .toObject()
                 .value(QStringLiteral("account"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("1234567"));
    const QJsonObject context =
        fact.json.value(QStringLiteral("context")).toObject().value(QStringLiteral("extensions")).toObject();
    QCOMPARE(context.value(QStringLiteral("https://api.2035.university/project")).toString(),
             QStringLiteral("БАС"));
    QCOMPARE(context.value(QStringLiteral("https://api.2035.university/parent_course_id")).toInt(), 12345);
    QCOMPARE(context.value(QStringLiteral("https://api.2035.university/flow_id")).toInt(), 234);
    if (activityId == 1) {
        const QJsonObject result = fact.json.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("duration")).toString(), QStringLiteral("PT10M"));
        QCOMPARE(result.value(QStringLiteral("extensions"))
                     .toObject()
                     .value(QStringLiteral("https://id.2035.university/xapi/extension/view_percentage"))
                     .toInt(),
                 50);
    }
    if (activityId == 8) {
        QCOMPARE(fact.json.value(QStringLiteral("attachments")).toArray().size(), 1);
        QCOMPARE(fact.documents.size(), 1);
        QCOMPARE(fact.documents.first().objectKey, QStringLiteral("footprint/ab.pdf"));
    }
}

void TestFootprintPlanner::dueWhenTheSeedSays_data()
{
    QTest::addColumn<qint64>("activityId");
    QTest::addColumn<ActivityProgress>("events");
    QTest::addColumn<QDateTime>("due");

    ActivityProgress finished;
    finished.finishPressedAt = t0;
    QTest::newRow("лекция: «Завершить активность» — сразу") << qint64(3) << finished << t0;
    ActivityProgress sentOnly;
    sentOnly.solutionSentAt = t0;
    QTest::newRow("«Контрольная» не пройдена — ничего") << qint64(5) << sentOnly << QDateTime();
    ActivityProgress reported;
    reported.reportSentAt = t0;
    QTest::newRow("практика без подтверждения — через 48 часов")
        << qint64(6) << reported << t0.addSecs(48 * 3600);
    ActivityProgress confirmed = reported;
    confirmed.reportConfirmedAt = t0.addSecs(5 * 3600);
    QTest::newRow("практика подтверждена — при подтверждении")
        << qint64(6) << confirmed << t0.addSecs(5 * 3600);
    ActivityProgress notReported;
    notReported.gradedAt = t0;
    QTest::newRow("практика без отчёта — ничего") << qint64(6) << notReported << QDateTime();
}

void TestFootprintPlanner::dueWhenTheSeedSays()
{
    QFETCH(qint64, activityId);
    QFETCH(ActivityProgress, events);
    QFETCH(QDateTime, due);
    FootprintProgress p = progressOf(activityId);
    p.events = events;
    p.score = FootprintFact::Score{5, 0, 5};
    const FootprintPlanner::Plan plan = planner().facts(student(), p);
    if (!due.isValid()) {
        QVERIFY(plan.statements.isEmpty());
        return;
    }
    QCOMPARE(plan.statements.size(), 1);
    QCOMPARE(plan.statements.first().dueAt, due);
}

void TestFootprintPlanner::webinarNeitherAttendedNorWatched()
{
    FootprintProgress p = progressOf(4);
    p.events.finishPressedAt = t0;
    QVERIFY(planner().facts(student(), p).statements.isEmpty());
}

void TestFootprintPlanner::webinarAttendanceWins()
{
    FootprintProgress p = progressOf(4);
    p.events.finishPressedAt = t0;
    p.webinar.presenceSecs = 3000;
    p.webinar.recordingWatchedSecs = 600;
    p.videoLengthSecs = 6000;
    const FootprintPlanner::Plan plan = planner().facts(student(), p);
    QCOMPARE(plan.statements.size(), 1);
    const QJsonObject result = plan.statements.first().json.value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("duration")).toString(), QStringLiteral("PT50M"));
    const QJsonObject extensions = result.value(QStringLiteral("extensions")).toObject();
    QCOMPARE(
        extensions.value(QStringLiteral("https://id.2035.university/xapi/extension/watched_the_recording"))
            .toBool(true),
        false);
    QCOMPARE(
        extensions.value(QStringLiteral("https://id.2035.university/xapi/extension/view_percentage")).toInt(),
        50);

    p.webinar.presenceSecs = 0;
    const QJsonObject recording =
        planner().facts(student(), p).statements.first().json.value(QStringLiteral("result")).toObject();
    QCOMPARE(recording.value(QStringLiteral("duration")).toString(), QStringLiteral("PT10M"));
    QVERIFY(recording.value(QStringLiteral("extensions"))
                .toObject()
                .value(QStringLiteral("https://id.2035.university/xapi/extension/watched_the_recording"))
                .toBool());
}

void TestFootprintPlanner::finalAttestationWaitsForDocuments()
{
    FootprintProgress p = progressOf(8);
    p.events.testPassedAt = t0;
    p.events.reportSentAt = t0;
    p.events.reportConfirmedAt = t0.addSecs(3600);
    p.score = FootprintFact::Score{5, 0, 5};
    QVERIFY(planner().facts(student(), p).statements.isEmpty());

    FootprintDocumentFile protocol;
    protocol.attachment.usage = FootprintAttachment::Usage::FinalDocument;
    protocol.attachment.fileName = QStringLiteral("Протокол защиты.pdf");
    protocol.attachment.sha2 = QStringLiteral("cd");
    protocol.addedAt = t0.addDays(3);
    p.documents << protocol;
    const FootprintPlanner::Plan plan = planner().facts(student(), p);
    QCOMPARE(plan.statements.size(), 1);
    QCOMPARE(plan.statements.first().dueAt, t0.addDays(3));
}

void TestFootprintPlanner::practiceReportNeedsTheDiary()
{
    FootprintProgress attestation = progressOf(7);
    attestation.events.testPassedAt = t0;
    attestation.events.reportSentAt = t0;
    attestation.events.reportConfirmedAt = t0.addSecs(600);
    attestation.score = FootprintFact::Score{5, 0, 5};
    PracticeReportFiles files;
    files.blockId = 11;
    files.studentId = 42;
    QVERIFY(planner().plan({student()}, {attestation}, {files}).statements.size() == 12 + 1);

    FootprintDocumentFile diary;
    diary.attachment.usage = FootprintAttachment::Usage::PracticeDiary;
    diary.attachment.fileName = QStringLiteral("diary.pdf");
    diary.attachment.contentType = QStringLiteral("application/pdf");
    diary.attachment.sha2 = QStringLiteral("ef");
    diary.localPath = QStringLiteral("/tmp/diary.pdf");
    diary.addedAt = t0.addDays(1);
    files.diary << diary;
    FootprintDocumentFile other = diary;
    other.attachment.usage = FootprintAttachment::Usage::OtherDocument;
    other.attachment.fileName = QStringLiteral("act.jpg");
    files.others << other;
    const FootprintPlanner::Plan plan = planner().plan({student()}, {attestation}, {files});
    QCOMPARE(plan.statements.size(), 12 + 2);
    const FootprintStatement &report = plan.statements.last();
    QCOMPARE(report.factKey, QStringLiteral("practice/11/42"));
    QCOMPARE(report.dueAt, t0.addDays(1));
    QCOMPARE(refOf(report), planner().idOf(QStringLiteral("activity/7")).toString(QUuid::WithoutBraces));
    const QJsonArray attachments = report.json.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("usageType")).toString(),
             QStringLiteral("https://id.2035.university/xapi/attachments/practice-diary"));
    QCOMPARE(report.documents.size(), 2);
    QCOMPARE(report.documents.at(1).attachmentIndex, 1);
    QCOMPARE(report.documents.at(1).objectKey, QStringLiteral("footprint/ef.jpg"));
}

void TestFootprintPlanner::studentValuesOverTheActivitys()
{
    FootprintPlanner planner = this->planner();
    planner.setActivityExtensions(6, {{fixation, QStringLiteral("Фиксация в LMS")},
                                      {uav + QStringLiteral("flight-quality-score"), scale(7, 0, 10)}});
    FootprintProgress p = progressOf(6);
    p.events.reportSentAt = t0;
    p.score = FootprintFact::Score{5, 0, 5};
    p.extensions.insert(uav + QStringLiteral("flight-quality-score"), scale(9, 0, 10));
    const FootprintPlanner::Plan plan = planner.facts(student(), p);
    QVERIFY(plan.refusals.isEmpty());
    const QJsonObject json = plan.statements.first().json;
    QCOMPARE(json.value(QStringLiteral("result"))
                 .toObject()
                 .value(QStringLiteral("extensions"))
                 .toObject()
                 .value(uav + QStringLiteral("flight-quality-score"))
                 .toObject()
                 .value(QStringLiteral("score"))
                 .toInt(),
             9);
    QCOMPARE(json.value(QStringLiteral("context"))
                 .toObject()
                 .value(QStringLiteral("extensions"))
                 .toObject()
                 .value(fixation)
                 .toString(),
             QStringLiteral("Фиксация в LMS"));
    // The fact definition carries the activity's context values too.
    const FootprintPlanner::Plan structure = planner.structure();
    for (const FootprintStatement &statement : structure.statements) {
        if (statement.factKey == QLatin1String("definition/6")) {
            QCOMPARE(statement.json.value(QStringLiteral("context"))
                         .toObject()
                         .value(QStringLiteral("extensions"))
                         .toObject()
                         .value(fixation)
                         .toString(),
                     QStringLiteral("Фиксация в LMS"));
        }
    }
}

void TestFootprintPlanner::refusedValuesAreNotQueued_data()
{
    QTest::addColumn<QJsonObject>("activityValues");
    QTest::addColumn<QJsonObject>("studentValues");
    QTest::addColumn<qint64>("who");
    QTest::addColumn<QString>("label");
    QTest::addColumn<BasProblem::Reason>("reason");

    QTest::newRow("оценка выше максимума у активности")
        << QJsonObject{{uav + QStringLiteral("flight-quality-score"), scale(11, 0, 10)}} << QJsonObject()
        << qint64(0) << QStringLiteral("Безопасность и качество полёта") << BasProblem::Reason::OutOfRange;
    QTest::newRow("не та единица у студента")
        << QJsonObject()
        << QJsonObject{{uav + QStringLiteral("load-weight"), scale(3, 0, 10, QStringLiteral("т"))}}
        << qint64(42) << QStringLiteral("Вес груза") << BasProblem::Reason::WrongUnit;
    QTest::newRow("значение не из списка")
        << QJsonObject{{uav + QStringLiteral("flight-type"), QStringLiteral("Полёт во сне")}} << QJsonObject()
        << qint64(0) << QStringLiteral("Тип полета") << BasProblem::Reason::NotAllowed;
    QTest::newRow("поле не из каталога")
        << QJsonObject() << QJsonObject{{QStringLiteral("https://example.org/unknown"), 1}} << qint64(42)
        << QString() << BasProblem::Reason::UnknownField;
}

void TestFootprintPlanner::refusedValuesAreNotQueued()
{
    QFETCH(QJsonObject, activityValues);
    QFETCH(QJsonObject, studentValues);
    QFETCH(qint64, who);
    QFETCH(QString, label);
    QFETCH(BasProblem::Reason, reason);

    FootprintPlanner planner = this->planner();
    planner.setActivityExtensions(6, activityValues);
    FootprintProgress p = progressOf(6);
    p.events.reportSentAt = t0;
    p.score = FootprintFact::Score{5, 0, 5};
    p.extensions = studentValues;
    const FootprintPlanner::Plan plan = planner.facts(student(), p);
    QVERIFY(plan.statements.isEmpty());
    QCOMPARE(plan.refusals.size(), 1);
    QCOMPARE(plan.refusals.first().activityId, qint64(6));
    QCOMPARE(plan.refusals.first().studentId, who);
    QCOMPARE(plan.refusals.first().problem.reason, reason);
    if (!label.isEmpty())
        QCOMPARE(plan.refusals.first().problem.label, label);
}

void TestFootprintPlanner::sameInputSameStatements()
{
    FootprintProgress p = progressOf(5);
    p.events.testPassedAt = t0;
    p.score = FootprintFact::Score{3, 0, 5};
    p.success = true;
    const FootprintPlanner::Plan first = planner().plan({student()}, {p});
    const FootprintPlanner::Plan second = planner().plan({student()}, {p});
    QCOMPARE(first.statements.size(), second.statements.size());
    for (qsizetype i = 0; i < first.statements.size(); ++i) {
        QCOMPARE(first.statements.at(i).factKey, second.statements.at(i).factKey);
        QCOMPARE(first.statements.at(i).json, second.statements.at(i).json);
    }
}

void TestFootprintPlanner::demoCollege()
{
    const CollegeData college = Demo::generateDemoCollege(DemoCollegeSize::Default);
    const QList<FootprintProgress> progress = DemoFootprint::progress(college);
    const QHash<qint64, QJsonObject> values = DemoFootprint::activityExtensions(college);
    QVERIFY(!college.programs.isEmpty());
    int facts = 0;
    QSet<QString> keys;
    QSet<QUuid> ids;
    for (const Program &p : college.programs) {
        FootprintPlanner planner(DemoFootprint::setup(college, p), p, college.blocks, college.activities,
                                 *m_catalogue);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            planner.setActivityExtensions(it.key(), it.value());
        const FootprintPlanner::Plan plan = planner.plan(college.students, progress);
        QVERIFY2(plan.refusals.isEmpty(),
                 qPrintable(plan.refusals.isEmpty() ? QString() : plan.refusals.first().problem.label));
        for (const FootprintStatement &statement : plan.statements) {
            QVERIFY2(!keys.contains(statement.factKey), qPrintable(statement.factKey));
            keys.insert(statement.factKey);
            for (const QUuid &dependency : statement.dependsOn)
                QVERIFY(ids.contains(dependency));
            ids.insert(planner.idOf(statement.factKey));
            if (statement.rank == FootprintStatement::Rank::Fact) {
                ++facts;
                QVERIFY(statement.dueAt <= QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
            }
        }
    }
    qInfo("demo college: %d facts, %lld statements", facts, qlonglong(keys.size()));
    QVERIFY(facts > 500);
}

QTEST_GUILESS_MAIN(TestFootprintPlanner)
#include "tst_footprintplanner.moc"
