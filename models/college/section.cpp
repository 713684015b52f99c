#include "college/section.h"

QList<Section> College::visibleSections(const StaffMember &user)
{
    QList<Section> sections{Section::Journals};
    if (user.hasRole(Role::Admin) || user.hasRole(Role::SubjectTeacher))
        sections << Section::Footprint;
    sections << Section::Chats;
    if (user.hasRole(Role::Admin) || user.hasRole(Role::Curator))
        sections << Section::Accounts;
    return sections;
}
