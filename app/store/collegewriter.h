#pragma once

#include "college/collegedata.h"
#include "store/collegerows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

// Writes a whole college into an open, migrated cache on the store thread: prepared statements, one
// transaction per batch of rows so that the WAL stays small and progress can be reported. A marker written
// in the last transaction says the college is complete; a write cut short leaves no marker, and the next
// write starts by clearing what the interrupted one left. On a thread asked to stop, it stops after a batch.
class CollegeWriter
{
public:
    using Progress = std::function<void(int percent)>;

    explicit CollegeWriter(QSqlDatabase db, int rowsPerTransaction = 50000);

    bool write(const CollegeData &college, const Progress &progress, QString *error);

    // Whether a complete college is in the cache (the marker of write()).
    static bool hasCollege(QSqlDatabase &db);
    // The same marker for a college that arrived another way: the first pull from SGO, once every kind is in.
    static bool markPulled(QSqlDatabase &db, QString *error);
    // Empties every college table (not the schema, not the sync state later issues add).
    static bool clear(QSqlDatabase &db, QString *error);

    using RowBinder = CollegeRows::Binder;

private:
    bool begin();
    bool commitIfFull();
    bool insertRows(const char *sql, qsizetype count,
                    const std::function<void(RowBinder &, qsizetype)> &bind);
    template<typename Row>
    bool insertAll(const char *sql, const QList<Row> &rows, void (*bind)(RowBinder &, const Row &));
    bool markComplete();
    bool fail(const QString &what);

    QSqlDatabase m_db;
    int m_rowsPerTransaction;
    qsizetype m_rowsInTransaction = 0;
    qsizetype m_rowsDone = 0;
    qsizetype m_rowsTotal = 0;
    Progress m_progress;
    QString m_error;
};
