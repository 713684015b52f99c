#pragma once

#include "group.h"
#include "organisation.h"
#include "role.h"
#include "staffmember.h"

#include <QList>
#include <QString>

#include <optional>

// Read side of the cache for the GUI thread: small indexed queries on this thread's own read-only
// connection (WAL lets them run while the store thread writes). Big tables page through item models instead.
class CollegeRepository
{
public:
    explicit CollegeRepository(const QString &cacheFilePath);
    ~CollegeRepository();

    Organisation organisation() const;
    // The first staff member holding the role (lowest id): the demo sign-in offers one per role.
    std::optional<StaffMember> firstStaffWithRole(Role role) const;
    std::optional<StaffMember> staffMember(qint64 id) const;
    QList<Group> groups() const; // ordered by course, then name
    int studentCount() const;

private:
    QString m_connectionName;
};
