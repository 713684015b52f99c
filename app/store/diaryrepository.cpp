#include "store/diaryrepository.h"

#include "net/sgoadmincalls.h"
#include "store/journalschema.h"
#include "store/sqlwrite.h"
#include "store/journalstore.h"
#include "store/sqlread.h"
#include "store/storecodes.h"
#include "store/studentrow.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace {

Q_LOGGING_CATEGORY(lcEd, "spodesk.ed")

bool run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return SqlRead::run(query, lcEd(), sql, values);
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// The driver binds a null QString as NULL; the text columns are NOT NULL with '' for none.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

PersonName nameFrom(const QSqlQuery &q, int at)
{
    return {q.value(at).toString(), q.value(at + 1).toString(), q.value(at + 2).toString()};
}

// The group's journals as a list for IN (…): ids are integers read from the cache, never user text.
QString idList(const QList<TeachingAssignment> &assignments)
{
    QStringList ids;
    for (const TeachingAssignment &a : assignments)
        ids << QString::number(a.id);
    return ids.join(QLatin1Char(','));
}

using Kind = JournalStore::ChangeKind;

// By name in the SQL text: the partial index on pending rows matches only a literal code.
const QString PendingChange = JournalSchema::sql(JournalSchema::ChangeState::Pending);

using SqlWrite::exec;

// One row of the SGO queue (journal_changes), in the caller's transaction with the write it tells of.
bool enqueue(QSqlDatabase &db, Kind kind, qint64 assignmentId, qint64 studentId, const QByteArray &payload,
             QString *error)
{
    QSqlQuery q(db);
    return exec(
        q,
        QStringLiteral("INSERT INTO journal_changes (kind, assignment_id, student_id, payload, made_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {int(kind), assignmentId, studentId ? QVariant(studentId) : QVariant(QMetaType::fromType<qint64>()),
         QString::fromUtf8(payload), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        error);
}

// SGO needs only the latest of a grade: a newer change replaces the ones of these kinds still waiting.
bool withdrawGradeChanges(QSqlDatabase &db, const FinalGrade &g, std::initializer_list<Kind> kinds,
                          QString *error)
{
    QStringList codes;
    for (Kind kind : kinds)
        codes << QString::number(int(kind));
    QSqlQuery q(db);
    return exec(
        q,
        QStringLiteral("DELETE FROM journal_changes WHERE state = %1 AND kind IN (%2) AND assignment_id = ?"
                       " AND student_id = ?")
            .arg(PendingChange, codes.join(QLatin1Char(','))),
        {g.assignmentId, g.studentId}, error);
}

// The same for a parent's consent or contacts (the parent is in the payload).
bool withdrawParentChanges(QSqlDatabase &db, Kind kind, qint64 parentId, QString *error)
{
    QSqlQuery q(db);
    return exec(q,
                QStringLiteral("DELETE FROM journal_changes WHERE state = %1 AND kind = ?"
                               " AND json_extract(payload, '$.parentId') = ?")
                    .arg(PendingChange),
                {int(kind), parentId}, error);
}

// What the grade was before this write: the value, deferral and time SGO is told of, and the publication.
bool sameResult(const std::optional<FinalGrade> &before, const FinalGrade &g)
{
    if (!before)
        return g.value == 0 && !g.deferred; // nothing to tell about an empty grade that was not there
    return before->value == g.value &&
           DiaryRepository::dateTimeText(before->setAt) == DiaryRepository::dateTimeText(g.setAt) &&
           before->deferred == g.deferred &&
           (!g.deferred ||
            (before->deferralReason == g.deferralReason && before->deferredUntil == g.deferredUntil));
}

// Queues what SGO must be told of one grade's write: its new result (a grade or a deferral), its publication.
bool enqueueGrade(QSqlDatabase &db, const std::optional<FinalGrade> &before, const FinalGrade &g,
                  QString *error)
{
    const bool newResult = !sameResult(before, g);
    if (newResult) {
        // A new result is unpublished: a waiting publication of the old one is moot too.
        if (!withdrawGradeChanges(db, g, {Kind::FinalGrade, Kind::Deferral, Kind::SummaryPublished}, error))
            return false;
        const bool ok =
            g.deferred ? enqueue(db, Kind::Deferral, g.assignmentId, g.studentId,
                                 SgoAdminCalls::deferralPayload(g.deferralReason, g.deferredUntil), error)
                       : enqueue(db, Kind::FinalGrade, g.assignmentId, g.studentId,
                                 SgoAdminCalls::finalGradePayload(g.value, g.setAt), error);
        if (!ok)
            return false;
    }
    const QString published = DiaryRepository::dateTimeText(g.publishedAt);
    if (published.isEmpty() ||
        (!newResult && before && DiaryRepository::dateTimeText(before->publishedAt) == published))
        return true;
    return withdrawGradeChanges(db, g, {Kind::SummaryPublished}, error) &&
           enqueue(db, Kind::SummaryPublished, g.assignmentId, g.studentId,
                   SgoAdminCalls::summaryPublishedPayload(g.publishedAt), error);
}

} // namespace

