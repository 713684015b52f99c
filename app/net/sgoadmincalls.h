#pragma once

#include "net/netresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

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

NetResult<PeoplePage> parsePeoplePage(const QByteArray &body);
NetResult<Person> parsePerson(const QByteArray &body);
NetResult<QList<Person>> parsePeople(const QByteArray &body);

} // namespace SgoAdminCalls
