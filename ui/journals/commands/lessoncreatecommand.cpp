#include "journals/commands/lessoncreatecommand.h"

#include "journals/journaleditor.h"

#include <QCoreApplication>

LessonCreateCommand::LessonCreateCommand(JournalEditor &editor, const Lesson &lesson, QUndoCommand *parent)
    : QUndoCommand(parent), m_editor(editor), m_lesson(std::make_shared<JournalLessonSnapshot>())
{
    m_lesson->lesson = lesson;
    m_lesson->lesson.id = 0;
    setText(QCoreApplication::translate("LessonCreateCommand", "Add a lesson"));
}

void LessonCreateCommand::redo()
{
    m_editor.insertLesson(m_lesson);
}

void LessonCreateCommand::undo()
{
    m_editor.deleteLesson(m_lesson);
}