QString DiaryRepository::dateTimeText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toLocalTime().toString(Qt::ISODate) : QString();
}

QDateTime DiaryRepository::dateTimeFrom(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODate);
}

DiaryGroupData DiaryRepository::loadGroup(QSqlDatabase &db, qint64 groupId)
{
    DiaryGroupData data;
    QSqlQuery q(db);
    if (run(q,
            QStringLiteral(
                "SELECT id, name, course, curator_id, specialty, created FROM groups WHERE id = ?"),
            {groupId}) &&
        q.next()) {
        data.group.id = q.value(0).toLongLong();
        data.group.name = q.value(1).toString();
        data.group.course = q.value(2).toInt();
        data.group.curatorId = q.value(3).toLongLong();
        data.group.specialty = q.value(4).toString();
        data.group.created = dateFrom(q.value(5));
    }
    if (data.group.id == 0)
        return data;
    if (run(q, QStringLiteral("SELECT name FROM organisation")) && q.next())
        data.organisation = q.value(0).toString();

    if (run(q,
            QStringLiteral("SELECT %1 FROM students WHERE group_id = ?"
                           " ORDER BY last_name, first_name, middle_name, id")
                .arg(StudentRow::columns()),
            {groupId})) {
        while (q.next())
            data.students.append(StudentRow::from(q));
    }

    if (run(q,
            QStringLiteral("SELECT a.id, a.teacher_id, a.subject_id, a.planned_hours, s.name, s.cycle,"
                           " t.last_name, t.first_name, t.middle_name, t.roles, t.login"
                           " FROM teaching_assignments a JOIN subjects s ON s.id = a.subject_id"
                           " JOIN staff t ON t.id = a.teacher_id WHERE a.group_id = ? ORDER BY s.name, a.id"),
            {groupId})) {
        while (q.next()) {
            TeachingAssignment a;
            a.id = q.value(0).toLongLong();
            a.teacherId = q.value(1).toLongLong();
            a.groupId = groupId;
            a.subjectId = q.value(2).toLongLong();
            a.plannedHours = q.value(3).toInt();
            data.assignments.append(a);
            if (!data.subject(a.subjectId))
                data.subjects.append({a.subjectId, q.value(4).toString(), q.value(5).toString()});
            if (!data.teacher(a.teacherId)) {
                StaffMember t;
                t.id = a.teacherId;
                t.name = nameFrom(q, 6);
                t.roles = Roles::fromInt(q.value(9).toInt());
                t.login = q.value(10).toString();
                data.teachers.append(t);
            }
        }
    }
    if (data.assignments.isEmpty())
        return data;
    const QString journals = idList(data.assignments);

    if (run(q, QStringLiteral(
                   "SELECT id, assignment_id, date, academic_hours, type, topic, topic_from_plan, homework"
                   " FROM lessons WHERE assignment_id IN (%1) ORDER BY date, id")
                   .arg(journals))) {
        while (q.next()) {
            Lesson l;
            l.id = q.value(0).toLongLong();
            l.assignmentId = q.value(1).toLongLong();
            l.date = dateFrom(q.value(2));
            l.academicHours = q.value(3).toInt();
            l.type = StoreCodes::lessonType(q.value(4).toInt());
            l.topic = q.value(5).toString();
            l.topicFromPlan = q.value(6).toBool();
            l.homework = q.value(7).toString();
            data.lessons.append(l);
        }
    }
    // «Добавить задание», «Задание с оценками»: what a lesson gave to do is homework for the extract too.
    QHash<qint64, QStringList> tasks;
    if (run(q, QStringLiteral(
                   "SELECT t.lesson_id, t.text FROM lesson_tasks t JOIN lessons l ON l.id = t.lesson_id"
                   " WHERE l.assignment_id IN (%1) ORDER BY t.lesson_id, t.id")
                   .arg(journals))) {
        while (q.next())
            tasks[q.value(0).toLongLong()] << q.value(1).toString();
    }
    if (!tasks.isEmpty()) {
        for (Lesson &l : data.lessons) {
            const QStringList given = tasks.value(l.id);
            if (given.isEmpty())
                continue;
            QStringList all = given;
            if (!l.homework.isEmpty())
                all.prepend(l.homework);
            l.homework = all.join(QStringLiteral("; "));
        }
    }

    if (run(q, QStringLiteral("SELECT m.lesson_id, m.student_id, m.value, m.absent FROM marks m"
                              " JOIN lessons l ON l.id = m.lesson_id WHERE l.assignment_id IN (%1)")
                   .arg(journals))) {
        while (q.next())
            data.marks.append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toBool()});
    }

    if (run(q,
            QStringLiteral("SELECT student_id, assignment_id, value, set_at, published_at, deferred,"
                           " deferral_reason, deferred_until FROM final_grades WHERE assignment_id IN (%1)")
                .arg(journals))) {
        while (q.next()) {
            FinalGrade g;
            g.studentId = q.value(0).toLongLong();
            g.assignmentId = q.value(1).toLongLong();
            g.value = q.value(2).toInt();
            g.setAt = dateTimeFrom(q.value(3));
            g.publishedAt = dateTimeFrom(q.value(4));
            g.deferred = q.value(5).toBool();
            g.deferralReason = q.value(6).toString();
            g.deferredUntil = dateFrom(q.value(7));
            data.finalGrades.append(g);
        }
    }

    if (run(q,
            QStringLiteral("SELECT l.parent_id, l.student_id, l.relation FROM parent_links l"
                           " JOIN students s ON s.id = l.student_id WHERE s.group_id = ?"),
            {groupId})) {
        while (q.next())
            data.parentLinks.append(
                {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    }
    if (run(q,
            QStringLiteral(
                "SELECT p.id, p.last_name, p.first_name, p.middle_name, p.phone, p.email, p.login,"
                " p.entry, p.home_organisation, p.contact_source, p.consent, p.consent_date, f.form"
                " FROM parents p LEFT JOIN parent_consent_forms f ON f.parent_id = p.id"
                " WHERE p.id IN (SELECT l.parent_id FROM parent_links l"
                " JOIN students s ON s.id = l.student_id WHERE s.group_id = ?)"
                " ORDER BY p.last_name, p.first_name, p.middle_name, p.id"),
            {groupId})) {
        while (q.next()) {
            Parent p;
            p.id = q.value(0).toLongLong();
            p.name = nameFrom(q, 1);
            p.phone = q.value(4).toString();
            p.email = q.value(5).toString();
            p.login = q.value(6).toString();
            p.entry = StoreCodes::entryMethod(q.value(7).toInt());
            p.homeOrganisation = q.value(8).toString();
            p.contactSource = StoreCodes::contactSource(q.value(9).toInt());
            p.consent = StoreCodes::consent(q.value(10).toInt());
            p.consentDate = dateFrom(q.value(11));
            data.parents.append(p);
            if (!q.value(12).isNull())
                data.consentForms.insert(p.id, StoreCodes::contactSource(q.value(12).toInt()));
            else if (p.consent != Parent::Consent::NotAsked &&
                     p.contactSource != Parent::ContactSource::Unknown)
                // What SGO and the older caches know is one «how» per parent, how the documents came in:
                // until the answer's own form is registered here, it is taken to have come the same way.
                data.consentForms.insert(p.id, p.contactSource);
        }
    }
    return data;
}

bool DiaryRepository::saveFinalGrades(QSqlDatabase &db, const QList<FinalGrade> &grades, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO final_grades (student_id, assignment_id, value, set_at, published_at, deferred,"
            " deferral_reason, deferred_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (student_id, assignment_id) DO UPDATE SET value = excluded.value,"
            " set_at = excluded.set_at, published_at = excluded.published_at, deferred = excluded.deferred,"
            " deferral_reason = excluded.deferral_reason, deferred_until = excluded.deferred_until"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const QVariant noText(QMetaType::fromType<QString>());
    QSqlQuery read(db);
    if (!read.prepare(
            QStringLiteral("SELECT value, set_at, published_at, deferred, deferral_reason, deferred_until"
                           " FROM final_grades WHERE student_id = ? AND assignment_id = ?"))) {
        if (error)
            *error = read.lastError().text();
        return false;
    }
    for (const FinalGrade &g : grades) {
        read.addBindValue(g.studentId);
        read.addBindValue(g.assignmentId);
        if (!read.exec()) {
            if (error)
                *error = read.lastError().text();
            return false;
        }
        std::optional<FinalGrade> before;
        if (read.next()) {
            before = g;
            before->value = read.value(0).toInt();
            before->setAt = dateTimeFrom(read.value(1));
            before->publishedAt = dateTimeFrom(read.value(2));
            before->deferred = read.value(3).toBool();
            before->deferralReason = read.value(4).toString();
            before->deferredUntil = dateFrom(read.value(5));
        }
        read.finish();
        q.addBindValue(g.studentId);
        q.addBindValue(g.assignmentId);
        q.addBindValue(g.value);
        q.addBindValue(g.setAt.isValid() ? QVariant(dateTimeText(g.setAt)) : noText);
        q.addBindValue(g.publishedAt.isValid() ? QVariant(dateTimeText(g.publishedAt)) : noText);
        q.addBindValue(g.deferred ? 1 : 0);
        q.addBindValue(text(g.deferralReason));
        q.addBindValue(dateValue(g.deferredUntil));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        if (!enqueueGrade(db, before, g, error))
            return false;
    }
    return true;
}

bool DiaryRepository::saveParentConsent(QSqlDatabase &db, const ParentConsent &consent, QString *error)
{
    const Parent &p = consent.parent;
    QSqlQuery q(db);
    const auto fail = [&q, error] {
        if (error)
            *error = q.lastError().text();
        return false;
    };
    // What the cache held: SGO is told of the contacts and of the answer only when they changed.
    if (!q.prepare(
            QStringLiteral("SELECT p.phone, p.email, p.contact_source, p.consent, p.consent_date, f.form"
                           " FROM parents p LEFT JOIN parent_consent_forms f ON f.parent_id = p.id"
                           " WHERE p.id = ?")))
        return fail();
    q.addBindValue(p.id);
    if (!q.exec())
        return fail();
    if (!q.next()) {
        if (error)
            *error = QStringLiteral("parent %1 is not in the cache").arg(p.id);
        return false;
    }
    const Parent::ContactSource sourceBefore = StoreCodes::contactSource(q.value(2).toInt());
    const Parent::Consent consentBefore = StoreCodes::consent(q.value(3).toInt());
    // As loadGroup reads it: an answer without a registered form came as the contacts did.
    const Parent::ContactSource formBefore =
        !q.value(5).isNull()                         ? StoreCodes::contactSource(q.value(5).toInt())
        : consentBefore != Parent::Consent::NotAsked ? sourceBefore
                                                     : Parent::ContactSource::Unknown;
    const bool newContacts = q.value(0).toString() != text(p.phone) ||
                             q.value(1).toString() != text(p.email) || sourceBefore != p.contactSource;
    const bool newConsent = consentBefore != p.consent || dateFrom(q.value(4)) != p.consentDate ||
                            formBefore != consent.consentForm;
    q.finish();
    if (!q.prepare(QStringLiteral("UPDATE parents SET phone = ?, email = ?, contact_source = ?, consent = ?,"
                                  " consent_date = ? WHERE id = ?")))
        return fail();
    q.addBindValue(text(p.phone));
    q.addBindValue(text(p.email));
    q.addBindValue(StoreCodes::code(p.contactSource));
    q.addBindValue(StoreCodes::code(p.consent));
    q.addBindValue(dateValue(p.consentDate));
    q.addBindValue(p.id);
    if (!q.exec())
        return fail();
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("parent %1 is not in the cache").arg(p.id);
        return false;
    }
    if (consent.consentForm == Parent::ContactSource::Unknown) {
        if (!q.prepare(QStringLiteral("DELETE FROM parent_consent_forms WHERE parent_id = ?")))
            return fail();
        q.addBindValue(p.id);
    } else {
        if (!q.prepare(QStringLiteral("INSERT INTO parent_consent_forms (parent_id, form) VALUES (?, ?)"
                                      " ON CONFLICT (parent_id) DO UPDATE SET form = excluded.form")))
            return fail();
        q.addBindValue(p.id);
        q.addBindValue(StoreCodes::code(consent.consentForm));
    }
    if (!q.exec())
        return fail();
    // SGO needs only a parent's latest contacts and answer: a newer one replaces one still waiting.
    if (newContacts &&
        (!withdrawParentChanges(db, Kind::Contact, p.id, error) ||
         !enqueue(db, Kind::Contact, 0, 0,
                  SgoAdminCalls::contactPayload(p.id, text(p.phone), text(p.email), p.contactSource), error)))
        return false;
    return !newConsent ||
           (withdrawParentChanges(db, Kind::Consent, p.id, error) &&
            enqueue(db, Kind::Consent, 0, 0,
                    SgoAdminCalls::consentPayload(p.id, p.consent, p.consentDate, consent.consentForm),
                    error));
}
