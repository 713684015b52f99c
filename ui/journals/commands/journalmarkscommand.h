#pragma once

#include "journals/journalcellchange.h"

#include <QUndoCommand>

class JournalEditor;

// Marks and absences typed, cleared or set for a lesson at once («Отметить, кого нет»).
class JournalMarksCommand : public QUndoCommand
{
public:
    JournalMarksCommand(JournalEditor &editor, const JournalCellChanges &changes,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JournalEditor &m_editor;
    JournalCellChanges m_changes;
};
