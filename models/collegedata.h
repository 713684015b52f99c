#pragma once

#include "activity.h"
#include "enrolmentorder.h"
#include "group.h"
#include "lesson.h"
#include "mark.h"
#include "organisation.h"
#include "parent.h"
#include "programblock.h"
#include "staffmember.h"
#include "student.h"
#include "subject.h"
#include "teachingassignment.h"

#include <QList>

// A whole college in memory: what the demo generator makes and the cache stores.
// Ids are assigned by whoever builds it and are unique per kind.
struct CollegeData
{
    Organisation organisation;
    QList<StaffMember> staff;
    QList<Group> groups;
    QList<Student> students;
    QList<EnrolmentOrder> orders;
    QList<Parent> parents;
    QList<ParentLink> parentLinks;
    QList<Subject> subjects;
    QList<TeachingAssignment> assignments;
    QList<Lesson> lessons;
    QList<Mark> marks;
    QList<Program> programs;
    QList<ProgramBlock> blocks;
    QList<Activity> activities;
};
