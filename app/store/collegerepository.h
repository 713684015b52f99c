#pragma once

#include "college/group.h"
#include "college/organisation.h"
#include "college/role.h"
#include "college/staffmember.h"
#include "college/student.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Read side of the cache for the GUI thread: small indexed queries on this thread's own read-only
// connection (WAL lets them run while the store thread writes). Big tables page through item models instead.
class CollegeRepository
{
public:
    explicit CollegeRepository(const QString &cacheFilePath);
    ~CollegeRepository();
    CollegeRepository(const CollegeRepository &) = delete;
    CollegeRepository &operator=(const CollegeRepository &) = delete;

    bool isOpen() const;
    // The read-only connection, for item models that page through big tables on the GUI thread.
    QSqlDatabase database() const;

    Organisation organisation() const;
    // The first staff member holding the role (lowest id): the demo sign-in offers one per role.
    std::optional<StaffMember> firstStaffWithRole(Role role) const;
    std::optional<StaffMember> staffMember(qint64 id) const;
    QList<StaffMember> staffWithRole(Role role) const; // ordered by name
    QList<Group> groups() const;                       // ordered by course, then name
    std::optional<Group> group(qint64 id) const;
    QList<Group> groupsOfCurator(qint64 staffId) const; // ordered by course, then name
    int studentCount() const;
    // Students per group id (groups without students are absent): the group list's counts in one query.
    QHash<qint64, int> studentCountsByGroup() const;
    QList<Student> studentsOfGroup(qint64 groupId) const; // ordered by name

private:
    QString m_connectionName;
};
