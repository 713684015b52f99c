#pragma once

#include "journals/distancelesson.h"
#include "journals/plannedlesson.h"
#include "college/group.h"
#include "journals/journallessonsnapshot.h"
#include "journals/journalstudentmarks.h"
#include "journals/journalsubject.h"
#include "journals/journaltask.h"
#include "journals/lesson.h"
#include "college/staffmember.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Reads of the journals for the GUI thread: small indexed queries on the read-only connection of
// CollegeRepository (the big grid pages through JournalSqlSource instead). Any failure reads as empty.
class JournalReader
{
public:
    explicit JournalReader(QSqlDatabase db);

    // «Журнал успеваемости»: the groups this user sees (JournalAccess::seesGroup), by course and name.
    QList<Group> groupsVisibleTo(const StaffMember &user) const;
    // The group's journals this user sees (JournalAccess::seesJournal), ordered by subject name.
    QList<JournalSubject> journalsOfGroup(qint64 groupId, const StaffMember &user) const;
    std::optional<JournalSubject> journal(qint64 assignmentId) const;

    // The journal's lessons ordered by date; with until valid, only those dated on or before it ("held").
    QList<Lesson> lessons(qint64 assignmentId, const QDate &until = {}) const;
    std::optional<Lesson> lesson(qint64 lessonId) const;
    // «N ч. по факту»: academic hours of the lessons held by today.
    int heldHours(qint64 assignmentId, const QDate &today) const;
    // The students of the journal's group (by name) with all their marks and absences in this journal.
    QList<JournalStudentMarks> studentMarks(qint64 assignmentId) const;
    QList<Mark> marksOfLesson(qint64 lessonId) const;
    // «Темы КТП»: the calendar-thematic plan of the journal, in its order (each topic once).
    QList<PlannedLesson> planTopics(qint64 assignmentId) const;
    QList<JournalTask> tasks(qint64 lessonId) const;
    std::optional<DistanceLesson> distanceLesson(qint64 lessonId) const;
    // The teacher's distance lessons in every journal: overlapping ones are refused.
    QList<DistanceLesson> distanceLessonsOfTeacher(qint64 teacherId) const;

    // How many journal edits wait to be sent to SGO (the durable queue).
    int pendingChangeCount() const;

private:
    QSqlDatabase m_db;
};
