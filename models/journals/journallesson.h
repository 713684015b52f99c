#pragma once

#include "journals/lesson.h"

// A lesson as the journal grid's column shows it: the lesson, how many tasks it has («Назначено заданий»)
// and whether it is held as a distance lesson (the column shows the icon).
struct JournalLesson
{
    Lesson lesson;
    int taskCount = 0;
    bool distance = false;
};
