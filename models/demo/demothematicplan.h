#pragma once

#include "demo/democurriculum.h"
#include "journals/lesson.h"

#include <QList>
#include <QString>

class DemoRandom;

// One row of a КТП (calendar-thematic plan): what a lesson will be, before a date is given to it.
struct PlannedLesson
{
    LessonType type = LessonType::Lecture;
    int academicHours = 2;
    QString topic;
};

// Builds a subject's КТП for the semester.
class DemoThematicPlan
{
public:
    // Seed 004 §29.3: «Длительность занятия и тем из КТП задается в академических часах» — the rows add up to
    // plannedHours: two-hour lessons, one of an hour when the hours are odd; a test after every seven
    // lessons, and the semester closes with a «Дифференцированный зачёт» or a final test.
    static QList<PlannedLesson> build(const DemoSubjectTemplate &subject, int plannedHours, DemoRandom &rng);
};
