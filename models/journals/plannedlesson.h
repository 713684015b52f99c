#pragma once

#include "journals/lesson.h"

#include <QString>

// One row of a КТП (calendar-thematic plan): what a lesson will be, before a date is given to it.
struct PlannedLesson
{
    LessonType type = LessonType::Lecture;
    int academicHours = 2;
    QString topic;
};
