#pragma once

#include "journals/journaldatasource.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// One journal's grid read from the cache a window at a time, on the GUI thread's read-only connection (WAL:
// the store thread writes meanwhile). Every query is indexed: students by group, lessons by (assignment,
// date, id), cells by their primary key (lesson, student).
class JournalSqlSource : public JournalDataSource
{
public:
    JournalSqlSource(QSqlDatabase db, qint64 assignmentId, qint64 groupId);

    int studentCount() const override;
    int lessonCount() const override;
    QList<JournalStudent> students(int first, int count) const override;
    QList<JournalLesson> lessons(int first, int count) const override;
    QList<Mark> marks(const QList<qint64> &lessonIds, const QList<qint64> &studentIds) const override;
    JournalStudent student(qint64 studentId) const override;
    Mark mark(qint64 lessonId, qint64 studentId) const override;
    QList<JournalConflict> conflicts() const override;
    int lessonPosition(qint64 lessonId) const override;
    void setDateLimit(const QDate &limit) override;

    // The whole journal in the queries above, unpaged: what the benchmark compares opening the journal with.
    int readWholeJournal() const;

private:
    QString limitText() const;
    QSqlQuery &prepared(QSqlQuery &query, const char *sql) const;

    QSqlDatabase m_db;
    qint64 m_assignmentId;
    qint64 m_groupId;
    QDate m_limit;
    mutable QSqlQuery m_studentsQuery;
    mutable QSqlQuery m_lessonsQuery;
    mutable QSqlQuery m_markQuery;
};
