#pragma once

#include "journals/distancelesson.h"

#include <QUndoCommand>

#include <memory>

class JournalEditor;

// «Удалить» on a distance lesson.
class DistanceLessonDeleteCommand : public QUndoCommand
{
public:
    DistanceLessonDeleteCommand(JournalEditor &editor, const DistanceLesson &call,
                                QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JournalEditor &m_editor;
    std::shared_ptr<DistanceLesson> m_call;
};
