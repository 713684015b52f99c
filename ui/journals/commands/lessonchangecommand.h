#pragma once

#include "journals/lesson.h"

#include <QUndoCommand>

class JournalEditor;

// «Изменить занятие»: date, duration, type, topic.
class LessonChangeCommand : public QUndoCommand
{
public:
    LessonChangeCommand(JournalEditor &editor, const Lesson &before, const Lesson &after,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JournalEditor &m_editor;
    Lesson m_before;
    Lesson m_after;
};
