#pragma once

#include "journals/journalconflict.h"

#include "journals/journallesson.h"
#include "journals/journalstudent.h"
#include "journals/mark.h"

#include <QDate>
#include <QList>

// Where a JournalTableModel gets one journal's rows and columns, a window at a time, so that a big journal is
// never read whole. Students are ordered by name, lessons by date then id; marks of cells without a mark or
// an absence are simply not returned. The cache implements it over SQLite (JournalSqlSource); tests fake it.
class JournalDataSource
{
public:
    virtual ~JournalDataSource() = default;

    virtual int studentCount() const = 0;
    virtual int lessonCount() const = 0;
    virtual QList<JournalStudent> students(int first, int count) const = 0;
    virtual QList<JournalLesson> lessons(int first, int count) const = 0;
    virtual QList<Mark> marks(const QList<qint64> &lessonIds, const QList<qint64> &studentIds) const = 0;
    // A student's «Средний балл» inputs, re-read once the edits of their row have reached the store.
    virtual JournalStudent student(qint64 studentId) const = 0;
    virtual Mark mark(qint64 lessonId, qint64 studentId) const = 0;
    // The cells SGO changed under a pending local edit (few; read again with every reload).
    virtual QList<JournalConflict> conflicts() const { return {}; }
    // Where the lesson is among lessons(); -1 when it is not shown (deleted, or after the date limit).
    virtual int lessonPosition(qint64 lessonId) const = 0;
    // Only lessons dated on or before limit are shown («Скрыть занятия из расписания»); invalid: all.
    virtual void setDateLimit(const QDate &limit) = 0;
};
