#include "chats/chatplan.h"

#include "college/collegedata.h"
#include "college/enrolmentstatus.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace {

void normalise(QList<qint64> &ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

void normalise(ChatMembers &members)
{
    normalise(members.staff);
    normalise(members.students);
    normalise(members.parents);
}

void addAll(ChatMembers &to, const ChatMembers &from)
{
    to.staff << from.staff;
    to.students << from.students;
    to.parents << from.parents;
    normalise(to);
}

QList<qint64> keepIf(const QList<qint64> &ids, const QList<qint64> &allowed, bool keep)
{
    QList<qint64> out;
    for (qint64 id : ids)
        if (allowed.contains(id) == keep)
            out << id;
    return out;
}

// Students enrolled and not withdrawn on asOf, by group id, ascending.
QHash<qint64, QList<qint64>> enrolledByGroup(const ChatInputs &college, const QDate &asOf)
{
    QHash<qint64, QList<EnrolmentOrder>> ordersByStudent;
    for (const EnrolmentOrder &order : college.orders)
        ordersByStudent[order.studentId] << order;
    QHash<qint64, QList<qint64>> out;
    for (const Student &student : college.students)
        if (College::enrolmentStatus(ordersByStudent.value(student.id), asOf) == EnrolmentStatus::Enrolled)
            out[student.groupId] << student.id;
    for (QList<qint64> &ids : out)
        normalise(ids);
    return out;
}

// «В чат "Учительская" автоматически включаются все пользователи с ролью "Преподаватель-предметник" в ПОО»;
// «по умолчанию администратором чата "Учительская" становится администратор АИС ПОО» (a member too).
PlannedChat staffRoomChat(const QList<StaffMember> &staff)
{
    PlannedChat chat{{ChatType::StaffRoom, 0, 0}, Chats::title(ChatType::StaffRoom, {}, {}), {}, {}};
    for (const StaffMember &member : staff) {
        if (member.hasRole(Role::SubjectTeacher))
            chat.members.staff << member.id;
        if (member.hasRole(Role::Admin))
            chat.admins.staff << member.id;
    }
    addAll(chat.members, chat.admins);
    normalise(chat.admins);
    return chat;
}

// Seed 004 §29.2.1: «по умолчанию администратором … чата "Группа" и чата "Родители" - куратор».
ChatMembers curatorOf(const Group &group)
{
    ChatMembers curator;
    if (group.curatorId != 0)
        curator.staff << group.curatorId;
    return curator;
}

// «В чат "Группа" автоматически включаются: куратор и все зачисленные (и не выбывшие) студенты в группе.»
PlannedChat groupChat(const Group &group, const QList<qint64> &enrolledStudents)
{
    PlannedChat chat{{ChatType::Group, group.id, 0},
                     Chats::title(ChatType::Group, group.name, {}),
                     curatorOf(group),
                     curatorOf(group)};
    chat.members.students = enrolledStudents;
    return chat;
}

// «В чат "Родители" автоматически включаются: куратор и все родители всех зачисленных (и не выбывших)
// студентов в группе.»
PlannedChat parentsChat(const Group &group, const QList<qint64> &enrolledStudents,
                        const QList<ParentLink> &links)
{
    PlannedChat chat{{ChatType::Parents, group.id, 0},
                     Chats::title(ChatType::Parents, group.name, {}),
                     curatorOf(group),
                     curatorOf(group)};
    for (const ParentLink &link : links)
        if (enrolledStudents.contains(link.studentId))
            chat.members.parents << link.parentId;
    normalise(chat.members);
    return chat;
}

// «В чат "Предмет" автоматически включаются: преподаватель-предметник и все учащиеся данного предмета в
// группе (и не выбывшие)»; its default admin is «преподаватель-предметник данного предмета в данной группе».
QList<PlannedChat> subjectChats(const Group &group, const QList<qint64> &enrolledStudents,
                                const QList<TeachingAssignment> &assignments, const QList<Subject> &subjects)
{
    QMap<qint64, PlannedChat> bySubject;
    for (const TeachingAssignment &assignment : assignments) {
        if (assignment.groupId != group.id)
            continue;
        PlannedChat &chat = bySubject[assignment.subjectId];
        if (chat.key.type != ChatType::Subject) {
            const auto subject = std::find_if(subjects.cbegin(), subjects.cend(),
                                              [&](const Subject &s) { return s.id == assignment.subjectId; });
            chat.key = {ChatType::Subject, group.id, assignment.subjectId};
            chat.title = Chats::title(ChatType::Subject, group.name,
                                      subject != subjects.cend() ? *subject : Subject{});
            chat.members.students = enrolledStudents;
        }
        chat.members.staff << assignment.teacherId;
        chat.admins.staff << assignment.teacherId;
    }
    QList<PlannedChat> out;
    for (PlannedChat &chat : bySubject) {
        normalise(chat.members);
        normalise(chat.admins);
        out << chat;
    }
    return out;
}

} // namespace

ChatInputs Chats::chatInputs(const CollegeData &college)
{
    return {college.staff,       college.groups,   college.students,   college.orders,
            college.parentLinks, college.subjects, college.assignments};
}

QList<PlannedChat> Chats::plannedChats(const ChatInputs &college, const QDate &asOf)
{
    const QHash<qint64, QList<qint64>> enrolled = enrolledByGroup(college, asOf);
    QList<PlannedChat> out{staffRoomChat(college.staff)};
    QList<Group> groups = college.groups;
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.id < b.id; });
    // «При создании каждой новой группы автоматически создаются два чата: группа и родители.»
    for (const Group &group : groups) {
        const QList<qint64> students = enrolled.value(group.id);
        out << groupChat(group, students) << parentsChat(group, students, college.parentLinks)
            << subjectChats(group, students, college.assignments, college.subjects);
    }
    return out;
}

