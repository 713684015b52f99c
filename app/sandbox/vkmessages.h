#pragma once

#include "vkerror.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

struct CollegeData;

// Who a VK token speaks for: a user (id > 0) or a community (id = community id, acting as peer -id).
struct VkCaller
{
    bool isCommunity = false;
    qint64 id = 0;

    qint64 memberId() const { return isCommunity ? -id : id; }
};

// A method's outcome: the value of "response", or an error.
struct VkResult
{
    QJsonValue response;
    std::optional<VkError> error;

    static VkResult ok(const QJsonValue &response) { return {response, std::nullopt}; }
    static VkResult fail(int code, const QString &detail = {})
    {
        return {QJsonValue(), VkError{code, detail}};
    }
};

// The VK state the sandbox keeps (the college's people as VK users, the chats made so far) and the chat
// methods over it. Error codes follow methods-chats.json per method: a chat that doesn't exist is 927 for
// getConversationMembers (the only method that lists it) and 925 (not admin) for the rest; a caller outside
// the chat is 917; a member who isn't there is 935; a user VK doesn't know is 936; user-token-only methods
// (addChatUser, getChat) called with a community token are 27. Adding someone already in the chat is a no-op
// that succeeds, so a retried request is harmless.
class VkMessages
{
public:
    VkMessages(const CollegeData &college, qint64 communityId);

    static bool knowsMethod(const QString &method);
    VkResult call(const QString &method, const QHash<QString, QString> &parameters, const VkCaller &caller);

private:
    struct Member
    {
        qint64 memberId = 0;
        qint64 invitedBy = 0;
        qint64 joinDate = 0;
        bool isAdmin = false;
    };
    struct Chat
    {
        qint64 id = 0;
        QString title;
        qint64 ownerId = 0; // a user, or -community
        QList<Member> members;

        Member *member(qint64 memberId);
        bool isAdmin(qint64 memberId);
    };
    struct Person
    {
        QString firstName;
        QString lastName;
    };

    using Parameters = QHash<QString, QString>;

    VkResult createChat(const Parameters &parameters, const VkCaller &caller);
    VkResult addChatUser(const Parameters &parameters, const VkCaller &caller);
    VkResult removeChatUser(const Parameters &parameters, const VkCaller &caller);
    VkResult getConversationMembers(const Parameters &parameters, const VkCaller &caller);
    VkResult getChat(const Parameters &parameters, const VkCaller &caller);
    VkResult editChat(const Parameters &parameters, const VkCaller &caller);
    VkResult setMemberRole(const Parameters &parameters, const VkCaller &caller);
    VkResult groupsGetById(const Parameters &parameters, const VkCaller &caller) const;

    // The chat a caller may administer, or the error for it (notFoundCode when there is no such chat).
    Chat *adminChat(qint64 chatId, const VkCaller &caller, int notFoundCode, std::optional<VkError> *error);
    Chat *chat(qint64 chatId);
    QJsonValue chatJson(const Chat &chat) const;
    QJsonValue groupJson() const;
    static qint64 now();

    QHash<qint64, Person> m_people; // VK user id → name
    qint64 m_communityId = 0;
    QString m_communityName;
    QList<Chat> m_chats; // chat_id = index + 1
};
