#pragma once

#include <QString>

// What a teacher typed into a journal cell, understood. The scale is the five-point one the college uses
// for current marks: 2–5; «н» marks an absence; an empty cell clears it.
struct MarkInput
{
    enum class Kind { Mark, Absence, Clear, Invalid };
    Kind kind = Kind::Invalid;
    int value = 0;

    static constexpr int Lowest = 2;
    static constexpr int Highest = 5;

    // Accepts "2".."5", "н"/"Н" (and the Latin "n" a teacher types on a wrong layout), blank.
    static MarkInput parse(const QString &typed);
};
