#include "journals/commands/journalmarkscommand.h"

#include "journals/journaleditor.h"
#include "journals/journallabels.h"

#include <QCoreApplication>

JournalMarksCommand::JournalMarksCommand(JournalEditor &editor, const JournalCellChanges &changes,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_editor(editor), m_changes(changes)
{
    if (changes.size() == 1) {
        const QString now = JournalLabels::cell(changes.first().after);
        setText(now.isEmpty() ? QCoreApplication::translate("JournalMarksCommand", "Clear a cell")
                              : QCoreApplication::translate("JournalMarksCommand", "Enter “%1”").arg(now));
    } else {
        setText(QCoreApplication::translate("JournalMarksCommand", "Change %n cell(s)", nullptr,
                                            int(changes.size())));
    }
}

void JournalMarksCommand::redo()
{
    m_editor.applyCells(m_changes);
}

void JournalMarksCommand::undo()
{
    JournalCellChanges reversed;
    reversed.reserve(m_changes.size());
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        reversed << it->reversed();
    m_editor.applyCells(reversed);
}
