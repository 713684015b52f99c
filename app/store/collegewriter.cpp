#include "store/collegewriter.h"

#include "store/collegerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

using namespace CollegeRows;

namespace {

const auto CompleteKey = QLatin1String("college_complete");

} // namespace

CollegeWriter::CollegeWriter(QSqlDatabase db, int rowsPerTransaction)
    : m_db(std::move(db)), m_rowsPerTransaction(rowsPerTransaction)
{}

bool CollegeWriter::hasCollege(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(CompleteKey);
    return query.exec() && query.next() && query.value(0).toString() == QLatin1String("1");
}

bool CollegeWriter::clear(QSqlDatabase &db, QString *error)
{
    // Children first, so that no cascade has to find them.
    static const char *const tables[] = {"activities", "program_blocks",       "programs", "marks",
                                         "lessons",    "teaching_assignments", "subjects", "parent_links",
                                         "parents",    "enrolment_orders",     "students", "groups",
                                         "staff",      "organisation"};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(CompleteKey))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const char *table : tables) {
        if (!query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table))) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool CollegeWriter::fail(const QString &what)
{
    m_error = what;
    m_db.rollback();
    return false;
}

bool CollegeWriter::begin()
{
    m_rowsInTransaction = 0;
    return m_db.transaction() || fail(m_db.lastError().text());
}

bool CollegeWriter::commitIfFull()
{
    if (m_rowsInTransaction < m_rowsPerTransaction)
        return true;
    if (!m_db.commit())
        return fail(m_db.lastError().text());
    // The app is quitting: what was written stays without the completion marker and is redone next time.
    if (QThread::currentThread()->isInterruptionRequested())
        return fail(QStringLiteral("interrupted"));
    if (m_progress && m_rowsTotal > 0)
        m_progress(int(m_rowsDone * 100 / m_rowsTotal));
    return begin();
}

bool CollegeWriter::insertRows(const char *sql, qsizetype count,
                               const std::function<void(RowBinder &, qsizetype)> &bind)
{
    // Many rows per statement: the cost of a statement in Qt's driver is the larger part of a row's cost.
    const QString single = QString::fromLatin1(sql);
    const qsizetype valuesAt = single.indexOf(QLatin1String(" VALUES ")) + 8;
    const QString head = single.left(valuesAt);
    const QString row = single.mid(valuesAt);
    const int perRow = int(row.count(QLatin1Char('?')));
    // SQLite before 3.32 (still bundled in places) allows 999 parameters in a statement.
    const qsizetype rowsPerStatement = qMax(qsizetype(1), qsizetype(999 / qMax(1, perRow)));
    auto prepare = [&](QSqlQuery &query, qsizetype rows) {
        QString statement = head;
        statement.reserve(head.size() + rows * (row.size() + 1));
        for (qsizetype r = 0; r < rows; ++r) {
            if (r > 0)
                statement += QLatin1Char(',');
            statement += row;
        }
        return query.prepare(statement) || fail(query.lastError().text());
    };

    QSqlQuery full(m_db);
    if (count >= rowsPerStatement && !prepare(full, rowsPerStatement))
        return false;
    for (qsizetype i = 0; i < count;) {
        const qsizetype rows = qMin(rowsPerStatement, count - i);
        QSqlQuery tail(m_db);
        QSqlQuery &query = rows == rowsPerStatement ? full : tail;
        if (rows != rowsPerStatement && !prepare(tail, rows))
            return false;
        RowBinder binder(query);
        for (qsizetype r = 0; r < rows; ++r) {
            binder.setBase(int(r) * perRow);
            bind(binder, i + r);
        }
        if (!query.exec())
            return fail(query.lastError().text() + QStringLiteral(" [") + single.left(60) + QLatin1Char(']'));
        i += rows;
        m_rowsInTransaction += rows;
        m_rowsDone += rows;
        if (!commitIfFull())
            return false;
    }
    return true;
}

template<typename Row>
bool CollegeWriter::insertAll(const char *sql, const QList<Row> &rows, void (*bind)(RowBinder &, const Row &))
{
    return insertRows(sql, rows.size(),
                      [&rows, bind](RowBinder &binder, qsizetype i) { bind(binder, rows.at(i)); });
}

bool CollegeWriter::write(const CollegeData &c, const Progress &progress, QString *error)
{
    m_progress = progress;
    m_rowsDone = 0;
    m_rowsTotal = 1 + c.staff.size() + c.groups.size() + c.students.size() + c.orders.size() +
                  c.parents.size() + c.parentLinks.size() + c.subjects.size() + c.assignments.size() +
                  c.lessons.size() + c.marks.size() + c.programs.size() + c.blocks.size() +
                  c.activities.size();
    if (m_progress)
        m_progress(0);

    // Parents before children, so that every foreign key finds its row.
    const bool ok = begin() && (clear(m_db, &m_error) || fail(m_error)) &&
                    insertAll(OrganisationSql, QList<Organisation>{c.organisation}, bindOrganisation) &&
                    insertAll(StaffSql, c.staff, bindStaff) && insertAll(GroupSql, c.groups, bindGroup) &&
                    insertAll(StudentSql, c.students, bindStudent) &&
                    insertAll(OrderSql, c.orders, bindOrder) && insertAll(ParentSql, c.parents, bindParent) &&
                    insertAll(ParentLinkSql, c.parentLinks, bindParentLink) &&
                    insertAll(SubjectSql, c.subjects, bindSubject) &&
                    insertAll(AssignmentSql, c.assignments, bindAssignment) &&
                    insertAll(LessonSql, c.lessons, bindLesson) && insertAll(MarkSql, c.marks, bindMark) &&
                    insertAll(ProgramSql, c.programs, bindProgram) &&
                    insertAll(BlockSql, c.blocks, bindBlock) &&
                    insertAll(ActivitySql, c.activities, bindActivity) && markComplete() &&
                    (m_db.commit() || fail(m_db.lastError().text()));
    if (!ok) {
        if (error)
            *error = m_error;
        return false;
    }
    if (m_progress)
        m_progress(100);
    return true;
}

bool CollegeWriter::markPulled(QSqlDatabase &db, QString *error)
{
    QSqlQuery marker(db);
    marker.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"));
    marker.addBindValue(CompleteKey);
    if (marker.exec())
        return true;
    if (error)
        *error = marker.lastError().text();
    return false;
}

bool CollegeWriter::markComplete()
{
    QSqlQuery marker(m_db);
    marker.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"));
    marker.addBindValue(CompleteKey);
    return marker.exec() || fail(marker.lastError().text());
}
