#pragma once

#include "journals/mark.h"
#include "college/student.h"

#include <QList>

// A student of a group with every mark and absence they have in one journal (final grades, extracts,
// statistics read this).
struct JournalStudentMarks
{
    Student student;
    QList<Mark> marks; // ordered by the lesson's date
};
