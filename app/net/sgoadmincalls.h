#pragma once

#include "net/netresult.h"

#include "college/enrolmentorder.h"
#include "college/group.h"
#include "college/organisation.h"
#include "college/parent.h"
#include "college/staffmember.h"
#include "college/student.h"
#include "college/subject.h"
#include "college/teachingassignment.h"
#include "diary/finalgrade.h"
#include "footprint/activity.h"
#include "footprint/programblock.h"
#include "journals/lesson.h"
#include "journals/mark.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// SGO administration calls. They are not public: spodesk-sandbox defines them in the SGO web API's style
// (app/sandbox/sgo-calls.md), and this file is the ONE place that knows their paths, bodies and replies, so
// that matching them to a real server's calls later touches nothing else.
// Paths are relative to the service base URL; every call carries the `at` header; errors are an HTTP status
// with {"message"} (SgoReplies::parseFailure).
namespace SgoAdminCalls {

enum class Role { Parent, Student };
enum class StatusFilter { All, Active };
// How the person's login came about (seed 002): issued by another organisation, or by this one.
enum class Entry { OtherOrganisation, QuickEntry, Import };

struct Person
{
    qint64 id = 0;
    Role role = Role::Student;
    QString lastName;
    QString firstName;
    QString middleName;
    QString login;
    Entry entry = Entry::QuickEntry;
    QString homeOrganisation;
    bool mustChangePassword = false;
    QString groupName;      // students
    QList<qint64> children; // a parent, from the one-person call
    QList<qint64> parents;  // a student, from the one-person call
};

struct PeoplePage
{
    QList<Person> items;
    qint64 total = 0;
};

// GET  webapi/users?role=parent|student&status=all|active&page=N&pageSize=M   (pages are 1-based)
QString peoplePath(Role role, StatusFilter status, int page, int pageSize);
// GET  webapi/users/{id}
QString personPath(qint64 id);
// POST webapi/users/{id}/password  {"newPassword","mustChangePassword"} → 204
QString passwordPath(qint64 id);
QByteArray passwordBody(const QString &newPassword, bool mustChangePassword);
// PUT  webapi/users/{id}/mustchangepassword  {"value"} → 204
QString mustChangePasswordPath(qint64 id);
QByteArray mustChangePasswordBody(bool value);
// GET  webapi/users/{parentId}/children → [Person]; POST same path {"studentId"} → 204 (409 already linked)
QString childrenPath(qint64 parentId);
QByteArray linkChildBody(qint64 studentId);
// DELETE webapi/users/{parentId}/children/{studentId} → 204
QString childLinkPath(qint64 parentId, qint64 studentId);

// The journal's edits (marks, absences, lessons, tasks), in the order they were made. Each carries its
// outbox id, so that sending it again after a lost reply is applied once.
// POST webapi/journal/changes  {"changes":[{"id","kind","assignmentId","lessonId","studentId","payload",
//                                          "madeAt"}]} → {"applied":[id…]}
QString journalChangesPath();
struct JournalChange
{
    qint64 id = 0;
    int kind = 0;
    qint64 assignmentId = 0;
    qint64 lessonId = 0;  // 0: none
    qint64 studentId = 0; // 0: none
    QByteArray payload;   // a JSON object
    QString madeAt;
};
QByteArray journalChangesBody(const QList<JournalChange> &changes);
NetResult<QList<qint64>> parseAppliedChanges(const QByteArray &body);

// The ЭД's changes go in the same call, kinds 9–13 of JournalStore::ChangeKind, each payload named after its
// data. A grade's change carries its journal (assignmentId) and studentId; a parent's change assignmentId 0
// and the parent in its payload. Date-times are local ISO ("2026-11-25T10:00:00"), dates YYYY-MM-DD, "" for
// none.
//   9  final grade:       {"value":0|2..5,"setAt"}; 0 no grade. A new result is unpublished.
//   10 deferral:          {"reason","until"}; the grade deferred for illness: no grade, unpublished.
//   11 summary published: {"publishedAt"}; the grade is shown in «Сводная ведомость» to students, parents.
//   12 consent:           {"parentId","consent":"notAsked|given|refused","consentDate",
//                          "consentForm":"unknown|inWriting|electronic"} (how the answer was given).
//   13 contact:           {"parentId","phone","email","contactSource":"unknown|inWriting|electronic"}.
// The payloads as the outbox keeps them (compact JSON objects):
QByteArray finalGradePayload(int value, const QDateTime &setAt);
QByteArray deferralPayload(const QString &reason, const QDate &until);
QByteArray summaryPublishedPayload(const QDateTime &publishedAt);
QByteArray consentPayload(qint64 parentId, Parent::Consent consent, const QDate &consentDate,
                          Parent::ContactSource consentForm);
QByteArray contactPayload(qint64 parentId, const QString &phone, const QString &email,
                          Parent::ContactSource contactSource);

NetResult<PeoplePage> parsePeoplePage(const QByteArray &body);
NetResult<Person> parsePerson(const QByteArray &body);
NetResult<QList<Person>> parsePeople(const QByteArray &body);

// ---- Reading the college (issue 14): who is signed in, then one paged delta call per kind of data ----

// SGO's role ids (webapi/references/roles) plus ours: «Куратор» has no SGO role of its own.
namespace SgoRoleId {
constexpr int Admin = 1;
constexpr int Deputy = 2; // «Завуч»
constexpr int Teacher = 3;
constexpr int Student = 4;
constexpr int Parent = 5;
constexpr int Secretary = 7;
constexpr int Curator = 100; // ours
} // namespace SgoRoleId

struct AcademicYear
{
    qint64 id = 0;
    QDate start;
    QDate end;
};

// GET webapi/context: the signed-in person, their organisation and the current academic year.
QString contextPath();
struct Context
{
    qint64 personId = 0;
    PersonName name;
    QString login;
    qint64 organisationId = 0;
    QString organisationName;
    AcademicYear year;
    QList<int> roleIds; // SgoRoleId, as sent (several possible)
    Roles roles;        // the ones the college knows: Admin 1, SubjectTeacher 3, Curator 100
    Rights rights;      // "manageChats"
};
NetResult<Context> parseContext(const QByteArray &body);

// The kinds of GET webapi/sync/{kind}. People's ids are SGO user ids everywhere (the same as webapi/users and
// webapi/context); the other kinds use their own ids.
enum class SyncKind {
    Organisation,
    Groups,
    Students,
    Orders,
    Parents,
    ParentLinks,
    Staff,
    Subjects,
    Assignments,
    Lessons,
    Marks,
    Programs, // the LMS programs, blocks and activities the ЦС rules read
    ProgramBlocks,
    Activities,
    FinalGrades, // the ЭД's final grades and deferrals, keyed (studentId, assignmentId)
};
QString syncKindName(SyncKind kind); // as in the path: "organisation", "parentLinks", …
std::optional<SyncKind> syncKindFromName(const QString &name);

// The organisation kind's one item.
struct SyncOrganisation
{
    qint64 id = 0;
    Organisation organisation;
    AcademicYear year;
};

// A row's key: its id, or for the two kinds without one the pair (parentLinks: parentId, studentId; marks:
// lessonId, studentId), sent as [first, second].
struct SyncKey
{
    qint64 id = 0;
    qint64 second = 0;
    bool operator==(const SyncKey &) const = default;
};

// One page of a pull. `since` is the token for the next pull of this kind (opaque to the client); pages 2..P
// of one pull pass it back as `until`, so that every page of the pull sees the same rows.
template<typename T> struct SyncPage
{
    QList<T> items;
    QList<SyncKey> deleted;
    int page = 1;
    int pages = 1;
    QString since;
};

// GET webapi/sync/{kind}?since=S&until=U&page=N&pageSize=M — since empty: everything; until empty: now (the
// first page; the reply's `since` is the `until` of the pages after it). Pages are 1-based.
QString syncPath(SyncKind kind, const QString &since, const QString &until, int page, int pageSize);

template<typename T> struct SyncKindOf;
template<> struct SyncKindOf<SyncOrganisation>
{
    static constexpr SyncKind kind = SyncKind::Organisation;
};
template<> struct SyncKindOf<Group>
{
    static constexpr SyncKind kind = SyncKind::Groups;
};
template<> struct SyncKindOf<Student>
{
    static constexpr SyncKind kind = SyncKind::Students;
};
template<> struct SyncKindOf<EnrolmentOrder>
{
    static constexpr SyncKind kind = SyncKind::Orders;
};
template<> struct SyncKindOf<Parent>
{
    static constexpr SyncKind kind = SyncKind::Parents;
};
template<> struct SyncKindOf<ParentLink>
{
    static constexpr SyncKind kind = SyncKind::ParentLinks;
};
template<> struct SyncKindOf<StaffMember>
{
    static constexpr SyncKind kind = SyncKind::Staff;
};
template<> struct SyncKindOf<Subject>
{
    static constexpr SyncKind kind = SyncKind::Subjects;
};
template<> struct SyncKindOf<TeachingAssignment>
{
    static constexpr SyncKind kind = SyncKind::Assignments;
};
template<> struct SyncKindOf<Lesson>
{
    static constexpr SyncKind kind = SyncKind::Lessons;
};
template<> struct SyncKindOf<Mark>
{
    static constexpr SyncKind kind = SyncKind::Marks;
};
template<> struct SyncKindOf<Program>
{
    static constexpr SyncKind kind = SyncKind::Programs;
};
template<> struct SyncKindOf<ProgramBlock>
{
    static constexpr SyncKind kind = SyncKind::ProgramBlocks;
};
template<> struct SyncKindOf<Activity>
{
    static constexpr SyncKind kind = SyncKind::Activities;
};
template<> struct SyncKindOf<FinalGrade>
{
    static constexpr SyncKind kind = SyncKind::FinalGrades;
};

// Refuses (malformed) a reply that does not parse, a row that does not, an item key or a deleted key twice in
// the page, a person without a last or first name, a page outside 1..pages, an empty `since`. Instantiated
// for every type of SyncKindOf.
template<typename T> NetResult<SyncPage<T>> parseSyncPage(const QByteArray &body);

} // namespace SgoAdminCalls
