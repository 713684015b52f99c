#pragma once

#include "journals/semester.h"
#include "college/staffmember.h"

#include <QDateTime>

#include <functional>

// Who works in a journal, in which semester, and what time it is for the journal's rules (distance lessons,
// «ч. по факту», lessons still to come). Tests and benchmarks replace the clock.
struct JournalContext
{
    StaffMember user;
    Semester semester;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTime(); };

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTime(); }
    QDate today() const { return now().date(); }
};
