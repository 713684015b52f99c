#pragma once

// Shared by tst_collegepullcrash and bench_collegepull: a ServiceHub signed in to a sandbox's SGO, one pull
// run to its end, and a cache file read table by table.

#include "demoservices.h"
#include "sandboxids.h"
#include "servicehub.h"
#include "storetesthelpers.h"
#include "store/cache.h"
#include "sync/collegepull.h"

#include "college/collegedata.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

namespace CollegePullKit {

// The generated college with its people numbered as SGO numbers them (SandboxIds): what the pull stores, so
// the reference cache CollegeWriter writes of it compares row for row.
inline CollegeData sgoNumbered(CollegeData college)
{
    const auto staff = [](qint64 id) {
        return id > 0 ? SandboxIds::sgoUserId(SandboxIds::PersonKind::Staff, id) : 0;
    };
    for (StaffMember &member : college.staff)
        member.id = staff(member.id);
    for (Group &group : college.groups)
        group.curatorId = staff(group.curatorId);
    for (Student &student : college.students)
        student.id = SandboxIds::sgoUserId(SandboxIds::PersonKind::Student, student.id);
    for (EnrolmentOrder &order : college.orders)
        order.studentId = SandboxIds::sgoUserId(SandboxIds::PersonKind::Student, order.studentId);
    for (Parent &parent : college.parents)
        parent.id = SandboxIds::sgoUserId(SandboxIds::PersonKind::Parent, parent.id);
    for (ParentLink &link : college.parentLinks) {
        link.parentId = SandboxIds::sgoUserId(SandboxIds::PersonKind::Parent, link.parentId);
        link.studentId = SandboxIds::sgoUserId(SandboxIds::PersonKind::Student, link.studentId);
    }
    for (TeachingAssignment &assignment : college.assignments)
        assignment.teacherId = staff(assignment.teacherId);
    for (Mark &mark : college.marks)
        mark.studentId = SandboxIds::sgoUserId(SandboxIds::PersonKind::Student, mark.studentId);
    // Activities name only their block and group, neither of them people: nothing to renumber.
    return college;
}

// The account SGO is read with: the college's first administrator with a login, as DemoServices signs in.
inline QString adminLogin(const CollegeData &college)
{
    for (const StaffMember &member : college.staff) {
        if (member.hasRole(Role::Admin) && !member.login.isEmpty())
            return member.login;
    }
    return {};
}

// Points the hub's SGO client at the sandbox (its public demo password in the session-only keychain) and
// waits until that is stored. False if it could not be.
inline bool configureSgo(ServiceHub &hub, const DemoSandbox::Services &services, const QString &account)
{
    hub.credentials().setSessionOnly(true);
    std::optional<bool> written;
    QObject context;
    hub.configureDemo(DemoServices::demoSetup(services, account), &context,
                      [&written](const CredentialStore::Error &error) { written = !error; });
    return QTest::qWaitFor([&written] { return written.has_value(); }, 10000) && *written;
}

// One start() of a pull to its finished(), in an event loop of its own (as the app runs one: no polling);
// onProgress hears every applied page. Empty if it did not finish within timeoutMs.
inline std::optional<CollegePull::Summary>
runPull(CollegePull &pull, int timeoutMs,
        const std::function<void(const QString &kind, int done, int total, qint64 rows)> &onProgress = {})
{
    std::optional<CollegePull::Summary> summary;
    QEventLoop loop;
    if (onProgress)
        QObject::connect(&pull, &CollegePull::progress, &loop, onProgress);
    QObject::connect(&pull, &CollegePull::finished, &loop,
                     [&summary, &loop](const CollegePull::Summary &result) {
                         summary = result;
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    pull.start();
    if (!summary)
        loop.exec();
    return summary;
}

// The tables of a cache file, by name.
inline QStringList tables(const QString &path)
{
    return StoreTest::Connection(path).names(QStringLiteral("table"));
}

inline QStringList columns(const StoreTest::Connection &connection, const QString &table)
{
    QStringList names;
    QSqlQuery query(connection.db());
    query.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    while (query.next())
        names << query.value(1).toString();
    return names;
}

// Every row of a table as text, sorted by every column, without the columns named in `except`; duplicate rows
// appear as often as they are stored.
inline QStringList dump(const QString &path, const QString &table, const QStringList &except = {})
{
    StoreTest::Connection connection(path);
    QStringList kept;
    for (const QString &column : columns(connection, table)) {
        if (!except.contains(column))
            kept << QLatin1Char('"') + column + QLatin1Char('"');
    }
    if (kept.isEmpty())
        return {};
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    const QString list = kept.join(QStringLiteral(", "));
    if (!query.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %1").arg(list, table)))
        return {QStringLiteral("cannot read %1").arg(table)};
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            values << (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

// Rows of a table stored more than once, every column alike.
inline qint64 duplicateRows(const QString &path, const QString &table)
{
    StoreTest::Connection connection(path);
    return connection.value(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toLongLong() -
           connection.value(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT * FROM \"%1\")").arg(table))
               .toLongLong();
}

inline qint64 rowCount(const QString &path, const QString &table)
{
    return StoreTest::Connection(path)
        .value(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))
        .toLongLong();
}

} // namespace CollegePullKit
