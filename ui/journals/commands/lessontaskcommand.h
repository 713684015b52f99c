#pragma once

#include "journals/journaltask.h"

#include <QUndoCommand>

#include <memory>

class JournalEditor;

// «Добавить задание» / «Задание с оценками».
class LessonTaskCommand : public QUndoCommand
{
public:
    LessonTaskCommand(JournalEditor &editor, const JournalTask &task, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    JournalEditor &m_editor;
    std::shared_ptr<JournalTask> m_task;
};
