#include "journals/commands/lessondeletecommand.h"

#include "journals/journaleditor.h"

#include <QCoreApplication>

LessonDeleteCommand::LessonDeleteCommand(JournalEditor &editor, qint64 lessonId, QUndoCommand *parent)
    : QUndoCommand(parent), m_editor(editor), m_lesson(std::make_shared<JournalLessonSnapshot>())
{
    m_lesson->lesson.id = lessonId;
    setText(QCoreApplication::translate("LessonDeleteCommand", "Delete a lesson"));
}

void LessonDeleteCommand::redo()
{
    m_editor.deleteLesson(m_lesson);
}

void LessonDeleteCommand::undo()
{
    m_editor.insertLesson(m_lesson);
}
