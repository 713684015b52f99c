#pragma once

#include "footprint/activity.h"
#include "college/enrolmentorder.h"
#include "college/group.h"
#include "journals/lesson.h"
#include "journals/mark.h"
#include "college/organisation.h"
#include "college/parent.h"
#include "footprint/programblock.h"
#include "college/staffmember.h"
#include "college/student.h"
#include "college/subject.h"
#include "college/teachingassignment.h"

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
