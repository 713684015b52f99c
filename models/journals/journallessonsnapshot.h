#pragma once

#include "journals/distancelesson.h"
#include "journals/journaltask.h"
#include "journals/lesson.h"
#include "journals/mark.h"

#include <QList>
#include <optional>

// Everything a deleted lesson takes with it, so that undoing the deletion brings it back as it was.
struct JournalLessonSnapshot
{
    Lesson lesson;
    QList<Mark> marks;
    QList<JournalTask> tasks;
    std::optional<DistanceLesson> distanceLesson;
};
