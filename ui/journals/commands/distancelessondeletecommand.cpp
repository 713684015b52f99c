#include "journals/commands/distancelessondeletecommand.h"

#include "journals/journaleditor.h"

#include <QCoreApplication>

DistanceLessonDeleteCommand::DistanceLessonDeleteCommand(JournalEditor &editor, const DistanceLesson &call,
                                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_editor(editor), m_call(std::make_shared<DistanceLesson>(call))
{
    setText(QCoreApplication::translate("DistanceLessonDeleteCommand", "Delete a distance lesson"));
}

void DistanceLessonDeleteCommand::redo()
{
    m_editor.deleteDistanceLesson(m_call);
}

void DistanceLessonDeleteCommand::undo()
{
    m_editor.insertDistanceLesson(m_call);
}
