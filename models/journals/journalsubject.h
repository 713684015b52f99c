#pragma once

#include "college/group.h"
#include "college/personname.h"
#include "college/subject.h"
#include "college/teachingassignment.h"

// One journal: a subject taught to a group by a teacher («Английский язык, Преподаватель: Каган Н.В.»).
struct JournalSubject
{
    TeachingAssignment assignment;
    Group group;
    Subject subject;
    PersonName teacher;
};
