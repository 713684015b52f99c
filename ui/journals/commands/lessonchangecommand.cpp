#include "journals/commands/lessonchangecommand.h"

#include "journals/journaleditor.h"

#include <QCoreApplication>

LessonChangeCommand::LessonChangeCommand(JournalEditor &editor, const Lesson &before, const Lesson &after,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_editor(editor), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("LessonChangeCommand", "Change a lesson"));
}

void LessonChangeCommand::redo()
{
    m_editor.updateLesson(m_after);
}

void LessonChangeCommand::undo()
{
    m_editor.updateLesson(m_before);
}
