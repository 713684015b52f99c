#include "journals/commands/distancelessoncreatecommand.h"

#include "journals/journaleditor.h"

#include <QCoreApplication>

DistanceLessonCreateCommand::DistanceLessonCreateCommand(JournalEditor &editor, const DistanceLesson &call,
                                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_editor(editor), m_call(std::make_shared<DistanceLesson>(call))
{
    m_call->id = 0;
    setText(QCoreApplication::translate("DistanceLessonCreateCommand", "Create a distance lesson"));
}

void DistanceLessonCreateCommand::redo()
{
    m_editor.insertDistanceLesson(m_call);
}

void DistanceLessonCreateCommand::undo()
{
    m_editor.deleteDistanceLesson(m_call);
}
