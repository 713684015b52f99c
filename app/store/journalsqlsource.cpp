#include "store/journalsqlsource.h"

#include "store/storecodes.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QStringList>
#include <QVariant>

namespace {

Q_LOGGING_CATEGORY(lcJournalSource, "spodesk.journal.read")

// The students of the group with the sum and number of their marks in this journal («Средний балл»). The
// journal's lessons are listed once (IN), then each student's marks are found through marks_by_student.
const char StudentsSql[] =
    "SELECT s.id, s.last_name, s.first_name, s.middle_name, coalesce(sum(m.value), 0), count(m.value)"
    " FROM students s LEFT JOIN marks m ON m.student_id = s.id AND m.value > 0"
    " AND m.lesson_id IN (SELECT id FROM lessons WHERE assignment_id = :assignment)"
    " WHERE s.group_id = :group GROUP BY s.id ORDER BY s.last_name, s.first_name, s.middle_name, s.id"
    " LIMIT :count OFFSET :first";

const char LessonsSql[] =
    "SELECT l.id, l.date, l.academic_hours, l.type, l.topic, l.topic_from_plan, l.homework,"
    " (SELECT count(*) FROM lesson_tasks t WHERE t.lesson_id = l.id) + (l.homework <> ''),"
    " EXISTS (SELECT 1 FROM distance_lessons d WHERE d.lesson_id = l.id)"
    " FROM lessons l WHERE l.assignment_id = :assignment AND l.date <= :limit ORDER BY l.date, l.id"
    " LIMIT :count OFFSET :first";

const char MarkSql[] = "SELECT value, absent FROM marks WHERE lesson_id = ? AND student_id = ?";

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcJournalSource) << "Cannot read the journal:" << query.lastError().text();
    return false;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

JournalSqlSource::JournalSqlSource(QSqlDatabase db, qint64 assignmentId, qint64 groupId)
    : m_db(db), m_assignmentId(assignmentId), m_groupId(groupId), m_studentsQuery(db), m_lessonsQuery(db),
      m_markQuery(db)
{}

QSqlQuery &JournalSqlSource::prepared(QSqlQuery &query, const char *sql) const
{
    if (query.lastQuery().isEmpty()) {
        query.setForwardOnly(true);
        if (!query.prepare(QString::fromUtf8(sql)))
            qCWarning(lcJournalSource) << "Cannot prepare" << sql << query.lastError().text();
    }
    return query;
}

QString JournalSqlSource::limitText() const
{
    return m_limit.isValid() ? m_limit.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
}

void JournalSqlSource::setDateLimit(const QDate &limit)
{
    m_limit = limit;
}

int JournalSqlSource::studentCount() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM students WHERE group_id = ?"));
    q.addBindValue(m_groupId);
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

int JournalSqlSource::lessonCount() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM lessons WHERE assignment_id = ? AND date <= ?"));
    q.addBindValue(m_assignmentId);
    q.addBindValue(limitText());
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

QList<JournalStudent> JournalSqlSource::students(int first, int count) const
{
    QList<JournalStudent> result;
    QSqlQuery &q = prepared(m_studentsQuery, StudentsSql);
    q.bindValue(QStringLiteral(":assignment"), m_assignmentId);
    q.bindValue(QStringLiteral(":group"), m_groupId);
    q.bindValue(QStringLiteral(":count"), count);
    q.bindValue(QStringLiteral(":first"), first);
    if (run(q)) {
        result.reserve(count);
        while (q.next()) {
            JournalStudent s;
            s.id = q.value(0).toLongLong();
            s.name = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
            s.markSum = q.value(4).toInt();
            s.markCount = q.value(5).toInt();
            result << s;
        }
    }
    q.finish(); // ends the read transaction: the store thread's checkpoints need it
    return result;
}

JournalStudent JournalSqlSource::student(qint64 studentId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.id, s.last_name, s.first_name, s.middle_name, coalesce(sum(m.value), 0), count(m.value)"
        " FROM students s LEFT JOIN marks m ON m.student_id = s.id AND m.value > 0"
        " AND m.lesson_id IN (SELECT id FROM lessons WHERE assignment_id = ?)"
        " WHERE s.id = ? GROUP BY s.id"));
    q.addBindValue(m_assignmentId);
    q.addBindValue(studentId);
    JournalStudent s;
    if (run(q) && q.next()) {
        s.id = q.value(0).toLongLong();
        s.name = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        s.markSum = q.value(4).toInt();
        s.markCount = q.value(5).toInt();
    }
    return s;
}

