#include "diary/journalstatistics.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <numeric>

namespace JournalStatistics {

int CurriculumProgress::percentOfPlan() const
{
    return plannedHours > 0 ? int((qint64(heldHours) * 100 + plannedHours / 2) / plannedHours) : 0;
}

CurriculumProgress curriculumProgress(const QList<Lesson> &lessons, int plannedHours, const QDate &today)
{
    CurriculumProgress progress;
    progress.plannedHours = plannedHours;
    QMap<int, LessonTypeHours> byType; // keyed by the enum's order, which is the order shown
    for (const Lesson &lesson : lessons) {
        const bool held = lesson.date.isValid() && lesson.date <= today;
        LessonTypeHours &type = byType[int(lesson.type)];
        type.type = lesson.type;
        type.scheduledHours += lesson.academicHours;
        progress.scheduledHours += lesson.academicHours;
        if (held) {
            type.heldHours += lesson.academicHours;
            ++type.heldLessons;
            progress.heldHours += lesson.academicHours;
            ++progress.heldLessons;
        }
    }
    progress.byType = byType.values();
    return progress;
}

int MarkDistribution::marks() const
{
    return counts[0] + counts[1] + counts[2] + counts[3];
}

double MarkDistribution::mean() const
{
    const int n = marks();
    if (n == 0)
        return 0.0;
    const int sum = 2 * counts[0] + 3 * counts[1] + 4 * counts[2] + 5 * counts[3];
    return double(sum) / double(n);
}

MarkDistribution markDistribution(const QList<Mark> &marks)
{
    MarkDistribution distribution;
    for (const Mark &mark : marks) {
        if (mark.value >= 2 && mark.value <= 5)
            ++distribution.counts.at(std::size_t(mark.value - 2));
        if (mark.absent)
            ++distribution.absences;
    }
    return distribution;
}

QList<StudentForecast> studentForecasts(const QList<qint64> &studentIds, const QList<Lesson> &lessons,
                                        const QList<Mark> &marks, const QDate &today)
{
    QSet<qint64> held;
    for (const Lesson &lesson : lessons) {
        if (lesson.date.isValid() && lesson.date <= today)
            held.insert(lesson.id);
    }
    QSet<qint64> ofJournal;
    for (const Lesson &lesson : lessons)
        ofJournal.insert(lesson.id);

    QHash<qint64, QList<int>> marksOf;
    QHash<qint64, int> absencesOf;
    for (const Mark &mark : marks) {
        if (!ofJournal.contains(mark.lessonId))
            continue;
        if (mark.value >= 2 && mark.value <= 5)
            marksOf[mark.studentId].append(mark.value);
        if (mark.absent && held.contains(mark.lessonId))
            ++absencesOf[mark.studentId];
    }

    QList<StudentForecast> result;
    result.reserve(studentIds.size());
    for (qint64 id : studentIds) {
        StudentForecast f;
        f.studentId = id;
        const QList<int> own = marksOf.value(id);
        f.marks = int(own.size());
        if (!own.isEmpty())
            f.mean = double(std::accumulate(own.cbegin(), own.cend(), 0)) / double(own.size());
        f.lessonsHeld = int(held.size());
        f.absences = absencesOf.value(id);
        f.forecast = Diary::successForecast(own, f.lessonsHeld, f.absences);
        result.append(f);
    }
    return result;
}

std::array<int, 5> forecastDistribution(const QList<StudentForecast> &forecasts)
{
    std::array<int, 5> result{};
    for (const StudentForecast &f : forecasts) {
        if (!f.forecast.available)
            ++result[0];
        else if (f.forecast.grade >= 2 && f.forecast.grade <= 5)
            ++result.at(std::size_t(f.forecast.grade - 1));
    }
    return result;
}

} // namespace JournalStatistics
