#include "store/journalstore.h"

#include "store/cache.h"
#include "store/journalschema.h"
#include "store/sqlwrite.h"
#include "store/storecodes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace {

// By name in the SQL text: the partial index on pending rows matches only a literal code.
const QString PendingChange = JournalSchema::sql(JournalSchema::ChangeState::Pending);

using SqlWrite::exec;

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString iso(const QDateTime &time)
{
    return time.toString(Qt::ISODate);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant nullable(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// One row of the SGO queue.
bool enqueue(QSqlDatabase &db, JournalStore::ChangeKind kind, qint64 assignmentId, qint64 userId,
             qint64 lessonId, qint64 studentId, const QJsonObject &payload, QString *error)
{
    QSqlQuery q(db);
    return exec(
        q,
        QStringLiteral("INSERT INTO journal_changes (kind, assignment_id, lesson_id, student_id, payload,"
                       " made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {int(kind), assignmentId, nullable(lessonId), nullable(studentId),
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
         iso(QDateTime::currentDateTimeUtc()), nullable(userId)},
        error);
}

QJsonObject lessonPayload(const Lesson &l)
{
    return {{QStringLiteral("date"), iso(l.date)},
            {QStringLiteral("hours"), l.academicHours},
            {QStringLiteral("type"), StoreCodes::code(l.type)},
            {QStringLiteral("topic"), l.topic},
            {QStringLiteral("topicFromPlan"), l.topicFromPlan}};
}

bool insertMark(QSqlQuery &q, const Mark &m, QString *error)
{
    return exec(q,
                QStringLiteral("INSERT INTO marks (lesson_id, student_id, value, absent) VALUES (?, ?, ?, ?)"
                               " ON CONFLICT (lesson_id, student_id) DO UPDATE SET value = excluded.value,"
                               " absent = excluded.absent"),
                {m.lessonId, m.studentId, m.value, m.absent ? 1 : 0}, error);
}

bool insertDistance(QSqlDatabase &db, DistanceLesson &d, qint64 assignmentId, qint64 userId, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q,
              QStringLiteral("INSERT INTO distance_lessons (id, lesson_id, teacher_id, starts_at, ends_at)"
                             " VALUES (?, ?, ?, ?, ?)"),
              {nullable(d.id), d.lessonId, d.teacherId, iso(d.start), iso(d.end)}, error))
        return false;
    if (!d.id)
        d.id = q.lastInsertId().toLongLong();
    return exec(q, QStringLiteral("UPDATE distance_lessons SET call_url = ? WHERE id = ?"),
                {JournalStore::callUrl(d.id), d.id}, error) &&
           enqueue(db, JournalStore::ChangeKind::DistanceLessonCreated, assignmentId, userId, d.lessonId, 0,
                   {{QStringLiteral("start"), iso(d.start)}, {QStringLiteral("end"), iso(d.end)}}, error);
}

bool insertTaskRow(QSqlDatabase &db, JournalTask &t, qint64 assignmentId, qint64 userId, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q, QStringLiteral("INSERT INTO lesson_tasks (id, lesson_id, text, graded) VALUES (?, ?, ?, ?)"),
              {nullable(t.id), t.lessonId, text(t.text), t.graded ? 1 : 0}, error))
        return false;
    if (!t.id)
        t.id = q.lastInsertId().toLongLong();
    return enqueue(db, JournalStore::ChangeKind::TaskAdded, assignmentId, userId, t.lessonId, 0,
                   {{QStringLiteral("task"), t.id},
                    {QStringLiteral("text"), t.text},
                    {QStringLiteral("graded"), t.graded}},
                   error);
}

} // namespace

JournalStore::JournalStore(Cache &cache, qint64 assignmentId, qint64 userId)
    : m_cache(cache), m_assignmentId(assignmentId), m_userId(userId)
{}

QString JournalStore::callUrl(qint64 distanceLessonId)
{
    return QStringLiteral("https://vk.com/call/join/spodesk-demo-%1").arg(distanceLessonId);
}

void JournalStore::write(std::function<bool(QSqlDatabase &, QString *)> job, Done done)
{
    m_cache.write(std::move(job), [done = std::move(done)](bool ok, const QString &error) {
        if (done)
            done(ok, error);
    });
}

