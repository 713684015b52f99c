#include "sgopeople.h"

#include "college/collegedata.h"
#include "college/enrolmentstatus.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>

using SandboxIds::PersonKind;
using SandboxIds::sgoUserId;

SgoPeople::SgoPeople(const CollegeData &college, const QString &staffPassword)
{
    QHash<qint64, QString> groupNames;
    for (const Group &group : college.groups)
        groupNames.insert(group.id, group.name);
    QHash<qint64, QList<EnrolmentOrder>> ordersByStudent;
    for (const EnrolmentOrder &order : college.orders)
        ordersByStudent[order.studentId].append(order);
    const QDate today = QDate::currentDate();

    for (const StaffMember &member : college.staff) {
        SgoPerson person;
        person.id = sgoUserId(PersonKind::Staff, member.id);
        person.kind = PersonKind::Staff;
        person.name = member.name;
        person.login = member.login;
        person.roles = member.roles;
        person.rights = member.rights;
        person.password = staffPassword;
        m_people.insert(person.id, person);
    }
    for (const Student &student : college.students) {
        SgoPerson person;
        person.id = sgoUserId(PersonKind::Student, student.id);
        person.kind = PersonKind::Student;
        person.name = student.name;
        person.login = student.login;
        person.entry = student.entry;
        person.homeOrganisation = student.homeOrganisation;
        person.groupName = groupNames.value(student.groupId);
        person.enrolled =
            College::enrolmentStatus(ordersByStudent.value(student.id), today) == EnrolmentStatus::Enrolled;
        m_people.insert(person.id, person);
    }
    for (const Parent &parent : college.parents) {
        SgoPerson person;
        person.id = sgoUserId(PersonKind::Parent, parent.id);
        person.kind = PersonKind::Parent;
        person.name = parent.name;
        person.login = parent.login;
        person.entry = parent.entry;
        person.homeOrganisation = parent.homeOrganisation;
        m_people.insert(person.id, person);
    }
    for (const SgoPerson &person : std::as_const(m_people)) {
        if (!person.login.isEmpty())
            m_idByLogin.insert(person.login.toLower(), person.id);
    }
    for (const ParentLink &link : college.parentLinks)
        this->link(sgoUserId(PersonKind::Parent, link.parentId),
                   sgoUserId(PersonKind::Student, link.studentId));
}

SgoPerson *SgoPeople::find(qint64 id)
{
    const auto it = m_people.find(id);
    return it == m_people.end() ? nullptr : &it.value();
}

void SgoPeople::add(const SgoPerson &person)
{
    m_people.insert(person.id, person);
    if (!person.login.isEmpty())
        m_idByLogin.insert(person.login.toLower(), person.id);
}

const SgoPerson *SgoPeople::findByLogin(const QString &login) const
{
    const auto it = m_idByLogin.constFind(login.toLower());
    return it == m_idByLogin.cend() ? nullptr : &*m_people.constFind(it.value());
}

QList<const SgoPerson *> SgoPeople::list(PersonKind kind, bool activeOnly) const
{
    QList<const SgoPerson *> result;
    for (const SgoPerson &person : m_people) {
        if (person.kind == kind && (!activeOnly || isActive(person)))
            result.append(&person);
    }
    std::sort(result.begin(), result.end(), [](const SgoPerson *a, const SgoPerson *b) {
        const auto key = [](const SgoPerson *p) {
            return std::tie(p->name.last, p->name.first, p->name.middle, p->id);
        };
        return key(a) < key(b);
    });
    return result;
}

namespace {

QList<qint64> sorted(const QSet<qint64> &ids)
{
    QList<qint64> result(ids.cbegin(), ids.cend());
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

QList<qint64> SgoPeople::childrenOf(qint64 parentId) const
{
    return sorted(m_children.value(parentId));
}

QList<qint64> SgoPeople::parentsOf(qint64 studentId) const
{
    return sorted(m_parents.value(studentId));
}

bool SgoPeople::isLinked(qint64 parentId, qint64 studentId) const
{
    return m_children.value(parentId).contains(studentId);
}

void SgoPeople::link(qint64 parentId, qint64 studentId)
{
    m_children[parentId].insert(studentId);
    m_parents[studentId].insert(parentId);
}

void SgoPeople::unlink(qint64 parentId, qint64 studentId)
{
    m_children[parentId].remove(studentId);
    m_parents[studentId].remove(parentId);
}

QJsonObject SgoPeople::toJson(const SgoPerson &person, bool withLinks) const
{
    QJsonObject json{
        {QStringLiteral("id"), person.id},
        {QStringLiteral("role"),
         person.kind == PersonKind::Parent ? QStringLiteral("parent") : QStringLiteral("student")},
        {QStringLiteral("lastName"), person.name.last},
        {QStringLiteral("firstName"), person.name.first},
        {QStringLiteral("middleName"), person.name.middle},
        {QStringLiteral("login"), person.login},
        {QStringLiteral("entry"), entryName(person.entry)},
        {QStringLiteral("homeOrganisation"), person.homeOrganisation},
        {QStringLiteral("mustChangePassword"), person.mustChangePassword},
    };
    if (person.kind == PersonKind::Student)
        json.insert(QStringLiteral("groupName"), person.groupName);
    if (withLinks) {
        const bool isParent = person.kind == PersonKind::Parent;
        const QList<qint64> ids = isParent ? childrenOf(person.id) : parentsOf(person.id);
        QJsonArray array;
        for (qint64 id : ids)
            array.append(id);
        json.insert(isParent ? QStringLiteral("children") : QStringLiteral("parents"), array);
    }
    return json;
}

bool SgoPeople::isActive(const SgoPerson &person) const
{
    if (person.kind != PersonKind::Parent)
        return person.enrolled;
    const QSet<qint64> children = m_children.value(person.id);
    return std::any_of(children.cbegin(), children.cend(), [this](qint64 id) {
        const auto it = m_people.constFind(id);
        return it != m_people.cend() && it->enrolled;
    });
}

QString SgoPeople::entryName(EntryMethod entry)
{
    switch (entry) {
    case EntryMethod::OtherOrganisationList:
        return QStringLiteral("otherOrganisation");
    case EntryMethod::QuickEntry:
        return QStringLiteral("quickEntry");
    case EntryMethod::Import:
        return QStringLiteral("import");
    }
    return {};
}
