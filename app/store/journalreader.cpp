#include "store/journalreader.h"

#include "store/journalschema.h"

#include "journals/journalaccess.h"
#include "store/sqlread.h"
#include "store/storecodes.h"
#include "store/studentrow.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace {

Q_LOGGING_CATEGORY(lcJournalReader, "spodesk.journal.read")

bool run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return SqlRead::run(query, lcJournalReader(), sql, values);
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

const QLatin1String
    lessonColumns("id, assignment_id, date, academic_hours, type, topic, topic_from_plan, homework");

Lesson lessonFrom(const QSqlQuery &q)
{
    Lesson l;
    l.id = q.value(0).toLongLong();
    l.assignmentId = q.value(1).toLongLong();
    l.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    l.academicHours = q.value(3).toInt();
    l.type = StoreCodes::lessonType(q.value(4).toInt());
    l.topic = q.value(5).toString();
    l.topicFromPlan = q.value(6).toBool();
    l.homework = q.value(7).toString();
    return l;
}

Group groupFrom(const QSqlQuery &q, int at)
{
    Group g;
    g.id = q.value(at).toLongLong();
    g.name = q.value(at + 1).toString();
    g.course = q.value(at + 2).toInt();
    g.curatorId = q.value(at + 3).toLongLong();
    g.specialty = q.value(at + 4).toString();
    g.created = QDate::fromString(q.value(at + 5).toString(), Qt::ISODate);
    return g;
}

const QLatin1String journalSql(
    "SELECT a.id, a.teacher_id, a.group_id, a.subject_id, a.planned_hours,"
    " g.id, g.name, g.course, g.curator_id, g.specialty, g.created,"
    " s.name, s.cycle, t.last_name, t.first_name, t.middle_name"
    " FROM teaching_assignments a JOIN groups g ON g.id = a.group_id JOIN subjects s ON s.id = a.subject_id"
    " JOIN staff t ON t.id = a.teacher_id ");

JournalSubject journalFrom(const QSqlQuery &q)
{
    JournalSubject j;
    j.assignment.id = q.value(0).toLongLong();
    j.assignment.teacherId = q.value(1).toLongLong();
    j.assignment.groupId = q.value(2).toLongLong();
    j.assignment.subjectId = q.value(3).toLongLong();
    j.assignment.plannedHours = q.value(4).toInt();
    j.group = groupFrom(q, 5);
    j.subject.id = j.assignment.subjectId;
    j.subject.name = q.value(11).toString();
    j.subject.cycle = q.value(12).toString();
    j.teacher = {q.value(13).toString(), q.value(14).toString(), q.value(15).toString()};
    return j;
}

DistanceLesson distanceFrom(const QSqlQuery &q)
{
    DistanceLesson d;
    d.id = q.value(0).toLongLong();
    d.lessonId = q.value(1).toLongLong();
    d.teacherId = q.value(2).toLongLong();
    d.start = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    d.end = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    return d;
}

} // namespace

JournalReader::JournalReader(QSqlDatabase db) : m_db(db) {}

QList<Group> JournalReader::groupsVisibleTo(const StaffMember &user) const
{
    QSet<qint64> teaching;
    QSqlQuery q(m_db);
    if (run(q, QStringLiteral("SELECT DISTINCT group_id FROM teaching_assignments WHERE teacher_id = ?"),
            {user.id})) {
        while (q.next())
            teaching.insert(q.value(0).toLongLong());
    }
    QList<Group> result;
    if (run(q, QStringLiteral("SELECT id, name, course, curator_id, specialty, created FROM groups"
                              " ORDER BY course, name"))) {
        while (q.next()) {
            const Group g = groupFrom(q, 0);
            if (JournalAccess::seesGroup(user, g, teaching.contains(g.id)))
                result << g;
        }
    }
    return result;
}

QList<JournalSubject> JournalReader::journalsOfGroup(qint64 groupId, const StaffMember &user) const
{
    QList<JournalSubject> result;
    QSqlQuery q(m_db);
    if (run(q, journalSql + QStringLiteral("WHERE a.group_id = ? ORDER BY s.name, s.cycle, a.id"),
            {groupId})) {
        while (q.next()) {
            const JournalSubject j = journalFrom(q);
            if (JournalAccess::seesJournal(user, j.group, j.assignment))
                result << j;
        }
    }
    return result;
}

std::optional<JournalSubject> JournalReader::journal(qint64 assignmentId) const
{
    QSqlQuery q(m_db);
    if (run(q, journalSql + QStringLiteral("WHERE a.id = ?"), {assignmentId}) && q.next())
        return journalFrom(q);
    return std::nullopt;
}

QList<Lesson> JournalReader::lessons(qint64 assignmentId, const QDate &until) const
{
    QList<Lesson> result;
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT ") + lessonColumns +
                QStringLiteral(" FROM lessons WHERE assignment_id = ? AND date <= ? ORDER BY date, id"),
            {assignmentId, until.isValid() ? iso(until) : QStringLiteral("9999-12-31")})) {
        while (q.next())
            result << lessonFrom(q);
    }
    return result;
}

