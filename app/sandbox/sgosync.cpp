#include "sgosync.h"

#include "sandboxids.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sgopeople.h"

#include "college/collegedata.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>

using SandboxIds::PersonKind;
using SandboxIds::sgoUserId;

namespace {

constexpr int DefaultPageSize = 500;
constexpr int MaxPageSize = 2000;

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString orderKindName(EnrolmentOrder::Kind kind)
{
    switch (kind) {
    case EnrolmentOrder::Kind::Enrolment:
        return QStringLiteral("enrolment");
    case EnrolmentOrder::Kind::Withdrawal:
        return QStringLiteral("withdrawal");
    case EnrolmentOrder::Kind::CancelEnrolment:
        return QStringLiteral("cancelEnrolment");
    case EnrolmentOrder::Kind::CancelWithdrawal:
        return QStringLiteral("cancelWithdrawal");
    }
    return {};
}

QString lessonTypeName(LessonType type)
{
    switch (type) {
    case LessonType::Lecture:
        return QStringLiteral("lecture");
    case LessonType::Practice:
        return QStringLiteral("practice");
    case LessonType::Laboratory:
        return QStringLiteral("laboratory");
    case LessonType::Seminar:
        return QStringLiteral("seminar");
    case LessonType::Test:
        return QStringLiteral("test");
    }
    return {};
}

QString contactSourceName(Parent::ContactSource source)
{
    switch (source) {
    case Parent::ContactSource::Unknown:
        return QStringLiteral("unknown");
    case Parent::ContactSource::InWriting:
        return QStringLiteral("inWriting");
    case Parent::ContactSource::Electronic:
        return QStringLiteral("electronic");
    }
    return {};
}

QString consentName(Parent::Consent consent)
{
    switch (consent) {
    case Parent::Consent::NotAsked:
        return QStringLiteral("notAsked");
    case Parent::Consent::Given:
        return QStringLiteral("given");
    case Parent::Consent::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString blockKindName(ProgramBlock::Kind kind)
{
    switch (kind) {
    case ProgramBlock::Kind::Theoretical:
        return QStringLiteral("theoretical");
    case ProgramBlock::Kind::Practical:
        return QStringLiteral("practical");
    case ProgramBlock::Kind::FinalAttestation:
        return QStringLiteral("finalAttestation");
    }
    return {};
}

QString activityTypeName(ActivityType type)
{
    switch (type) {
    case ActivityType::Lecture:
        return QStringLiteral("lecture");
    case ActivityType::Test:
        return QStringLiteral("test");
    case ActivityType::Assignment:
        return QStringLiteral("assignment");
    case ActivityType::IndependentWork:
        return QStringLiteral("independentWork");
    case ActivityType::Video:
        return QStringLiteral("video");
    case ActivityType::Presentation:
        return QStringLiteral("presentation");
    case ActivityType::Webinar:
        return QStringLiteral("webinar");
    }
    return {};
}

void putName(QJsonObject &json, const PersonName &name)
{
    json.insert(QStringLiteral("lastName"), name.last);
    json.insert(QStringLiteral("firstName"), name.first);
    json.insert(QStringLiteral("middleName"), name.middle);
}

qint64 staffId(qint64 id)
{
    return id > 0 ? sgoUserId(PersonKind::Staff, id) : 0;
}

qint64 studentId(qint64 id)
{
    return sgoUserId(PersonKind::Student, id);
}

// A student's and an order's rows; the people in them are numbered as SGO numbers them.
QJsonObject studentRow(const Student &student)
{
    QJsonObject json{{QStringLiteral("id"), studentId(student.id)},
                     {QStringLiteral("groupId"), student.groupId},
                     {QStringLiteral("birthDate"), isoDate(student.birthDate)},
                     {QStringLiteral("untiId"), student.untiId},
                     {QStringLiteral("login"), student.login},
                     {QStringLiteral("entry"), SgoPeople::entryName(student.entry)},
                     {QStringLiteral("homeOrganisation"), student.homeOrganisation}};
    putName(json, student.name);
    return json;
}

QJsonObject orderRow(const EnrolmentOrder &order)
{
    QJsonObject json{{QStringLiteral("id"), order.id},
                     {QStringLiteral("studentId"), studentId(order.studentId)},
                     {QStringLiteral("groupId"), order.groupId},
                     {QStringLiteral("kind"), orderKindName(order.kind)},
                     {QStringLiteral("date"), isoDate(order.date)},
                     {QStringLiteral("number"), order.number}};
    if (order.cancelsOrderId > 0)
        json.insert(QStringLiteral("cancelsOrderId"), order.cancelsOrderId);
    return json;
}

SandboxReply refused(const QString &text)
{
    return SandboxReply::message(400, text);
}

} // namespace

QJsonArray SgoSync::roleIds(Roles roles)
{
    QJsonArray ids;
    if (roles.testFlag(Role::Admin))
        ids.append(1);
    if (roles.testFlag(Role::SubjectTeacher))
        ids.append(3);
    if (roles.testFlag(Role::Curator))
        ids.append(100);
    return ids;
}

SgoSync::SgoSync(const CollegeData &college, qint64 schoolId)
{
    // Every kind has its table from the start, so that a kind the college has no rows of is served empty.
    for (const char *kind :
         {"organisation", "groups", "students", "orders", "parents", "parentLinks", "staff", "subjects",
          "assignments", "lessons", "marks", "programs", "programBlocks", "activities", "finalGrades"})
        m_tables.insert(QLatin1String(kind), Table{});
    for (const QString &kind : {QStringLiteral("parentLinks"), QStringLiteral("marks"), QStringLiteral("finalGrades")})
        m_tables[kind].pairKeyed = true;

    const Organisation &organisation = college.organisation;
    // The college's own academic year, else the one today is in.
    const QDate today = QDate::currentDate();
    const int start = organisation.yearStart.isValid() ? organisation.yearStart.year()
                      : today.month() >= 9         ? today.year()
                                                   : today.year() - 1;
    const QDate yearStart = organisation.yearStart.isValid() ? organisation.yearStart : QDate(start, 9, 1);
    const QDate yearEnd = organisation.yearEnd.isValid() ? organisation.yearEnd : QDate(start + 1, 8, 31);
    put(QStringLiteral("organisation"), {schoolId, 0},
        QJsonObject{{QStringLiteral("id"), schoolId},
                    {QStringLiteral("name"), organisation.name},
                    {QStringLiteral("shortName"), organisation.shortName},
                    {QStringLiteral("city"), organisation.city},
                    {QStringLiteral("vkCommunityId"), organisation.vkCommunityId},
                    {QStringLiteral("semesterTitle"), organisation.semesterTitle},
                    {QStringLiteral("year"),
                     QJsonObject{{QStringLiteral("id"), start},
                                 {QStringLiteral("start"), isoDate(yearStart)},
                                 {QStringLiteral("end"), isoDate(yearEnd)}}}});
    for (const Group &group : college.groups)
        put(QStringLiteral("groups"), {group.id, 0},
            QJsonObject{{QStringLiteral("id"), group.id},
                        {QStringLiteral("name"), group.name},
                        {QStringLiteral("course"), group.course},
                        {QStringLiteral("curatorId"), staffId(group.curatorId)},
                        {QStringLiteral("specialty"), group.specialty},
                        {QStringLiteral("created"), isoDate(group.created)}});
    for (const Student &student : college.students)
        put(QStringLiteral("students"), {studentId(student.id), 0}, studentRow(student));
    for (const EnrolmentOrder &order : college.orders)
        put(QStringLiteral("orders"), {order.id, 0}, orderRow(order));
    for (const Parent &parent : college.parents) {
        const qint64 id = sgoUserId(PersonKind::Parent, parent.id);
        QJsonObject json{{QStringLiteral("id"), id},
                         {QStringLiteral("phone"), parent.phone},
                         {QStringLiteral("email"), parent.email},
                         {QStringLiteral("login"), parent.login},
                         {QStringLiteral("entry"), SgoPeople::entryName(parent.entry)},
                         {QStringLiteral("homeOrganisation"), parent.homeOrganisation},
                         {QStringLiteral("contactSource"), contactSourceName(parent.contactSource)},
                         {QStringLiteral("consent"), consentName(parent.consent)},
                         {QStringLiteral("consentDate"), isoDate(parent.consentDate)}};
        putName(json, parent.name);
        put(QStringLiteral("parents"), {id, 0}, json);
    }
    for (const ParentLink &link : college.parentLinks) {
        const Key key{sgoUserId(PersonKind::Parent, link.parentId), studentId(link.studentId)};
        put(QStringLiteral("parentLinks"), key,
            QJsonObject{{QStringLiteral("parentId"), key.first},
                        {QStringLiteral("studentId"), key.second},
                        {QStringLiteral("relation"), link.relation}});
    }
    for (const StaffMember &member : college.staff) {
        QJsonArray rights;
        if (member.hasRight(Right::ManageChats))
            rights.append(QStringLiteral("manageChats"));
        QJsonObject json{{QStringLiteral("id"), staffId(member.id)},
                         {QStringLiteral("login"), member.login},
                         {QStringLiteral("phone"), member.phone},
                         {QStringLiteral("roles"), roleIds(member.roles)},
                         {QStringLiteral("rights"), rights}};
        putName(json, member.name);
        put(QStringLiteral("staff"), {staffId(member.id), 0}, json);
    }
    for (const Subject &subject : college.subjects)
        put(QStringLiteral("subjects"), {subject.id, 0},
            QJsonObject{{QStringLiteral("id"), subject.id},
                        {QStringLiteral("name"), subject.name},
                        {QStringLiteral("cycle"), subject.cycle}});
    for (const TeachingAssignment &assignment : college.assignments)
        put(QStringLiteral("assignments"), {assignment.id, 0},
            QJsonObject{{QStringLiteral("id"), assignment.id},
                        {QStringLiteral("teacherId"), staffId(assignment.teacherId)},
                        {QStringLiteral("groupId"), assignment.groupId},
                        {QStringLiteral("subjectId"), assignment.subjectId},
                        {QStringLiteral("plannedHours"), assignment.plannedHours}});
    for (const Lesson &lesson : college.lessons)
        put(QStringLiteral("lessons"), {lesson.id, 0},
            QJsonObject{{QStringLiteral("id"), lesson.id},
                        {QStringLiteral("assignmentId"), lesson.assignmentId},
                        {QStringLiteral("date"), isoDate(lesson.date)},
                        {QStringLiteral("academicHours"), lesson.academicHours},
                        {QStringLiteral("type"), lessonTypeName(lesson.type)},
                        {QStringLiteral("topic"), lesson.topic},
                        {QStringLiteral("topicFromPlan"), lesson.topicFromPlan},
                        {QStringLiteral("homework"), lesson.homework}});
    for (const Mark &mark : college.marks) {
        const Key key{mark.lessonId, studentId(mark.studentId)};
        put(QStringLiteral("marks"), key,
            QJsonObject{{QStringLiteral("lessonId"), key.first},
                        {QStringLiteral("studentId"), key.second},
                        {QStringLiteral("value"), mark.value},
                        {QStringLiteral("absent"), mark.absent}});
    }
    putLms(college);
}

// The LMS rows the ЦС rules read. Groups keep their ids (they are not people), so an activity's groupId is
// the group's own.
void SgoSync::putLms(const CollegeData &college)
{
    for (const Program &program : college.programs)
        put(QStringLiteral("programs"), {program.id, 0},
            QJsonObject{{QStringLiteral("id"), program.id},
                        {QStringLiteral("title"), program.title},
                        {QStringLiteral("flowId"), program.flowId}});
    for (const ProgramBlock &block : college.blocks)
        put(QStringLiteral("programBlocks"), {block.id, 0},
            QJsonObject{{QStringLiteral("id"), block.id},
                        {QStringLiteral("programId"), block.programId},
                        {QStringLiteral("title"), block.title},
                        {QStringLiteral("kind"), blockKindName(block.kind)},
                        {QStringLiteral("number"), block.number},
                        {QStringLiteral("requiresFinalDocuments"), block.requiresFinalDocuments}});
    for (const Activity &activity : college.activities)
        put(QStringLiteral("activities"), {activity.id, 0},
            QJsonObject{{QStringLiteral("id"), activity.id},
                        {QStringLiteral("blockId"), activity.blockId},
                        {QStringLiteral("groupId"), activity.groupId},
                        {QStringLiteral("title"), activity.title},
                        {QStringLiteral("type"), activityTypeName(activity.type)},
                        {QStringLiteral("position"), activity.position},
                        {QStringLiteral("attestation"), activity.attestation},
                        {QStringLiteral("blockAttestation"), activity.blockAttestation},
                        {QStringLiteral("externalWebinar"), activity.externalWebinar}});
}

void SgoSync::put(const QString &kind, const Key &key, const QJsonObject &json)
{
    m_selections.clear();
    Table &table = m_tables[kind];
    table.tombstones.remove(key);
    table.rows.insert(key, Row{json, m_counter});
}

void SgoSync::remove(const QString &kind, const Key &key)
{
    m_selections.clear();
    Table &table = m_tables[kind];
    if (table.rows.remove(key) > 0)
        table.tombstones.insert(key, m_counter);
}

bool SgoSync::setMark(qint64 lessonId, qint64 sgoStudentId, int value, bool absent)
{
    if (!m_tables.value(QStringLiteral("lessons")).rows.contains({lessonId, 0}) ||
        !m_tables.value(QStringLiteral("students")).rows.contains({sgoStudentId, 0}) ||
        (value != 0 && (value < 2 || value > 5)))
        return false;
    ++m_counter;
    const Key key{lessonId, sgoStudentId};
    if (value == 0 && !absent)
        remove(QStringLiteral("marks"), key);
    else
        put(QStringLiteral("marks"), key,
            QJsonObject{{QStringLiteral("lessonId"), lessonId},
                        {QStringLiteral("studentId"), sgoStudentId},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("absent"), absent}});
    return true;
}

bool SgoSync::deleteLesson(qint64 lessonId)
{
    if (!m_tables.value(QStringLiteral("lessons")).rows.contains({lessonId, 0}))
        return false;
    ++m_counter;
    remove(QStringLiteral("lessons"), {lessonId, 0});
    QList<Key> marks;
    const Table &table = m_tables[QStringLiteral("marks")];
    for (auto it = table.rows.lowerBound({lessonId, 0});
         it != table.rows.cend() && it.key().first == lessonId; ++it)
        marks.append(it.key());
    for (const Key &key : std::as_const(marks))
        remove(QStringLiteral("marks"), key);
    return true;
}

void SgoSync::putFinalGrade(const QJsonObject &grade)
{
    ++m_counter;
    put(QStringLiteral("finalGrades"),
        {grade.value(QStringLiteral("studentId")).toInteger(), grade.value(QStringLiteral("assignmentId")).toInteger()},
        grade);
}

bool SgoSync::changeParent(qint64 sgoParentId, const QJsonObject &fields)
{
    QJsonObject json = row(QStringLiteral("parents"), sgoParentId);
    if (json.isEmpty())
        return false;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (json.contains(it.key()))
            json.insert(it.key(), it.value());
    }
    ++m_counter;
    put(QStringLiteral("parents"), {sgoParentId, 0}, json);
    return true;
}

