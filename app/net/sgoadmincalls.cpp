#include "net/sgoadmincalls.h"

#include "net/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace SgoAdminCalls {

namespace {

using namespace JsonFields;

NetError malformed(const QString &problem)
{
    return NetError::malformed(NetError::Service::Sgo, problem);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

NetResult<Person> readPerson(const QJsonValue &value)
{
    QString problem;
    const auto json = object(value, QStringLiteral("a person"), &problem);
    if (!json)
        return malformed(problem);
    const auto id = integer(*json, QStringLiteral("id"), &problem);
    const auto role = string(*json, QStringLiteral("role"), &problem);
    const auto lastName = string(*json, QStringLiteral("lastName"), &problem);
    const auto firstName = string(*json, QStringLiteral("firstName"), &problem);
    const auto middleName = optionalString(*json, QStringLiteral("middleName"), &problem);
    const auto login = optionalString(*json, QStringLiteral("login"), &problem);
    const auto entry = string(*json, QStringLiteral("entry"), &problem);
    const auto home = optionalString(*json, QStringLiteral("homeOrganisation"), &problem);
    const auto mustChange = optionalBoolean(*json, QStringLiteral("mustChangePassword"), false, &problem);
    const auto group = optionalString(*json, QStringLiteral("groupName"), &problem);
    const auto children = optionalIntegers(*json, QStringLiteral("children"), &problem);
    const auto parents = optionalIntegers(*json, QStringLiteral("parents"), &problem);
    if (!id || !role || !lastName || !firstName || !middleName || !login || !entry || !home || !mustChange ||
        !group || !children || !parents)
        return malformed(problem);

    Person person;
    if (*role == QLatin1String("parent"))
        person.role = Role::Parent;
    else if (*role == QLatin1String("student"))
        person.role = Role::Student;
    else
        return malformed(QStringLiteral("unknown role"));
    if (*entry == QLatin1String("otherOrganisation"))
        person.entry = Entry::OtherOrganisation;
    else if (*entry == QLatin1String("quickEntry"))
        person.entry = Entry::QuickEntry;
    else if (*entry == QLatin1String("import"))
        person.entry = Entry::Import;
    else
        return malformed(QStringLiteral("unknown entry"));
    person.id = *id;
    person.lastName = *lastName;
    person.firstName = *firstName;
    person.middleName = *middleName;
    person.login = *login;
    person.homeOrganisation = *home;
    person.mustChangePassword = *mustChange;
    person.groupName = *group;
    person.children = *children;
    person.parents = *parents;
    return person;
}

NetResult<QList<Person>> readPeople(const QJsonValue &value)
{
    QString problem;
    const auto items = array(value, QStringLiteral("people"), &problem);
    if (!items)
        return malformed(problem);
    QList<Person> people;
    people.reserve(items->size());
    for (const QJsonValue &item : *items) {
        NetResult<Person> person = readPerson(item);
        if (!person.ok())
            return person.error();
        people.append(person.value());
    }
    return people;
}

} // namespace

QString peoplePath(Role role, StatusFilter status, int page, int pageSize)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("role"),
                       role == Role::Parent ? QStringLiteral("parent") : QStringLiteral("student"));
    query.addQueryItem(QStringLiteral("status"),
                       status == StatusFilter::Active ? QStringLiteral("active") : QStringLiteral("all"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    return QStringLiteral("webapi/users?") + query.toString(QUrl::FullyEncoded);
}

QString personPath(qint64 id)
{
    return QStringLiteral("webapi/users/%1").arg(id);
}

QString passwordPath(qint64 id)
{
    return QStringLiteral("webapi/users/%1/password").arg(id);
}

QByteArray passwordBody(const QString &newPassword, bool mustChangePassword)
{
    return compact({{QStringLiteral("newPassword"), newPassword},
                    {QStringLiteral("mustChangePassword"), mustChangePassword}});
}

QString mustChangePasswordPath(qint64 id)
{
    return QStringLiteral("webapi/users/%1/mustchangepassword").arg(id);
}

QByteArray mustChangePasswordBody(bool value)
{
    return compact({{QStringLiteral("value"), value}});
}

QString childrenPath(qint64 parentId)
{
    return QStringLiteral("webapi/users/%1/children").arg(parentId);
}

QByteArray linkChildBody(qint64 studentId)
{
    return compact({{QStringLiteral("studentId"), studentId}});
}

QString childLinkPath(qint64 parentId, qint64 studentId)
{
    return QStringLiteral("webapi/users/%1/children/%2").arg(parentId).arg(studentId);
}

QString journalChangesPath()
{
    return QStringLiteral("webapi/journal/changes");
}

QByteArray journalChangesBody(const QList<JournalChange> &changes)
{
    QJsonArray items;
    for (const JournalChange &change : changes) {
        QJsonObject item{{QStringLiteral("id"), change.id},
                         {QStringLiteral("kind"), change.kind},
                         {QStringLiteral("assignmentId"), change.assignmentId},
                         {QStringLiteral("payload"), QJsonDocument::fromJson(change.payload).object()},
                         {QStringLiteral("madeAt"), change.madeAt}};
        if (change.lessonId > 0)
            item.insert(QStringLiteral("lessonId"), change.lessonId);
        if (change.studentId > 0)
            item.insert(QStringLiteral("studentId"), change.studentId);
        items.append(item);
    }
    return compact(QJsonObject{{QStringLiteral("changes"), items}});
}

NetResult<QList<qint64>> parseAppliedChanges(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto reply = root ? object(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    const auto applied = reply ? integers(*reply, QStringLiteral("applied"), &problem) : std::nullopt;
    if (!applied)
        return malformed(problem);
    return *applied;
}

NetResult<PeoplePage> parsePeoplePage(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto page = root ? object(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    const auto total = page ? integer(*page, QStringLiteral("total"), &problem) : std::nullopt;
    if (!total)
        return malformed(problem);
    NetResult<QList<Person>> items = readPeople(page->value(QStringLiteral("items")));
    if (!items.ok())
        return items.error();
    return PeoplePage{items.value(), *total};
}

NetResult<Person> parsePerson(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    if (!root)
        return malformed(problem);
    return readPerson(*root);
}

NetResult<QList<Person>> parsePeople(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    if (!root)
        return malformed(problem);
    return readPeople(*root);
}

} // namespace SgoAdminCalls
