#include "journals/journalaccess.h"

bool JournalAccess::seesGroup(const StaffMember &user, const Group &group, bool teachesInGroup)
{
    if (user.hasRole(Role::Admin))
        return true;
    if (user.hasRole(Role::Curator) && group.curatorId == user.id)
        return true;
    return teachesInGroup && (user.hasRole(Role::SubjectTeacher) || user.hasRole(Role::Curator));
}

bool JournalAccess::seesJournal(const StaffMember &user, const Group &group,
                                const TeachingAssignment &assignment)
{
    if (user.hasRole(Role::Admin))
        return true;
    if (user.hasRole(Role::Curator) && group.curatorId == user.id)
        return true;
    return assignment.teacherId == user.id;
}

bool JournalAccess::mayEdit(const StaffMember &user, const TeachingAssignment &assignment)
{
    return user.hasRole(Role::Admin) || teachesSubject(user, assignment);
}

bool JournalAccess::teachesSubject(const StaffMember &user, const TeachingAssignment &assignment)
{
    return assignment.teacherId == user.id;
}
