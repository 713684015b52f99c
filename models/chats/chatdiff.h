#pragma once

#include "chats/chatplan.h"

#include <QList>
#include <QString>
#include <QtGlobal>

// A chat as the AIS and VK hold it now.
struct ExistingChat
{
    qint64 id = 0; // the AIS's chat id
    ChatKey key;
    QString title;
    ChatMembers members;
    ChatMembers admins;
};

// One step that brings the chats a college has to the chats it should have.
struct ChatChange
{
    enum class Kind { Create, AddMember, RemoveMember, MakeAdmin, UnmakeAdmin, Delete };

    Kind kind = Kind::Create;
    ChatKey chat;
    qint64 chatId = 0;   // the existing chat's id; 0 for Create and the steps that follow it
    QString title;       // Create: the new chat's title
    ChatMembers members; // Create: every member at once, as VK creates a chat with its members in one call
    Chats::PersonKind personKind = Chats::PersonKind::Staff; // AddMember … UnmakeAdmin
    qint64 personId = 0;

    bool operator==(const ChatChange &) const = default;
};

namespace Chats {

enum class UnplannedChats { Keep, Delete };

// Seed 004 §29.2.4, «Инициализировать список»: «Если … какие-либо из чатов отсутствуют - то система создает
// их. Если чаты присутствуют - то … корректирует списки участников в этих чатах (т.е. убирает лишних
// участников и добавляет недостающих).» Per planned chat, in its order: Create then MakeAdmin of its admins,
// or AddMember, MakeAdmin, UnmakeAdmin (only of people who leave), RemoveMember; admins assigned by hand who
// stay members stay admins. Existing chats with no plan are kept, or deleted last when asked. A chat's diff
// with itself is empty.
QList<ChatChange> changes(const QList<PlannedChat> &should, const QList<ExistingChat> &has,
                          UnplannedChats unplanned = UnplannedChats::Keep);

} // namespace Chats
