#pragma once

#include "net/netresult.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// Replies of the VK API 5.199 (VK's public JSON schema, ../shared/vk/): the envelope, `execute`, and the
// reply shapes of the chat methods. Every parser takes any bytes and gives a value or a typed error.
namespace VkReplies {

// peer_id of a chat = 2000000000 + chat_id.
constexpr qint64 chatPeerBase = 2000000000;

// {"response": …} → the response; {"error": {"error_code","error_msg",…}} → ServiceError with VK's code and
// message (request_params, captcha_sid, captcha_img kept in NetError::extra).
NetResult<QJsonValue> parseEnvelope(const QByteArray &body);
NetError errorFromObject(const QJsonObject &error);

// execute: {"response":[r0, r1, …], "execute_errors":[{method, error_code, error_msg}, …]}. A call that
// failed inside the program is `false` in the response and, in order, one entry of execute_errors.
NetResult<QList<NetResult<QJsonValue>>> parseExecute(const QByteArray &body, int callCount);

// base_ok_response (addChatUser, editChat, removeChatUser): 1.
NetError parseOk(const QJsonValue &response);

struct Chat
{
    qint64 id = 0;
    QString type;
    QString title;
    qint64 adminId = 0;
    QList<qint64> users; // member ids; messages_chat_full gives objects, only their ids are kept
    qint64 membersCount = 0;
    bool left = false;
    bool kicked = false;
};
NetResult<Chat> parseChat(const QJsonValue &response);
NetResult<QList<Chat>> parseChats(const QJsonValue &response); // getChat with chat_ids

struct CreatedChat
{
    qint64 chatId = 0;
    QList<qint64> peerIds;
};
NetResult<CreatedChat> parseCreateChat(const QJsonValue &response);

struct AddedChatUsers
{
    QList<qint64> invitees;
    QList<qint64> failedPeerIds;
    QStringList failedPhoneNumbers;
};
NetResult<AddedChatUsers> parseAddChatUsers(const QJsonValue &response);

struct ConversationMember
{
    qint64 memberId = 0;
    qint64 invitedBy = 0;
    qint64 joinDate = 0;
    bool isAdmin = false;
    bool isOwner = false;
    bool canKick = false;
};
struct Profile
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
};
struct ConversationMembers
{
    qint64 count = 0;
    QList<ConversationMember> items;
    QList<Profile> profiles;
};
NetResult<ConversationMembers> parseConversationMembers(const QJsonValue &response);

struct Conversation
{
    qint64 peerId = 0;
    QString type; // user, chat, group, email
    qint64 localId = 0;
    QString title;
    qint64 ownerId = 0;
    qint64 membersCount = 0;
    QList<qint64> adminIds;
    QString state; // in, kicked, left
};
NetResult<QList<Conversation>> parseConversationsById(const QJsonValue &response);

NetResult<QString> parseInviteLink(const QJsonValue &response);
NetResult<qint64> parseDeleteConversation(const QJsonValue &response); // last_deleted_id

struct SentMessage
{
    qint64 peerId = 0;
    qint64 messageId = 0;
    NetError error; // per peer, when sent to several
};
// messages.send: a message id, or one entry per peer when sent with peer_ids.
NetResult<QList<SentMessage>> parseSend(const QJsonValue &response);

struct Group
{
    qint64 id = 0;
    QString name;
    QString screenName;
};
// groups.getById: 5.199 gives {"groups":[…]}, older versions a bare array; both read.
NetResult<QList<Group>> parseGroups(const QJsonValue &response);

} // namespace VkReplies
