#pragma once

#include "demo/democurriculum.h"
#include "journals/plannedlesson.h"

#include <QList>
#include <QString>

class DemoRandom;

// Builds a subject's КТП for the semester.
class DemoThematicPlan
{
public:
    // Seed 004 §29.3: «Длительность занятия и тем из КТП задается в академических часах» — the rows add up to
    // plannedHours: two-hour lessons, one of an hour when the hours are odd; a test after every seven
    // lessons, and the semester closes with a «Дифференцированный зачёт» or a final test.
    static QList<PlannedLesson> build(const DemoSubjectTemplate &subject, int plannedHours, DemoRandom &rng);
};
