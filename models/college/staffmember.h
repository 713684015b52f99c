#pragma once

#include "college/personname.h"
#include "college/role.h"

#include <QString>
#include <QtGlobal>

struct StaffMember
{
    qint64 id = 0;
    PersonName name;
    Roles roles;
    Rights rights;
    QString login;
    QString phone;

    bool hasRole(Role role) const { return roles.testFlag(role); }
    bool hasRight(Right right) const { return rights.testFlag(right); }
};
