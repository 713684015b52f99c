#include "demo/demofootprint.h"

#include "demo/democalendar.h"
#include "demo/demorandom.h"

namespace {

const QString UavExtension = QStringLiteral("https://id.2035.university/xapi/extension/uav/");

QDateTime moscow(const QDate &date, int minuteOfDay)
{
    return QDateTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60), Qt::OffsetFromUTC, 3 * 3600);
}

QJsonObject scale(int score, int max)
{
    return QJsonObject{{QStringLiteral("score"), score},
                       {QStringLiteral("min"), 0},
                       {QStringLiteral("max"), max},
                       {QStringLiteral("unit"), QStringLiteral("баллы")},
                       {QStringLiteral("bestResultSelector"), QStringLiteral("max")}};
}

} // namespace

FootprintSetup DemoFootprint::setup(const CollegeData &college, const Program &program)
{
    FootprintSetup setup;
    setup.organisation = college.organisation.name;
    setup.providerBase = QStringLiteral("https://lms.spodesk.example");
    setup.parentCourseId = QString::number(12000 + program.id);
    setup.authorUntiId = QStringLiteral("1000001");
    setup.declaredAt = moscow(DemoCalendar::semesterStart(), 9 * 60);
    return setup;
}

QHash<qint64, QJsonObject> DemoFootprint::activityExtensions(const CollegeData &college)
{
    QHash<qint64, QJsonObject> values;
    QHash<qint64, ProgramBlock::Kind> kindOf;
    for (const ProgramBlock &block : college.blocks)
        kindOf.insert(block.id, block.kind);
    for (const Activity &activity : college.activities) {
        if (kindOf.value(activity.blockId) == ProgramBlock::Kind::Theoretical)
            continue;
        values.insert(activity.id,
                      QJsonObject{
                          {QStringLiteral("https://id.2035.university/xapi/extension/method_of_fixation"),
                           QStringLiteral("Фиксация в LMS")},
                          {UavExtension + QStringLiteral("flight-type"), QStringLiteral("Реальный полёт")},
                      });
    }
    return values;
}

QList<FootprintProgress> DemoFootprint::progress(const CollegeData &college, quint64 seed)
{
    QHash<qint64, const ProgramBlock *> blockOf;
    for (const ProgramBlock &block : college.blocks)
        blockOf.insert(block.id, &block);
    QHash<qint64, QList<qint64>> studentsOf;
    for (const Student &student : college.students)
        studentsOf[student.groupId] << student.id;

    QList<FootprintProgress> result;
    for (const Activity &activity : college.activities) {
        const ProgramBlock *block = blockOf.value(activity.blockId);
        if (!block)
            continue;
        const QList<qint64> students = studentsOf.value(activity.groupId);
        for (qint64 studentId : students) {
            DemoRandom rng(DemoRandom::mix(seed ^ (quint64(activity.id) << 32) ^ quint64(studentId)));
            if (rng.percent(6))
                continue; // hasn't got to it yet
            FootprintProgress p;
            p.activityId = activity.id;
            p.studentId = studentId;
            const QDate day = DemoCalendar::semesterStart().addDays((block->number - 1) * 26 +
                                                                    activity.position * 3 + rng.below(3));
            const QDateTime at = moscow(day, 9 * 60 + rng.below(9 * 60));
            const bool practical =
                block->kind != ProgramBlock::Kind::Theoretical && activity.type != ActivityType::Video &&
                activity.type != ActivityType::Presentation && activity.type != ActivityType::Webinar;
            if (practical || (block->kind == ProgramBlock::Kind::Practical)) {
                p.events.reportSentAt = at;
                if (rng.percent(75))
                    p.events.reportConfirmedAt = at.addSecs(3600 * (1 + rng.below(40)));
            }
            switch (activity.type) {
            case ActivityType::Test:
                p.events.testPassedAt = at;
                break;
            case ActivityType::Assignment:
                p.events.solutionSentAt = at;
                p.events.gradedAt = at.addSecs(3600 * (2 + rng.below(46)));
                break;
            default:
                p.events.finishPressedAt = at.addSecs(60 * (10 + rng.below(80)));
                break;
            }
            if (activity.type == ActivityType::Test || activity.type == ActivityType::Assignment ||
                practical) {
                const int raw = rng.between(2, 5);
                p.score = FootprintFact::Score{double(raw), 0, 5};
                p.success = raw >= 3;
                p.durationSecs = 60 * rng.between(5, 45) + rng.below(60);
                p.attemptsMax = 3;
                p.attemptIndex = rng.between(1, 2);
            }
            if (activity.type == ActivityType::Video) {
                p.videoLengthSecs = 60 * rng.between(12, 50);
                p.watchedSecs = p.videoLengthSecs * rng.between(55, 100) / 100;
            }
            if (activity.type == ActivityType::Webinar) {
                p.videoLengthSecs = 90 * 60;
                const int what = rng.below(100);
                if (what < 55) {
                    p.webinar.presenceSecs = 60 * rng.between(40, 90);
                    p.webinar.markedPresentByTeacher = true;
                }
                if (what >= 40 && what < 88)
                    p.webinar.recordingWatchedSecs = 60 * rng.between(15, 90);
            }
            if (activity.type == ActivityType::Presentation)
                p.downloaded = rng.percent(40);
            if (practical)
                p.extensions.insert(UavExtension + QStringLiteral("flight-quality-score"),
                                    scale(rng.between(6, 10), 10));
            result << p;
        }
    }
    return result;
}