void JournalStore::capturePlan()
{
    write(
        [assignment = m_assignmentId](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            return exec(
                q,
                QStringLiteral(
                    "INSERT INTO plan_topics (assignment_id, position, type, academic_hours, topic)"
                    " SELECT ?, row_number() OVER (ORDER BY first_date, first_id), type, academic_hours,"
                    " topic FROM (SELECT topic, type, academic_hours, min(date) AS first_date,"
                    " min(id) AS first_id FROM lessons WHERE assignment_id = ? AND topic_from_plan = 1"
                    " AND topic <> '' GROUP BY topic)"
                    " WHERE NOT EXISTS (SELECT 1 FROM plan_topics WHERE assignment_id = ?)"),
                {assignment, assignment, assignment}, error);
        },
        {});
}

bool JournalStore::writeCells(QSqlDatabase &db, qint64 assignmentId, qint64 userId,
                              const JournalCellChanges &changes, QString *error)
{
    QSqlQuery q(db);
    for (const JournalCellChange &change : changes) {
        const Mark &m = change.after;
        const bool empty = m.value == 0 && !m.absent;
        // What SGO had before the first of the waiting edits of this cell.
        Mark base = change.before;
        if (!exec(q,
                  QStringLiteral(
                      "SELECT base_value, base_absent FROM journal_changes WHERE state = %1 AND kind = ?"
                      " AND lesson_id = ? AND student_id = ? AND base_value IS NOT NULL")
                      .arg(PendingChange),
                  {int(ChangeKind::Cell), m.lessonId, m.studentId}, error))
            return false;
        if (q.next()) {
            base.value = q.value(0).toInt();
            base.absent = q.value(1).toBool();
        }
        q.finish();
        const bool ok =
            empty ? exec(q, QStringLiteral("DELETE FROM marks WHERE lesson_id = ? AND student_id = ?"),
                         {m.lessonId, m.studentId}, error)
                  : insertMark(q, m, error);
        // SGO needs only a cell's latest content: a newer edit replaces one still waiting.
        if (!ok ||
            !exec(q,
                  QStringLiteral("DELETE FROM journal_changes WHERE state = %1 AND kind = ? AND lesson_id = ?"
                                 " AND student_id = ?")
                      .arg(PendingChange),
                  {int(ChangeKind::Cell), m.lessonId, m.studentId}, error) ||
            !enqueue(db, ChangeKind::Cell, assignmentId, userId, m.lessonId, m.studentId,
                     {{QStringLiteral("value"), m.value}, {QStringLiteral("absent"), m.absent}}, error) ||
            !exec(q,
                  QStringLiteral("UPDATE journal_changes SET base_value = ?, base_absent = ? WHERE id = "
                                 "last_insert_rowid()"),
                  {base.value, base.absent ? 1 : 0}, error))
            return false;
    }
    return true;
}

void JournalStore::saveCells(const JournalCellChanges &changes, Done done)
{
    write([changes, assignment = m_assignmentId, user = m_userId](
              QSqlDatabase &db, QString *error) { return writeCells(db, assignment, user, changes, error); },
          std::move(done));
}

