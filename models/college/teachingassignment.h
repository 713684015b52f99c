#pragma once

#include <QtGlobal>

// A teacher teaches a subject to a group: one journal.
struct TeachingAssignment
{
    qint64 id = 0;
    qint64 teacherId = 0;
    qint64 groupId = 0;
    qint64 subjectId = 0;
    int plannedHours = 0; // «ч. по плану», academic hours
};
