#pragma once

#include <QDate>

// The reporting period of the journals: «1 курс, 1 семестр».
struct Semester
{
    QDate start;
    QDate end;

    // A lesson dated outside the semester is refused (SPEC §1, issue 5 «bad input»).
    bool contains(const QDate &date) const { return date.isValid() && date >= start && date <= end; }
};
