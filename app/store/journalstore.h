#pragma once

#include "journals/distancelesson.h"
#include "journals/journalcellchange.h"
#include "journals/journallessonsnapshot.h"
#include "journals/journaltask.h"
#include "journals/lesson.h"

#include <QString>

#include <functional>
#include <memory>

class Cache;
class QSqlDatabase;

// Writes of one journal, each through Cache::write: it runs on the store thread in a transaction, the caller
// never waits, and `done` comes back on the Cache's thread. Every edit also queues what SGO must be told
// (journal_changes), in the same transaction, so an edit is never saved without it nor queued without being
// saved.
//
// Lessons, tasks and distance lessons are passed as shared objects: the first write of a new one fills in the
// id the cache gave it, so that undo and redo (queued behind it) delete and re-create that very row; deleting
// a lesson fills its snapshot (marks, tasks, call) before the rows go, so that undo brings them back.
class JournalStore
{
public:
    enum class ChangeKind {
        Cell = 1,
        LessonCreated = 2,
        LessonChanged = 3,
        LessonDeleted = 4,
        TaskAdded = 5,
        TaskRemoved = 6,
        DistanceLessonCreated = 7,
        DistanceLessonDeleted = 8,
        // The ЭД's (DiaryRepository): a student's final grade in a journal, its deferral, its publication in
        // «Сводная ведомость»; a parent's consent and contacts.
        FinalGrade = 9,
        Deferral = 10,
        SummaryPublished = 11,
        Consent = 12,
        Contact = 13,
    };
    using Done = std::function<void(bool ok, const QString &error)>;

    JournalStore(Cache &cache, qint64 assignmentId, qint64 userId);

    // Keeps the journal's КТП (its planned lessons' topics) the first time the journal is opened.
    void capturePlan();

    // Each change's `after` becomes the cell's content (an empty cell is deleted).
    void saveCells(const JournalCellChanges &changes, Done done = {});
    // Inserts the lesson (a new id when it has none) with the snapshot's marks, tasks and call.
    void insertLesson(std::shared_ptr<JournalLessonSnapshot> lesson, Done done = {});
    void updateLesson(const Lesson &lesson, Done done = {});
    void deleteLesson(std::shared_ptr<JournalLessonSnapshot> snapshot, Done done = {});
    void insertTask(std::shared_ptr<JournalTask> task, Done done = {});
    void deleteTask(std::shared_ptr<JournalTask> task, Done done = {});
    void insertDistanceLesson(std::shared_ptr<DistanceLesson> lesson, Done done = {});
    void deleteDistanceLesson(std::shared_ptr<DistanceLesson> lesson, Done done = {});
    // A cell SGO changed under the person's pending edit (journal_conflicts): keep theirs (it goes to SGO
    // as it is and the conflict is not raised again for this value of SGO's), or take SGO's (the cell gets
    // it, the pending edit is withdrawn).
    void resolveConflict(qint64 lessonId, qint64 studentId, bool takeSgo, Done done = {});

    // The Sferum call a distance lesson opens. There is no VK calls API in this version: the link is a
    // demonstration one and the dialog says so.
    static QString callUrl(qint64 distanceLessonId);

    // The job bodies (store thread, inside the caller's transaction); tests run them directly too.
    static bool writeCells(QSqlDatabase &db, qint64 assignmentId, qint64 userId,
                           const JournalCellChanges &changes, QString *error);

private:
    void write(std::function<bool(QSqlDatabase &db, QString *error)> job, Done done);

    Cache &m_cache;
    qint64 m_assignmentId;
    qint64 m_userId;
};