void JournalStore::resolveConflict(qint64 lessonId, qint64 studentId, bool takeSgo, Done done)
{
    write(
        [lessonId, studentId, takeSgo](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            if (!takeSgo)
                return exec(q,
                            QStringLiteral("UPDATE journal_conflicts SET kept = 1 WHERE lesson_id = ? AND "
                                           "student_id = ?"),
                            {lessonId, studentId}, error);
            if (!exec(q,
                      QStringLiteral(
                          "SELECT value, absent, removed FROM journal_conflicts WHERE lesson_id = ? AND "
                          "student_id = ?"),
                      {lessonId, studentId}, error))
                return false;
            if (!q.next())
                return true; // settled meanwhile by a pull
            const int value = q.value(0).toInt();
            const bool absent = q.value(1).toBool();
            const bool removed = q.value(2).toBool() || (value == 0 && !absent);
            q.finish();
            QSqlQuery w(db);
            if (removed ? !exec(w, QStringLiteral("DELETE FROM marks WHERE lesson_id = ? AND student_id = ?"),
                                {lessonId, studentId}, error)
                        : !exec(w,
                                QStringLiteral(
                                    "INSERT OR REPLACE INTO marks (lesson_id, student_id, value, absent)"
                                    " VALUES (?, ?, ?, ?)"),
                                {lessonId, studentId, value, absent ? 1 : 0}, error))
                return false;
            return exec(w,
                        QStringLiteral(
                            "UPDATE journal_changes SET state = %1 WHERE state = %2 AND kind = %3 AND "
                            "lesson_id = ? AND student_id = ?")
                            .arg(JournalSchema::sql(JournalSchema::ChangeState::Withdrawn),
                                 JournalSchema::sql(JournalSchema::ChangeState::Pending))
                            .arg(int(ChangeKind::Cell)),
                        {lessonId, studentId}, error) &&
                   exec(
                       w,
                       QStringLiteral("DELETE FROM journal_conflicts WHERE lesson_id = ? AND student_id = ?"),
                       {lessonId, studentId}, error);
        },
        std::move(done));
}

void JournalStore::insertLesson(std::shared_ptr<JournalLessonSnapshot> snapshot, Done done)
{
    write(
        [snapshot, assignment = m_assignmentId, user = m_userId](QSqlDatabase &db, QString *error) {
            Lesson &l = snapshot->lesson;
            QSqlQuery q(db);
            if (!exec(q,
                      QStringLiteral(
                          "INSERT INTO lessons (id, assignment_id, date, academic_hours, type, topic,"
                          " topic_from_plan, homework) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {nullable(l.id), assignment, iso(l.date), l.academicHours, StoreCodes::code(l.type),
                       text(l.topic), l.topicFromPlan ? 1 : 0, text(l.homework)},
                      error))
                return false;
            if (!l.id)
                l.id = q.lastInsertId().toLongLong();
            l.assignmentId = assignment;
            if (!enqueue(db, ChangeKind::LessonCreated, assignment, user, l.id, 0, lessonPayload(l), error))
                return false;
            JournalCellChanges restored;
            for (const Mark &m : std::as_const(snapshot->marks))
                restored << JournalCellChange{Mark{m.lessonId, m.studentId, 0, false}, m};
            if (!writeCells(db, assignment, user, restored, error))
                return false;
            for (JournalTask &t : snapshot->tasks) {
                if (!insertTaskRow(db, t, assignment, user, error))
                    return false;
            }
            return !snapshot->distanceLesson ||
                   insertDistance(db, *snapshot->distanceLesson, assignment, user, error);
        },
        std::move(done));
}

void JournalStore::updateLesson(const Lesson &lesson, Done done)
{
    write(
        [lesson, assignment = m_assignmentId, user = m_userId](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            if (!exec(q,
                      QStringLiteral("UPDATE lessons SET date = ?, academic_hours = ?, type = ?, topic = ?,"
                                     " topic_from_plan = ?, homework = ? WHERE id = ? AND assignment_id = ?"),
                      {iso(lesson.date), lesson.academicHours, StoreCodes::code(lesson.type),
                       text(lesson.topic), lesson.topicFromPlan ? 1 : 0, text(lesson.homework), lesson.id,
                       assignment},
                      error))
                return false;
            if (q.numRowsAffected() != 1) {
                if (error)
                    *error = QStringLiteral("lesson %1 is not in journal %2").arg(lesson.id).arg(assignment);
                return false;
            }
            return enqueue(db, ChangeKind::LessonChanged, assignment, user, lesson.id, 0,
                           lessonPayload(lesson), error);
        },
        std::move(done));
}

