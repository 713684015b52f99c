#include "store/collegerepository.h"

#include "store/sqlread.h"
#include "store/studentrow.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace {

Q_LOGGING_CATEGORY(lcRepository, "spodesk.cache.read")

const QLatin1String staffColumns("id, last_name, first_name, middle_name, roles, rights, login, phone");
const QLatin1String groupColumns("id, name, course, curator_id, specialty, created");

bool run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values = {})
{
    return SqlRead::run(query, lcRepository(), sql, values);
}

StaffMember staffFrom(const QSqlQuery &q)
{
    StaffMember s;
    s.id = q.value(0).toLongLong();
    s.name = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    s.roles = Roles::fromInt(q.value(4).toInt());
    s.rights = Rights::fromInt(q.value(5).toInt());
    s.login = q.value(6).toString();
    s.phone = q.value(7).toString();
    return s;
}

Group groupFrom(const QSqlQuery &q)
{
    Group g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.course = q.value(2).toInt();
    g.curatorId = q.value(3).toLongLong();
    g.specialty = q.value(4).toString();
    g.created = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    return g;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("spodesk-read-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

CollegeRepository::CollegeRepository(const QString &cacheFilePath) : m_connectionName(nextConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(cacheFilePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        qCWarning(lcRepository) << "Cannot open" << cacheFilePath << "for reading:" << db.lastError().text();
}

CollegeRepository::~CollegeRepository()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool CollegeRepository::isOpen() const
{
    return database().isOpen();
}

QSqlDatabase CollegeRepository::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Organisation CollegeRepository::organisation() const
{
    Organisation o;
    QSqlQuery q(database());
    if (run(q, QStringLiteral(
                   "SELECT name, short_name, city, vk_community_id, semester_title, year_start, year_end"
                   " FROM organisation")) &&
        q.next()) {
        o.name = q.value(0).toString();
        o.shortName = q.value(1).toString();
        o.city = q.value(2).toString();
        o.vkCommunityId = q.value(3).toString();
        o.semesterTitle = q.value(4).toString();
        o.yearStart = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        o.yearEnd = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    }
    return o;
}

std::optional<StaffMember> CollegeRepository::firstStaffWithRole(Role role) const
{
    QSqlQuery q(database());
    if (run(q,
            QStringLiteral("SELECT ") + staffColumns +
                QStringLiteral(" FROM staff WHERE roles & ? ORDER BY id LIMIT 1"),
            {int(role)}) &&
        q.next())
        return staffFrom(q);
    return std::nullopt;
}

std::optional<StaffMember> CollegeRepository::staffMember(qint64 id) const
{
    QSqlQuery q(database());
    if (run(q, QStringLiteral("SELECT ") + staffColumns + QStringLiteral(" FROM staff WHERE id = ?"), {id}) &&
        q.next())
        return staffFrom(q);
    return std::nullopt;
}

QList<StaffMember> CollegeRepository::staffWithRole(Role role) const
{
    QList<StaffMember> result;
    QSqlQuery q(database());
    if (run(q,
            QStringLiteral("SELECT ") + staffColumns +
                QStringLiteral(" FROM staff WHERE roles & ? ORDER BY last_name, first_name, middle_name, id"),
            {int(role)})) {
        while (q.next())
            result.append(staffFrom(q));
    }
    return result;
}

QList<Group> CollegeRepository::groups() const
{
    QList<Group> result;
    QSqlQuery q(database());
    if (run(q, QStringLiteral("SELECT ") + groupColumns +
                   QStringLiteral(" FROM groups ORDER BY course, name"))) {
        while (q.next())
            result.append(groupFrom(q));
    }
    return result;
}

std::optional<Group> CollegeRepository::group(qint64 id) const
{
    QSqlQuery q(database());
    if (run(q, QStringLiteral("SELECT ") + groupColumns + QStringLiteral(" FROM groups WHERE id = ?"),
            {id}) &&
        q.next())
        return groupFrom(q);
    return std::nullopt;
}

QList<Group> CollegeRepository::groupsOfCurator(qint64 staffId) const
{
    QList<Group> result;
    QSqlQuery q(database());
    if (run(q,
            QStringLiteral("SELECT ") + groupColumns +
                QStringLiteral(" FROM groups WHERE curator_id = ? ORDER BY course, name"),
            {staffId})) {
        while (q.next())
            result.append(groupFrom(q));
    }
    return result;
}

int CollegeRepository::studentCount() const
{
    QSqlQuery q(database());
    if (run(q, QStringLiteral("SELECT count(*) FROM students")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QHash<qint64, int> CollegeRepository::studentCountsByGroup() const
{
    QHash<qint64, int> result;
    QSqlQuery q(database());
    if (run(q, QStringLiteral(
                   "SELECT group_id, count(*) FROM students WHERE group_id IS NOT NULL GROUP BY group_id"))) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return result;
}

QList<Student> CollegeRepository::studentsOfGroup(qint64 groupId) const
{
    QList<Student> result;
    QSqlQuery q(database());
    if (run(q,
            QStringLiteral("SELECT %1 FROM students WHERE group_id = ?"
                           " ORDER BY last_name, first_name, middle_name, id")
                .arg(StudentRow::columns()),
            {groupId})) {
        while (q.next())
            result.append(StudentRow::from(q));
    }
    return result;
}
