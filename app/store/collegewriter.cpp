#include "store/collegewriter.h"

#include "store/storecodes.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace {

const auto CompleteKey = QLatin1String("college_complete");

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

// One function per row kind: the columns of its INSERT, in order.
using Binder = CollegeWriter::RowBinder;

void bindName(Binder &q, int first, const PersonName &name)
{
    q.bindValue(first, text(name.last));
    q.bindValue(first + 1, text(name.first));
    q.bindValue(first + 2, text(name.middle));
}

const char OrganisationSql[] = "INSERT INTO organisation"
                               " (id, name, short_name, city, vk_community_id, semester_title)"
                               " VALUES (1, ?, ?, ?, ?, ?)";
void bindOrganisation(Binder &q, const Organisation &o)
{
    q.bindValue(0, text(o.name));
    q.bindValue(1, text(o.shortName));
    q.bindValue(2, text(o.city));
    q.bindValue(3, text(o.vkCommunityId));
    q.bindValue(4, text(o.semesterTitle));
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

bool CollegeWriter::markComplete()
{
    QSqlQuery marker(m_db);
    marker.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"));
    marker.addBindValue(CompleteKey);
    return marker.exec() || fail(marker.lastError().text());
}
