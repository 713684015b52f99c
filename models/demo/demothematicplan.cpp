#include "demo/demothematicplan.h"

#include "demo/demorandom.h"

QList<PlannedLesson> DemoThematicPlan::build(const DemoSubjectTemplate &subject, int plannedHours,
                                             DemoRandom &rng)
{
    const int count = (plannedHours + 1) / 2;
    const bool sport = subject.mix.practice == 100;
    const QList<int> weights{subject.mix.lecture, subject.mix.practice, subject.mix.laboratory,
                             subject.mix.seminar};
    const LessonType kinds[] = {LessonType::Lecture, LessonType::Practice, LessonType::Laboratory,
                                LessonType::Seminar};

    QList<PlannedLesson> plan;
    plan.reserve(count);
    int practices = 0, laboratories = 0, tests = 0;
    int introducedTopic = -1; // the last section a lesson (not a test) was given to
    for (int i = 0; i < count; ++i) {
        PlannedLesson row;
        row.academicHours = (i == 0 && plannedHours % 2 == 1) ? 1 : 2;
        const int topicIndex = int(qint64(i) * subject.topics.size() / count);
        const QString &topic = subject.topics.at(topicIndex);
        const bool newTopic = topicIndex != introducedTopic;

        if (i == count - 1) {
            row.type = LessonType::Test;
            row.topic = rng.percent(60) ? QStringLiteral("Дифференцированный зачёт")
                                        : QStringLiteral("Итоговая контрольная работа за семестр");
        } else if ((i + 1) % 8 == 0) {
            row.type = LessonType::Test;
            ++tests;
            row.topic = sport ? QStringLiteral("Сдача контрольных нормативов")
                              : QStringLiteral("Контрольная работа № %1").arg(tests);
        } else {
            // A new section opens with a lecture where lectures carry the subject.
            row.type =
                (newTopic && subject.mix.lecture >= 40) ? LessonType::Lecture : kinds[rng.weighted(weights)];
            introducedTopic = topicIndex;
            switch (row.type) {
            case LessonType::Lecture:
                row.topic = newTopic ? topic : topic + QStringLiteral(" (продолжение)");
                break;
            case LessonType::Practice:
                row.topic = QStringLiteral("Практическое занятие № %1. %2").arg(++practices).arg(topic);
                break;
            case LessonType::Laboratory:
                row.topic = QStringLiteral("Лабораторная работа № %1. %2").arg(++laboratories).arg(topic);
                break;
            case LessonType::Seminar:
                row.topic = QStringLiteral("Семинар: ") + topic;
                break;
            case LessonType::Test:
                break;
            }
        }
        plan << row;
    }
    return plan;
}
