#pragma once

#include "journals/lesson.h"
#include "journals/mark.h"
#include "diary/successforecast.h"

#include <QDate>
#include <QList>
#include <QtGlobal>

#include <array>

// The statistics of one journal (seed 001 §5) as pure functions of its lessons and marks, so that the charts
// draw what the tests check. A lesson counts as held once its date is not after today.
namespace JournalStatistics {

struct LessonTypeHours
{
    LessonType type = LessonType::Lecture;
    int heldHours = 0;      // academic hours of the lessons of this type held so far
    int scheduledHours = 0; // of all the lessons of this type in the journal, held or still to come
    int heldLessons = 0;
};

struct CurriculumProgress
{
    int plannedHours = 0;   // «ч. по плану»: what the curriculum gives the subject
    int heldHours = 0;      // «ч. по факту»
    int scheduledHours = 0; // what the journal's lessons add up to over the whole semester
    int heldLessons = 0;
    QList<LessonTypeHours> byType; // only the types the journal has, in the order of LessonType

    // Held hours as a share of the plan, 0..100+ (0 without a plan).
    int percentOfPlan() const;
};

// Seed 001 §5: «…статистическая оценка проведенных занятий на соответствие учебному плану, по типам занятий…»
CurriculumProgress curriculumProgress(const QList<Lesson> &lessons, int plannedHours, const QDate &today);

struct MarkDistribution
{
    std::array<int, 4> counts{}; // marks 2, 3, 4, 5
    int absences = 0;

    int count(int mark) const { return mark >= 2 && mark <= 5 ? counts.at(std::size_t(mark - 2)) : 0; }
    int marks() const;
    double mean() const; // 0 without marks
};

// Seed 001 §5: «…по полученным результатам.» Marks and absences as they stand in the journal.
MarkDistribution markDistribution(const QList<Mark> &marks);

struct StudentForecast
{
    qint64 studentId = 0;
    int marks = 0;
    double mean = 0.0; // of the marks so far, also when there are too few for a forecast
    int lessonsHeld = 0;
    int absences = 0;
    SuccessForecast forecast;
};

// Seed 001 §4: «…о прогнозе их итоговой успешности обучающихся за отчетный период (семестр).» One forecast
// per student (successForecast), from the student's marks in the journal and absences from the lessons held.
QList<StudentForecast> studentForecasts(const QList<qint64> &studentIds, const QList<Lesson> &lessons,
                                        const QList<Mark> &marks, const QDate &today);

// How many students are forecast each final grade: index 0 for "no forecast yet", then 2, 3, 4, 5.
std::array<int, 5> forecastDistribution(const QList<StudentForecast> &forecasts);

} // namespace JournalStatistics
