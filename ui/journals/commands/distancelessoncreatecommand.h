#pragma once

#include "journals/distancelesson.h"

#include <QUndoCommand>

#include <memory>

class JournalEditor;

// «+ Создать дистанционное занятие».
class DistanceLessonCreateCommand : public QUndoCommand
{
public:
    DistanceLessonCreateCommand(JournalEditor &editor, const DistanceLesson &call,
                                QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JournalEditor &m_editor;
    std::shared_ptr<DistanceLesson> m_call;
};