void JournalStore::deleteLesson(std::shared_ptr<JournalLessonSnapshot> snapshot, Done done)
{
    write(
        [snapshot, assignment = m_assignmentId, user = m_userId](QSqlDatabase &db, QString *error) {
            const qint64 id = snapshot->lesson.id;
            QSqlQuery q(db);
            if (!exec(q,
                      QStringLiteral(
                          "SELECT date, academic_hours, type, topic, topic_from_plan, homework FROM lessons"
                          " WHERE id = ? AND assignment_id = ?"),
                      {id, assignment}, error))
                return false;
            if (!q.next()) {
                if (error)
                    *error = QStringLiteral("lesson %1 is not in journal %2").arg(id).arg(assignment);
                return false;
            }
            Lesson &l = snapshot->lesson;
            l.assignmentId = assignment;
            l.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            l.academicHours = q.value(1).toInt();
            l.type = StoreCodes::lessonType(q.value(2).toInt());
            l.topic = q.value(3).toString();
            l.topicFromPlan = q.value(4).toBool();
            l.homework = q.value(5).toString();
            snapshot->marks.clear();
            if (!exec(q, QStringLiteral("SELECT student_id, value, absent FROM marks WHERE lesson_id = ?"),
                      {id}, error))
                return false;
            while (q.next())
                snapshot->marks << Mark{id, q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toBool()};
            snapshot->tasks.clear();
            if (!exec(q,
                      QStringLiteral(
                          "SELECT id, text, graded FROM lesson_tasks WHERE lesson_id = ? ORDER BY id"),
                      {id}, error))
                return false;
            while (q.next())
                snapshot->tasks << JournalTask{q.value(0).toLongLong(), id, q.value(1).toString(),
                                               q.value(2).toBool()};
            snapshot->distanceLesson.reset();
            if (!exec(q,
                      QStringLiteral("SELECT id, teacher_id, starts_at, ends_at FROM distance_lessons WHERE "
                                     "lesson_id = ?"),
                      {id}, error))
                return false;
            if (q.next())
                snapshot->distanceLesson =
                    DistanceLesson{q.value(0).toLongLong(), id, q.value(1).toLongLong(),
                                   QDateTime::fromString(q.value(2).toString(), Qt::ISODate),
                                   QDateTime::fromString(q.value(3).toString(), Qt::ISODate)};
            q.finish();
            // The lesson's cells and call go with it (ON DELETE CASCADE); their waiting edits are moot.
            return exec(q, QStringLiteral("DELETE FROM lessons WHERE id = ?"), {id}, error) &&
                   exec(q,
                        QStringLiteral(
                            "DELETE FROM journal_changes WHERE state = %1 AND kind = ? AND lesson_id = ?")
                            .arg(PendingChange),
                        {int(ChangeKind::Cell), id}, error) &&
                   enqueue(db, ChangeKind::LessonDeleted, assignment, user, id, 0, {}, error);
        },
        std::move(done));
}

void JournalStore::insertTask(std::shared_ptr<JournalTask> task, Done done)
{
    write([task, assignment = m_assignmentId, user = m_userId](
              QSqlDatabase &db, QString *error) { return insertTaskRow(db, *task, assignment, user, error); },
          std::move(done));
}

void JournalStore::deleteTask(std::shared_ptr<JournalTask> task, Done done)
{
    write(
        [task, assignment = m_assignmentId, user = m_userId](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            return exec(q, QStringLiteral("DELETE FROM lesson_tasks WHERE id = ?"), {task->id}, error) &&
                   enqueue(db, ChangeKind::TaskRemoved, assignment, user, task->lessonId, 0,
                           {{QStringLiteral("task"), task->id}}, error);
        },
        std::move(done));
}

void JournalStore::insertDistanceLesson(std::shared_ptr<DistanceLesson> lesson, Done done)
{
    write(
        [lesson, assignment = m_assignmentId, user = m_userId](QSqlDatabase &db, QString *error) {
            return insertDistance(db, *lesson, assignment, user, error);
        },
        std::move(done));
}

void JournalStore::deleteDistanceLesson(std::shared_ptr<DistanceLesson> lesson, Done done)
{
    write(
        [lesson, assignment = m_assignmentId, user = m_userId](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            return exec(q, QStringLiteral("DELETE FROM distance_lessons WHERE id = ?"), {lesson->id},
                        error) &&
                   enqueue(db, ChangeKind::DistanceLessonDeleted, assignment, user, lesson->lessonId, 0,
                           {{QStringLiteral("call"), lesson->id}}, error);
        },
        std::move(done));
}
