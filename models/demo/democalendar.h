#pragma once

#include <QDate>

// The demo college lives in a fixed autumn, not in today's: the academic year 2026/27, its first semester,
// and a "today" after which the journals hold no marks yet.
class DemoCalendar
{
public:
    static QDate semesterStart(); // 1 September 2026
    static QDate semesterEnd();   // 27 December 2026
    static QDate marksUntil();    // 24 November 2026: lessons after it are planned, not held
    // Course 1 entered in 2026, course 4 in 2023.
    static int admissionYear(int course);
    // Mondays to Fridays of the semester without the public holiday of 4 November.
    static bool isTeachingDay(const QDate &date);
};
