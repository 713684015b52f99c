#include "store/collegerows.h"

#include "store/diaryrepository.h"
#include "store/storecodes.h"

#include <QDate>
#include <QStringList>

namespace CollegeRows {

namespace {

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

// A null QString binds as NULL; text columns are NOT NULL with '' for "none" so that queries need no
// COALESCE.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// 0 means "none" in the domain types; the cache says NULL so that foreign keys hold.
QVariant reference(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

void bindName(Binder &q, int first, const PersonName &name)
{
    q.bindValue(first, text(name.last));
    q.bindValue(first + 1, text(name.first));
    q.bindValue(first + 2, text(name.middle));
}

} // namespace

const char OrganisationSql[] = "INSERT INTO organisation"
                               " (id, name, short_name, city, vk_community_id, semester_title, year_start, year_end)"
                               " VALUES (1, ?, ?, ?, ?, ?, ?, ?)";
void bindOrganisation(Binder &q, const Organisation &o)
{
    q.bindValue(0, text(o.name));
    q.bindValue(1, text(o.shortName));
    q.bindValue(2, text(o.city));
    q.bindValue(3, text(o.vkCommunityId));
    q.bindValue(4, text(o.semesterTitle));
    q.bindValue(5, date(o.yearStart));
    q.bindValue(6, date(o.yearEnd));
}

const char StaffSql[] =
    "INSERT INTO staff (id, last_name, first_name, middle_name, roles, rights, login, phone)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
void bindStaff(Binder &q, const StaffMember &s)
{
    q.bindValue(0, s.id);
    bindName(q, 1, s.name);
    q.bindValue(4, s.roles.toInt());
    q.bindValue(5, s.rights.toInt());
    q.bindValue(6, text(s.login));
    q.bindValue(7, text(s.phone));
}

const char GroupSql[] = "INSERT INTO groups (id, name, course, curator_id, specialty, created)"
                        " VALUES (?, ?, ?, ?, ?, ?)";
void bindGroup(Binder &q, const Group &g)
{
    q.bindValue(0, g.id);
    q.bindValue(1, text(g.name));
    q.bindValue(2, g.course);
    q.bindValue(3, reference(g.curatorId));
    q.bindValue(4, text(g.specialty));
    q.bindValue(5, date(g.created));
}

const char StudentSql[] =
    "INSERT INTO students (id, last_name, first_name, middle_name, group_id, birth_date,"
    " unti_id, login, entry, home_organisation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
void bindStudent(Binder &q, const Student &s)
{
    q.bindValue(0, s.id);
    bindName(q, 1, s.name);
    q.bindValue(4, reference(s.groupId));
    q.bindValue(5, date(s.birthDate));
    q.bindValue(6, text(s.untiId));
    q.bindValue(7, text(s.login));
    q.bindValue(8, StoreCodes::code(s.entry));
    q.bindValue(9, text(s.homeOrganisation));
}

const char OrderSql[] = "INSERT INTO enrolment_orders (id, student_id, group_id, kind, date, number,"
                        " cancels_order_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
void bindOrder(Binder &q, const EnrolmentOrder &o)
{
    q.bindValue(0, o.id);
    q.bindValue(1, o.studentId);
    q.bindValue(2, reference(o.groupId));
    q.bindValue(3, StoreCodes::code(o.kind));
    q.bindValue(4, date(o.date));
    q.bindValue(5, text(o.number));
    q.bindValue(6, reference(o.cancelsOrderId));
}

const char ParentSql[] =
    "INSERT INTO parents (id, last_name, first_name, middle_name, phone, email, login, entry,"
    " home_organisation, contact_source, consent, consent_date)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
void bindParent(Binder &q, const Parent &p)
{
    q.bindValue(0, p.id);
    bindName(q, 1, p.name);
    q.bindValue(4, text(p.phone));
    q.bindValue(5, text(p.email));
    q.bindValue(6, text(p.login));
    q.bindValue(7, StoreCodes::code(p.entry));
    q.bindValue(8, text(p.homeOrganisation));
    q.bindValue(9, StoreCodes::code(p.contactSource));
    q.bindValue(10, StoreCodes::code(p.consent));
    q.bindValue(11, date(p.consentDate));
}

const char ParentLinkSql[] = "INSERT INTO parent_links (student_id, parent_id, relation) VALUES (?, ?, ?)";
void bindParentLink(Binder &q, const ParentLink &l)
{
    q.bindValue(0, l.studentId);
    q.bindValue(1, l.parentId);
    q.bindValue(2, text(l.relation));
}

const char SubjectSql[] = "INSERT INTO subjects (id, name, cycle) VALUES (?, ?, ?)";
void bindSubject(Binder &q, const Subject &s)
{
    q.bindValue(0, s.id);
    q.bindValue(1, text(s.name));
    q.bindValue(2, text(s.cycle));
}

const char AssignmentSql[] =
    "INSERT INTO teaching_assignments (id, teacher_id, group_id, subject_id, planned_hours)"
    " VALUES (?, ?, ?, ?, ?)";
void bindAssignment(Binder &q, const TeachingAssignment &a)
{
    q.bindValue(0, a.id);
    q.bindValue(1, a.teacherId);
    q.bindValue(2, a.groupId);
    q.bindValue(3, a.subjectId);
    q.bindValue(4, a.plannedHours);
}

const char LessonSql[] = "INSERT INTO lessons (id, assignment_id, date, academic_hours, type, topic,"
                         " topic_from_plan, homework) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
void bindLesson(Binder &q, const Lesson &l)
{
    q.bindValue(0, l.id);
    q.bindValue(1, l.assignmentId);
    q.bindValue(2, date(l.date));
    q.bindValue(3, l.academicHours);
    q.bindValue(4, StoreCodes::code(l.type));
    q.bindValue(5, text(l.topic));
    q.bindValue(6, int(l.topicFromPlan));
    q.bindValue(7, text(l.homework));
}

const char MarkSql[] = "INSERT INTO marks (lesson_id, student_id, value, absent) VALUES (?, ?, ?, ?)";
void bindMark(Binder &q, const Mark &m)
{
    q.bindValue(0, m.lessonId);
    q.bindValue(1, m.studentId);
    q.bindValue(2, m.value);
    q.bindValue(3, int(m.absent));
}

const char FinalGradeSql[] = "INSERT INTO final_grades (student_id, assignment_id, value, set_at, published_at,"
                             " deferred, deferral_reason, deferred_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
void bindFinalGrade(Binder &q, const FinalGrade &g)
{
    const auto moment = [](const QDateTime &at) {
        return at.isValid() ? QVariant(DiaryRepository::dateTimeText(at)) : QVariant();
    };
    q.bindValue(0, g.studentId);
    q.bindValue(1, g.assignmentId);
    q.bindValue(2, g.value);
    q.bindValue(3, moment(g.setAt));
    q.bindValue(4, moment(g.publishedAt));
    q.bindValue(5, int(g.deferred));
    q.bindValue(6, text(g.deferralReason));
    q.bindValue(7, date(g.deferredUntil));
}

const char ProgramSql[] = "INSERT INTO programs (id, title, flow_id) VALUES (?, ?, ?)";
void bindProgram(Binder &q, const Program &p)
{
    q.bindValue(0, p.id);
    q.bindValue(1, text(p.title));
    q.bindValue(2, text(p.flowId));
}

const char BlockSql[] =
    "INSERT INTO program_blocks (id, program_id, title, kind, number, requires_final_documents)"
    " VALUES (?, ?, ?, ?, ?, ?)";
void bindBlock(Binder &q, const ProgramBlock &b)
{
    q.bindValue(0, b.id);
    q.bindValue(1, b.programId);
    q.bindValue(2, text(b.title));
    q.bindValue(3, StoreCodes::code(b.kind));
    q.bindValue(4, b.number);
    q.bindValue(5, int(b.requiresFinalDocuments));
}

const char ActivitySql[] =
    "INSERT INTO activities (id, block_id, group_id, title, type, position, attestation,"
    " block_attestation, external_webinar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
void bindActivity(Binder &q, const Activity &a)
{
    q.bindValue(0, a.id);
    q.bindValue(1, a.blockId);
    q.bindValue(2, reference(a.groupId));
    q.bindValue(3, text(a.title));
    q.bindValue(4, StoreCodes::code(a.type));
    q.bindValue(5, a.position);
    q.bindValue(6, int(a.attestation));
    q.bindValue(7, int(a.blockAttestation));
    q.bindValue(8, int(a.externalWebinar));
}

int valuesPerRow(const char *insertSql)
{
    const QString insert = QString::fromLatin1(insertSql);
    return int(insert.mid(insert.indexOf(QLatin1String(" VALUES ")) + 8).count(QLatin1Char('?')));
}

QString upsertSql(const char *insertSql, const char *key, int rows)
{
    // "INSERT INTO t (a, b, c) VALUES (…)" + " ON CONFLICT (a) DO UPDATE SET b = excluded.b, c = excluded.c":
    // a row that is there is updated in place, so that nothing referring to it cascades away (INSERT OR
    // REPLACE would delete it first).
    const QString insert = QString::fromLatin1(insertSql);
    const qsizetype open = insert.indexOf(QLatin1Char('('));
    const qsizetype close = insert.indexOf(QLatin1Char(')'), open);
    const QStringList columns = insert.mid(open + 1, close - open - 1).split(QLatin1Char(','));
    const QStringList keys = QString::fromLatin1(key).split(QLatin1Char(','));
    QStringList keyColumns;
    for (const QString &column : keys)
        keyColumns << column.trimmed();
    QStringList sets;
    for (const QString &column : columns) {
        const QString name = column.trimmed();
        if (!keyColumns.contains(name))
            sets << QStringLiteral("%1 = excluded.%1").arg(name);
    }
    QString statement = insert;
    if (rows > 1) {
        const QString row = insert.mid(insert.indexOf(QLatin1String(" VALUES ")) + 8);
        statement.reserve(insert.size() + (rows - 1) * (row.size() + 1));
        for (int r = 1; r < rows; ++r)
            statement += QLatin1Char(',') + row;
    }
    return statement + QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
                           .arg(keyColumns.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")));
}

} // namespace CollegeRows
