#pragma once

#include "journals/journallessonsnapshot.h"

#include <QUndoCommand>

#include <memory>

class JournalEditor;

// «Удалить занятие»: the lesson with its marks, tasks and call; undo brings all of it back.
class LessonDeleteCommand : public QUndoCommand
{
public:
    LessonDeleteCommand(JournalEditor &editor, qint64 lessonId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JournalEditor &m_editor;
    std::shared_ptr<JournalLessonSnapshot> m_lesson;
};
