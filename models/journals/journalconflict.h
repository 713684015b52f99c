#pragma once

#include "journals/mark.h"

// A cell SGO changed while the person's own edit of it had not reached SGO yet: the cell keeps the person's
// value until they keep it («Оставить моё») or take SGO's («Взять из СГО»).
struct JournalConflict
{
    qint64 lessonId = 0;
    qint64 studentId = 0;
    Mark sgo;             // what SGO has now
    bool removed = false; // SGO has no mark there any more
};
