#pragma once

#include "group.h"
#include "personname.h"
#include "subject.h"
#include "teachingassignment.h"

// One journal: a subject taught to a group by a teacher («Английский язык, Преподаватель: Каган Н.В.»).
struct JournalSubject
{
    TeachingAssignment assignment;
    Group group;
    Subject subject;
    PersonName teacher;
};
