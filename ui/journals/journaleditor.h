#pragma once

#include "journals/distancelesson.h"
#include "journals/journalcellchange.h"
#include "journals/journallessonsnapshot.h"
#include "journals/journaltask.h"
#include "journals/lesson.h"

#include <QObject>

#include <memory>

class JournalStore;
class JournalTableModel;

// What the journal's undo commands act on (Tiled's document role): each edit is shown in the grid and handed
// to the store at once; when the store answers, the grid settles on what was saved, or rolls back and
// problem() says what happened. Marks show before the store answers; lessons, tasks and calls once it has
// them.
class JournalEditor : public QObject
{
    Q_OBJECT
public:
    JournalEditor(JournalTableModel &model, JournalStore &store, QObject *parent = nullptr);

    void applyCells(const JournalCellChanges &changes);
    void insertLesson(const std::shared_ptr<JournalLessonSnapshot> &lesson);
    void deleteLesson(const std::shared_ptr<JournalLessonSnapshot> &lesson);
    void updateLesson(const Lesson &lesson);
    void insertTask(const std::shared_ptr<JournalTask> &task);
    void deleteTask(const std::shared_ptr<JournalTask> &task);
    void insertDistanceLesson(const std::shared_ptr<DistanceLesson> &call);
    void deleteDistanceLesson(const std::shared_ptr<DistanceLesson> &call);

    // Writes handed to the store and not answered yet.
    int writesInFlight() const { return m_inFlight; }

Q_SIGNALS:
    // Something reached the cache (marks, lessons, tasks or calls): the pages built on the journal refresh.
    void saved();
    // A lesson, its tasks or its call changed in the cache.
    void lessonChanged(qint64 lessonId);
    // A lesson was created, or came back by undo.
    void lessonInserted(qint64 lessonId);
    void problem(const QString &message);

private:
    std::function<void(bool, const QString &)> settle(std::function<void()> onSaved, const QString &what);

    JournalTableModel &m_model;
    JournalStore &m_store;
    int m_inFlight = 0;
};