QJsonObject SgoSync::row(const QString &kind, qint64 id) const
{
    return m_tables.value(kind).rows.value({id, 0}).json;
}

qint64 SgoSync::nextId(const QString &kind) const
{
    // Past every id the kind has had, deleted ones included, as a database sequence would be.
    const Table &table = *m_tables.constFind(kind);
    qint64 last = 0;
    if (!table.rows.isEmpty())
        last = table.rows.lastKey().first;
    if (!table.tombstones.isEmpty())
        last = std::max(last, table.tombstones.lastKey().first);
    return last + 1;
}

std::optional<SgoSync::NewOrder> SgoSync::enrol(Student student, const QDate &date, const QString &number,
                                                Refusal *refusal)
{
    const auto refuse = [refusal](int status, const QString &message) {
        if (refusal)
            *refusal = Refusal{status, message};
        return std::nullopt;
    };
    if (row(QStringLiteral("groups"), student.groupId).isEmpty())
        return refuse(404, QStringLiteral("Группа %1 не найдена").arg(student.groupId));
    if (student.name.last.trimmed().isEmpty() || student.name.first.trimmed().isEmpty())
        return refuse(400, QStringLiteral("У ученика нет фамилии или имени"));
    if (!date.isValid())
        return refuse(400, QStringLiteral("Нет даты приказа"));
    // The local id whose SGO number is the next free one.
    student.id = std::max(nextId(QStringLiteral("students")), studentId(1)) - studentId(0);
    const EnrolmentOrder order{nextId(QStringLiteral("orders")),
                               student.id,
                               student.groupId,
                               EnrolmentOrder::Kind::Enrolment,
                               date,
                               number,
                               0};
    ++m_counter;
    put(QStringLiteral("students"), {studentId(student.id), 0}, studentRow(student));
    put(QStringLiteral("orders"), {order.id, 0}, orderRow(order));
    return NewOrder{order.id, studentId(student.id)};
}

