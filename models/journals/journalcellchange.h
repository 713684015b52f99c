#pragma once

#include "journals/mark.h"

#include <QList>

// One edit of one journal cell: what it held and what it holds after. Undo swaps them. A cell without a mark
// and without an absence is empty (and is not stored).
struct JournalCellChange
{
    Mark before;
    Mark after;

    JournalCellChange reversed() const { return {after, before}; }
};

using JournalCellChanges = QList<JournalCellChange>;