std::optional<Lesson> JournalReader::lesson(qint64 lessonId) const
{
    QSqlQuery q(m_db);
    if (run(q, QStringLiteral("SELECT ") + lessonColumns + QStringLiteral(" FROM lessons WHERE id = ?"),
            {lessonId}) &&
        q.next())
        return lessonFrom(q);
    return std::nullopt;
}

int JournalReader::heldHours(qint64 assignmentId, const QDate &today) const
{
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT coalesce(sum(academic_hours), 0) FROM lessons WHERE assignment_id = ?"
                           " AND date <= ?"),
            {assignmentId, iso(today)}) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

QList<JournalStudentMarks> JournalReader::studentMarks(qint64 assignmentId) const
{
    QList<JournalStudentMarks> result;
    QHash<qint64, qsizetype> rowOf;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT %1 FROM students s"
                            " WHERE s.group_id = (SELECT group_id FROM teaching_assignments WHERE id = ?)"
                            " ORDER BY s.last_name, s.first_name, s.middle_name, s.id")
                 .arg(StudentRow::columns(QStringLiteral("s"))),
             {assignmentId}))
        return result;
    while (q.next()) {
        const Student s = StudentRow::from(q);
        rowOf.insert(s.id, result.size());
        result << JournalStudentMarks{s, {}};
    }
    if (run(q,
            QStringLiteral(
                "SELECT m.lesson_id, m.student_id, m.value, m.absent FROM lessons l"
                " JOIN marks m ON m.lesson_id = l.id WHERE l.assignment_id = ? ORDER BY l.date, l.id"),
            {assignmentId})) {
        while (q.next()) {
            const qint64 studentId = q.value(1).toLongLong();
            const auto row = rowOf.constFind(studentId);
            if (row != rowOf.cend())
                result[*row].marks << Mark{q.value(0).toLongLong(), studentId, q.value(2).toInt(),
                                           q.value(3).toBool()};
        }
    }
    return result;
}

QList<Mark> JournalReader::marksOfLesson(qint64 lessonId) const
{
    QList<Mark> result;
    QSqlQuery q(m_db);
    if (run(q, QStringLiteral("SELECT lesson_id, student_id, value, absent FROM marks WHERE lesson_id = ?"),
            {lessonId})) {
        while (q.next())
            result << Mark{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                           q.value(3).toBool()};
    }
    return result;
}

QList<PlannedLesson> JournalReader::planTopics(qint64 assignmentId) const
{
    QList<PlannedLesson> result;
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT type, academic_hours, topic FROM plan_topics WHERE assignment_id = ?"
                           " ORDER BY position"),
            {assignmentId})) {
        while (q.next())
            result << PlannedLesson{StoreCodes::lessonType(q.value(0).toInt()), q.value(1).toInt(),
                                    q.value(2).toString()};
    }
    if (!result.isEmpty())
        return result;
    // Not captured yet (JournalStore::capturePlan): the plan is what the planned lessons say.
    QSet<QString> seen;
    if (run(q,
            QStringLiteral("SELECT type, academic_hours, topic FROM lessons WHERE assignment_id = ?"
                           " AND topic_from_plan = 1 ORDER BY date, id"),
            {assignmentId})) {
        while (q.next()) {
            const QString topic = q.value(2).toString();
            if (!topic.isEmpty() && !seen.contains(topic)) {
                seen.insert(topic);
                result << PlannedLesson{StoreCodes::lessonType(q.value(0).toInt()), q.value(1).toInt(),
                                        topic};
            }
        }
    }
    return result;
}

QList<JournalTask> JournalReader::tasks(qint64 lessonId) const
{
    QList<JournalTask> result;
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral(
                "SELECT id, lesson_id, text, graded FROM lesson_tasks WHERE lesson_id = ? ORDER BY id"),
            {lessonId})) {
        while (q.next())
            result << JournalTask{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                  q.value(3).toBool()};
    }
    return result;
}

std::optional<DistanceLesson> JournalReader::distanceLesson(qint64 lessonId) const
{
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT id, lesson_id, teacher_id, starts_at, ends_at FROM distance_lessons"
                           " WHERE lesson_id = ?"),
            {lessonId}) &&
        q.next())
        return distanceFrom(q);
    return std::nullopt;
}

QList<DistanceLesson> JournalReader::distanceLessonsOfTeacher(qint64 teacherId) const
{
    QList<DistanceLesson> result;
    QSqlQuery q(m_db);
    if (run(q,
            QStringLiteral("SELECT id, lesson_id, teacher_id, starts_at, ends_at FROM distance_lessons"
                           " WHERE teacher_id = ? ORDER BY starts_at"),
            {teacherId})) {
        while (q.next())
            result << distanceFrom(q);
    }
    return result;
}

int JournalReader::pendingChangeCount() const
{
    QSqlQuery q(m_db);
    if (run(q, QStringLiteral("SELECT count(*) FROM journal_changes WHERE state = %1")
                   .arg(JournalSchema::sql(JournalSchema::ChangeState::Pending))) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}
