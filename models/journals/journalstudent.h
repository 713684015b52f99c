#pragma once

#include "college/personname.h"

#include <QtGlobal>

// A student as the journal grid's row shows them, with what the «Средний балл» column is computed from:
// the sum and number of the student's marks in this journal (absences are not marks).
struct JournalStudent
{
    qint64 id = 0;
    PersonName name;
    int markSum = 0;
    int markCount = 0;
};