std::optional<SgoSync::NewOrder> SgoSync::withdraw(qint64 sgoStudentId, const QDate &date,
                                                   const QString &number, Refusal *refusal)
{
    const QJsonObject student = row(QStringLiteral("students"), sgoStudentId);
    if (student.isEmpty() || !date.isValid()) {
        if (refusal)
            *refusal = student.isEmpty()
                           ? Refusal{404, QStringLiteral("Ученик %1 не найден").arg(sgoStudentId)}
                           : Refusal{400, QStringLiteral("Нет даты приказа")};
        return std::nullopt;
    }
    // From the group the student is in; the student's row stays (SGO keeps a withdrawn student's group).
    const EnrolmentOrder order{nextId(QStringLiteral("orders")),
                               sgoStudentId - studentId(0),
                               student.value(QStringLiteral("groupId")).toInteger(),
                               EnrolmentOrder::Kind::Withdrawal,
                               date,
                               number,
                               0};
    ++m_counter;
    put(QStringLiteral("orders"), {order.id, 0}, orderRow(order));
    return NewOrder{order.id, sgoStudentId};
}

SandboxReply SgoSync::serve(const QString &kind, const SandboxRequest &request) const
{
    const auto table = m_tables.constFind(kind);
    if (table == m_tables.cend())
        return SandboxReply::message(400, QStringLiteral("Неизвестный вид данных: %1").arg(kind));

    const auto number = [&request](const QString &name, qint64 fallback, bool *ok) {
        const QString text = request.parameter(name);
        if (text.isEmpty())
            return fallback;
        return text.toLongLong(ok);
    };
    bool sinceOk = true;
    bool untilOk = true;
    bool pageOk = true;
    bool sizeOk = true;
    const qint64 since = number(QStringLiteral("since"), 0, &sinceOk);
    const qint64 until = number(QStringLiteral("until"), m_counter, &untilOk);
    const qint64 page = number(QStringLiteral("page"), 1, &pageOk);
    const qint64 pageSize = number(QStringLiteral("pageSize"), DefaultPageSize, &sizeOk);
    if (!sinceOk || !untilOk || since < 0 || until < since || until > m_counter)
        return refused(QStringLiteral("Метка синхронизации не от этого сервера"));
    if (!pageOk || !sizeOk || pageSize < 1 || pageSize > MaxPageSize)
        return refused(QStringLiteral("Размер страницы от 1 до %1").arg(MaxPageSize));

    // Rows first, then tombstones; both by key. The matching rows of a (since, until) are kept until the
    // college changes: the pages of one pull ask for the same ones.
    Selection &selection = m_selections[kind];
    if (!selection.valid || selection.since != since || selection.until != until) {
        selection = Selection{true, since, until, {}, {}};
        for (const Row &row : table->rows) {
            if (row.changedAt > since && row.changedAt <= until)
                selection.rows.append(&row);
        }
        for (auto it = table->tombstones.cbegin(); since > 0 && it != table->tombstones.cend(); ++it) {
            if (it.value() > since && it.value() <= until)
                selection.deleted.append(it.key());
        }
    }
    const QList<const Row *> &rows = selection.rows;
    const QList<Key> &deleted = selection.deleted;
    const qint64 total = rows.size() + deleted.size();
    const qint64 pages = std::max<qint64>(1, (total + pageSize - 1) / pageSize);
    if (page < 1 || page > pages)
        return refused(QStringLiteral("Страница %1 вне диапазона 1..%2").arg(page).arg(pages));

    QJsonArray items;
    QJsonArray gone;
    const qint64 first = (page - 1) * pageSize;
    for (qint64 i = first; i < total && i < first + pageSize; ++i) {
        if (i < rows.size()) {
            items.append(rows.at(i)->json);
        } else {
            const Key &key = deleted.at(i - rows.size());
            if (table->pairKeyed)
                gone.append(QJsonArray{key.first, key.second});
            else
                gone.append(key.first);
        }
    }
    return SandboxReply::json(QJsonObject{{QStringLiteral("items"), items},
                                          {QStringLiteral("deleted"), gone},
                                          {QStringLiteral("page"), page},
                                          {QStringLiteral("pages"), pages},
                                          {QStringLiteral("since"), QString::number(until)}});
}
