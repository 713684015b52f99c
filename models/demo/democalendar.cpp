#include "demo/democalendar.h"

QDate DemoCalendar::semesterStart()
{
    return QDate(2026, 9, 1);
}

QDate DemoCalendar::semesterEnd()
{
    return QDate(2026, 12, 27);
}

QDate DemoCalendar::marksUntil()
{
    return QDate(2026, 11, 24);
}

int DemoCalendar::admissionYear(int course)
{
    return semesterStart().year() + 1 - course;
}

bool DemoCalendar::isTeachingDay(const QDate &date)
{
    return date >= semesterStart() && date <= semesterEnd() && date.dayOfWeek() <= 5 &&
           date != QDate(2026, 11, 4);
}