QList<JournalLesson> JournalSqlSource::lessons(int first, int count) const
{
    QList<JournalLesson> result;
    QSqlQuery &q = prepared(m_lessonsQuery, LessonsSql);
    q.bindValue(QStringLiteral(":assignment"), m_assignmentId);
    q.bindValue(QStringLiteral(":limit"), limitText());
    q.bindValue(QStringLiteral(":count"), count);
    q.bindValue(QStringLiteral(":first"), first);
    if (run(q)) {
        result.reserve(count);
        while (q.next()) {
            JournalLesson l;
            l.lesson.id = q.value(0).toLongLong();
            l.lesson.assignmentId = m_assignmentId;
            l.lesson.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            l.lesson.academicHours = q.value(2).toInt();
            l.lesson.type = StoreCodes::lessonType(q.value(3).toInt());
            l.lesson.topic = q.value(4).toString();
            l.lesson.topicFromPlan = q.value(5).toBool();
            l.lesson.homework = q.value(6).toString();
            l.taskCount = q.value(7).toInt();
            l.distance = q.value(8).toBool();
            result << l;
        }
    }
    q.finish();
    return result;
}

QList<Mark> JournalSqlSource::marks(const QList<qint64> &lessonIds, const QList<qint64> &studentIds) const
{
    QList<Mark> result;
    if (lessonIds.isEmpty() || studentIds.isEmpty())
        return result;
    // Ids are integers of our own: written into the text, the IN lists use the primary key directly.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT lesson_id, student_id, value, absent FROM marks WHERE lesson_id IN (") +
              idList(lessonIds) + QStringLiteral(") AND student_id IN (") + idList(studentIds) +
              QLatin1Char(')'));
    if (run(q)) {
        while (q.next())
            result << Mark{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                           q.value(3).toBool()};
    }
    return result;
}

Mark JournalSqlSource::mark(qint64 lessonId, qint64 studentId) const
{
    Mark m{lessonId, studentId, 0, false};
    QSqlQuery &q = prepared(m_markQuery, MarkSql);
    q.bindValue(0, lessonId);
    q.bindValue(1, studentId);
    if (run(q) && q.next()) {
        m.value = q.value(0).toInt();
        m.absent = q.value(1).toBool();
    }
    q.finish();
    return m;
}

QList<JournalConflict> JournalSqlSource::conflicts() const
{
    QList<JournalConflict> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.lesson_id, c.student_id, c.value, c.absent, c.removed FROM journal_conflicts c"
        " JOIN lessons l ON l.id = c.lesson_id WHERE l.assignment_id = ? AND c.kept = 0"));
    q.addBindValue(m_assignmentId);
    if (run(q)) {
        while (q.next())
            result << JournalConflict{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                      Mark{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                           q.value(2).toInt(), q.value(3).toBool()},
                                      q.value(4).toBool()};
    }
    return result;
}

int JournalSqlSource::lessonPosition(qint64 lessonId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM lessons o WHERE o.assignment_id = l.assignment_id AND o.date <= ?"
        " AND (o.date < l.date OR (o.date = l.date AND o.id < l.id))), l.date <= ?"
        " FROM lessons l WHERE l.id = ? AND l.assignment_id = ?"));
    q.addBindValue(limitText());
    q.addBindValue(limitText());
    q.addBindValue(lessonId);
    q.addBindValue(m_assignmentId);
    if (run(q) && q.next() && q.value(1).toBool())
        return q.value(0).toInt();
    return -1;
}

int JournalSqlSource::readWholeJournal() const
{
    const int studentTotal = studentCount();
    const int lessonTotal = lessonCount();
    const QList<JournalStudent> everyone = students(0, studentTotal);
    const QList<JournalLesson> everything = lessons(0, lessonTotal);
    QList<qint64> studentIds;
    for (const JournalStudent &s : everyone)
        studentIds << s.id;
    QList<qint64> lessonIds;
    for (const JournalLesson &l : everything)
        lessonIds << l.lesson.id;
    return int(everyone.size() + everything.size() + marks(lessonIds, studentIds).size());
}
