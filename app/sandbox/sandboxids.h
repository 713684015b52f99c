#pragma once

#include <QtGlobal>

// How the sandbox numbers the demo college's people in each service, so the app can match what a service
// returns to its own cache. A real SGO or VK has its own ids; only the sandbox derives them like this.
//
//                SGO user id            VK user id
//   staff        3 000 000 + staff id   100 000 000 + staff id
//   student      1 000 000 + student id 200 000 000 + student id
//   parent       2 000 000 + parent id  300 000 000 + parent id
//
// VK chats: chat_id from 1 upwards in creation order; peer_id = 2 000 000 000 + chat_id (VK's own rule).
namespace SandboxIds {

enum class PersonKind { Staff, Student, Parent };

constexpr qint64 sgoStudentBase = 1000000;
constexpr qint64 sgoParentBase = 2000000;
constexpr qint64 sgoStaffBase = 3000000;
constexpr qint64 vkStaffBase = 100000000;
constexpr qint64 vkStudentBase = 200000000;
constexpr qint64 vkParentBase = 300000000;
constexpr qint64 vkPeerBase = 2000000000;

constexpr qint64 sgoUserId(PersonKind kind, qint64 id)
{
    return id + (kind == PersonKind::Staff     ? sgoStaffBase
                 : kind == PersonKind::Student ? sgoStudentBase
                                               : sgoParentBase);
}

constexpr qint64 vkUserId(PersonKind kind, qint64 id)
{
    return id + (kind == PersonKind::Staff     ? vkStaffBase
                 : kind == PersonKind::Student ? vkStudentBase
                                               : vkParentBase);
}

} // namespace SandboxIds
