#pragma once

#include "chats/chattype.h"
#include "college/enrolmentorder.h"
#include "college/group.h"
#include "college/parent.h"
#include "college/staffmember.h"
#include "college/student.h"
#include "college/subject.h"
#include "college/teachingassignment.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <compare>

struct CollegeData;

// Which chat: its type, and for all but «Учительская» the group, for «Предметы» also the subject.
struct ChatKey
{
    ChatType type = ChatType::StaffRoom;
    qint64 groupId = 0;
    qint64 subjectId = 0;

    auto operator<=>(const ChatKey &) const = default;
};

// A chat's people by kind: StaffMember, Student and Parent ids, each list ascending and without repeats.
struct ChatMembers
{
    QList<qint64> staff;
    QList<qint64> students;
    QList<qint64> parents;

    bool isEmpty() const { return staff.isEmpty() && students.isEmpty() && parents.isEmpty(); }
    int count() const { return int(staff.size() + students.size() + parents.size()); }
    bool operator==(const ChatMembers &) const = default;
};

// A chat the college should have, with the members and the default admins it should have.
struct PlannedChat
{
    ChatKey key;
    QString title;
    ChatMembers members; // the admins are members too
    ChatMembers admins;
    bool operator==(const PlannedChat &) const = default;
};

// The parts of a college the chat rules read (CollegeData has them all: see chatInputs()).
struct ChatInputs
{
    QList<StaffMember> staff;
    QList<Group> groups;
    QList<Student> students;
    QList<EnrolmentOrder> orders;
    QList<ParentLink> parentLinks;
    QList<Subject> subjects;
    QList<TeachingAssignment> assignments;
};

namespace Chats {

enum class PersonKind { Staff, Student, Parent };

ChatInputs chatInputs(const CollegeData &college);

// Every chat the college should have on asOf (seed 004 §29.2.2), «Учительская» first, then per group (by id)
// «Группа», «Родители» and its «Предметы» (by subject id).
QList<PlannedChat> plannedChats(const ChatInputs &college, const QDate &asOf);

// The chats a person gets automatically once their learning profile is linked (seed 004 §29.1.2), in the
// order of plannedChats().
QList<ChatKey> chatsForRole(const ChatInputs &college, PersonKind kind, qint64 personId, const QDate &asOf);

// Who may create what (seed 004 §29.2.3): the admin or whoever holds «Управление чатами» any type with
// anyone; a curator «Группа» and «Родители» of own groups; a subject teacher «Предметы» of own group and
// subject with students of own subjects only.
bool mayCreate(const StaffMember &who, const ChatKey &chat, const ChatMembers &members,
               const ChatInputs &college, const QDate &asOf);

// Seed 004 §29.2: «Преподаватель, который является администратором своего чата, может изменять список
// участников и назначать администратора только в своём чате» — and «Управление чатами» edits any chat.
bool mayEditMembers(const StaffMember &who, const ChatMembers &adminsOfChat);

// Only people with a linked learning profile (a VK id) can be in a VK chat; the others are listed as «не
// привязан профиль».
ChatMembers membersWithoutProfile(const ChatMembers &members, const ChatMembers &withVkId);

// The chat as VK can hold it: members and admins without a linked profile left out.
PlannedChat withProfileOnly(const PlannedChat &chat, const ChatMembers &withVkId);

} // namespace Chats
