#pragma once

#include "college/group.h"
#include "college/staffmember.h"
#include "college/teachingassignment.h"

// Who sees and who changes which journal. The signed-in user acts in one role at a time (the sign-in picks
// it).
class JournalAccess
{
public:
    // Issue 5: «a teacher sees own groups, a curator own groups, the admin all» — a curator also sees the
    // groups they teach in.
    static bool seesGroup(const StaffMember &user, const Group &group, bool teachesInGroup);
    // A teacher opens the journals of the subjects they teach; the group's curator and the admin open all of
    // the group's journals.
    static bool seesJournal(const StaffMember &user, const Group &group,
                            const TeachingAssignment &assignment);
    // Marks and lessons are kept by the subject's teacher; the admin may correct them. A curator reads.
    static bool mayEdit(const StaffMember &user, const TeachingAssignment &assignment);
    // Seed 004 §29.3: «Преподаватель может создать дистанционное занятие только по своему предмету» — the
    // time condition is Journals::distanceLessonProblem()'s.
    static bool teachesSubject(const StaffMember &user, const TeachingAssignment &assignment);
};
