#include "journals/commands/lessontaskcommand.h"

#include "journals/journaleditor.h"

#include <QCoreApplication>

LessonTaskCommand::LessonTaskCommand(JournalEditor &editor, const JournalTask &task, QUndoCommand *parent)
    : QUndoCommand(parent), m_editor(editor), m_task(std::make_shared<JournalTask>(task))
{
    m_task->id = 0;
    setText(task.graded ? QCoreApplication::translate("LessonTaskCommand", "Add a graded task")
                        : QCoreApplication::translate("LessonTaskCommand", "Add a task"));
}

void LessonTaskCommand::redo()
{
    m_editor.insertTask(m_task);
}

void LessonTaskCommand::undo()
{
    m_editor.deleteTask(m_task);
}