QList<ChatKey> Chats::chatsForRole(const ChatInputs &college, PersonKind kind, qint64 personId,
                                   const QDate &asOf)
{
    const QHash<qint64, QList<qint64>> enrolled = enrolledByGroup(college, asOf);
    QList<ChatKey> out;
    switch (kind) {
    case PersonKind::Staff: {
        const auto member = std::find_if(college.staff.cbegin(), college.staff.cend(),
                                         [&](const StaffMember &m) { return m.id == personId; });
        if (member == college.staff.cend())
            break;
        // «Чаты, автоматически доступные куратору: "Учительская", "Группа", "Родители".»
        if (member->hasRole(Role::Curator)) {
            bool curatesAny = false;
            for (const Group &group : college.groups) {
                if (group.curatorId != personId)
                    continue;
                curatesAny = true;
                out << ChatKey{ChatType::Group, group.id, 0} << ChatKey{ChatType::Parents, group.id, 0};
            }
            if (curatesAny)
                out << ChatKey{ChatType::StaffRoom, 0, 0};
        }
        // «… преподавателю-предметнику: "Учительская", "Группа", "Предмет" (чат по предмету, который
        // преподает данный преподаватель, по группам).»
        if (member->hasRole(Role::SubjectTeacher)) {
            out << ChatKey{ChatType::StaffRoom, 0, 0};
            for (const TeachingAssignment &assignment : college.assignments) {
                if (assignment.teacherId != personId)
                    continue;
                out << ChatKey{ChatType::Group, assignment.groupId, 0}
                    << ChatKey{ChatType::Subject, assignment.groupId, assignment.subjectId};
            }
        }
        break;
    }
    case PersonKind::Student:
        // «Чаты, автоматически доступные студентам: "Группа" и "Предмет" (чат по каждому предмету, по
        // которому обучается студент).»
        for (auto it = enrolled.cbegin(); it != enrolled.cend(); ++it) {
            if (!it.value().contains(personId))
                continue;
            out << ChatKey{ChatType::Group, it.key(), 0};
            for (const TeachingAssignment &assignment : college.assignments)
                if (assignment.groupId == it.key())
                    out << ChatKey{ChatType::Subject, it.key(), assignment.subjectId};
        }
        break;
    case PersonKind::Parent:
        // «Чат, автоматически доступный родителям: "Родители" (чат для родителей по группе, в которой
        // обучается их ребёнок).»
        for (const ParentLink &link : college.parentLinks) {
            if (link.parentId != personId)
                continue;
            for (auto it = enrolled.cbegin(); it != enrolled.cend(); ++it)
                if (it.value().contains(link.studentId))
                    out << ChatKey{ChatType::Parents, it.key(), 0};
        }
        break;
    }
    std::sort(out.begin(), out.end(), [](const ChatKey &a, const ChatKey &b) {
        return std::tie(a.groupId, a.type, a.subjectId) < std::tie(b.groupId, b.type, b.subjectId);
    });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool Chats::mayCreate(const StaffMember &who, const ChatKey &chat, const ChatMembers &members,
                      const ChatInputs &college, const QDate &asOf)
{
    // «На данном экране администратор может создать чат любого типа с произвольным набором пользователей.»
    if (who.hasRole(Role::Admin) || who.hasRight(Right::ManageChats))
        return true;

    // «Куратор может создать чаты только "Группа" и "Родители" и только по своим группам.»
    if (who.hasRole(Role::Curator) && (chat.type == ChatType::Group || chat.type == ChatType::Parents)) {
        for (const Group &group : college.groups)
            if (group.id == chat.groupId && group.curatorId == who.id)
                return true;
    }

    // «Преподавателю-предметнику доступно создание чата только с типом "Предметы" и только со студентами,
    // которые изучают его предметы.»
    if (who.hasRole(Role::SubjectTeacher) && chat.type == ChatType::Subject && members.parents.isEmpty()) {
        const QHash<qint64, QList<qint64>> enrolled = enrolledByGroup(college, asOf);
        bool teachesIt = false;
        QList<qint64> ownStudents;
        for (const TeachingAssignment &assignment : college.assignments) {
            if (assignment.teacherId != who.id)
                continue;
            teachesIt =
                teachesIt || (assignment.groupId == chat.groupId && assignment.subjectId == chat.subjectId);
            ownStudents << enrolled.value(assignment.groupId);
        }
        return teachesIt && keepIf(members.students, ownStudents, false).isEmpty();
    }
    return false;
}

bool Chats::mayEditMembers(const StaffMember &who, const ChatMembers &adminsOfChat)
{
    return who.hasRole(Role::Admin) || who.hasRight(Right::ManageChats) ||
           adminsOfChat.staff.contains(who.id);
}

ChatMembers Chats::membersWithoutProfile(const ChatMembers &members, const ChatMembers &withVkId)
{
    return {keepIf(members.staff, withVkId.staff, false), keepIf(members.students, withVkId.students, false),
            keepIf(members.parents, withVkId.parents, false)};
}

PlannedChat Chats::withProfileOnly(const PlannedChat &chat, const ChatMembers &withVkId)
{
    PlannedChat out = chat;
    out.members = {keepIf(chat.members.staff, withVkId.staff, true),
                   keepIf(chat.members.students, withVkId.students, true),
                   keepIf(chat.members.parents, withVkId.parents, true)};
    out.admins = {keepIf(chat.admins.staff, withVkId.staff, true),
                  keepIf(chat.admins.students, withVkId.students, true),
                  keepIf(chat.admins.parents, withVkId.parents, true)};
    return out;
}
