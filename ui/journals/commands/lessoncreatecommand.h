#pragma once

#include "journals/journallessonsnapshot.h"

#include <QUndoCommand>

#include <memory>

class JournalEditor;

// «Дата занятия +»: a new lesson. Redo after undo brings back the same lesson (same id).
class LessonCreateCommand : public QUndoCommand
{
public:
    LessonCreateCommand(JournalEditor &editor, const Lesson &lesson, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 lessonId() const { return m_lesson->lesson.id; } // 0 until the cache has it

private:
    JournalEditor &m_editor;
    std::shared_ptr<JournalLessonSnapshot> m_lesson;
};
