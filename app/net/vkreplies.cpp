#include "net/vkreplies.h"

#include "net/jsonfields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace VkReplies {

namespace {

using namespace JsonFields;

NetError malformed(const QString &problem)
{
    return NetError::malformed(NetError::Service::Vk, problem);
}

// A list whose items are each read by one function; the first bad item is the error.
template<typename T, typename Read>
NetResult<QList<T>> readList(const QJsonValue &value, const QString &what, Read read)
{
    QString problem;
    const auto items = array(value, what, &problem);
    if (!items)
        return malformed(problem);
    QList<T> result;
    result.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        NetResult<T> item = read(items->at(i));
        if (!item.ok()) {
            NetError error = item.error();
            error.detail = QStringLiteral("%1[%2]: ").arg(what).arg(i) + error.detail;
            return error;
        }
        result.append(item.value());
    }
    return result;
}

// messages_chat has "users": [ids]; messages_chat_full has "users": [user objects with "id"].
std::optional<QList<qint64>> chatUsers(const QJsonObject &chat, QString *problem)
{
    const QJsonValue users = chat.value(QStringLiteral("users"));
    if (users.isUndefined() || users.isNull())
        return QList<qint64>();
    const auto items = array(users, QStringLiteral("\"users\""), problem);
    if (!items)
        return std::nullopt;
    QList<qint64> ids;
    for (const QJsonValue &user : *items) {
        std::optional<qint64> id = user.isObject() ? integer(user.toObject(), QStringLiteral("id"), problem)
                                                   : integer(user, QStringLiteral("a user id"), problem);
        if (!id)
            return std::nullopt;
        ids.append(*id);
    }
    return ids;
}

} // namespace

NetError errorFromObject(const QJsonObject &error)
{
    QString problem;
    const auto code = integer(error, QStringLiteral("error_code"), &problem);
    const auto message = string(error, QStringLiteral("error_msg"), &problem);
    if (!code || !message)
        return malformed(QStringLiteral("error: ") + problem);
    NetError result =
        NetError::serviceError(NetError::Service::Vk, QString::number(*code), message->left(2000));
    for (const char *key :
         {"request_params", "captcha_sid", "captcha_img", "redirect_uri", "confirmation_text"}) {
        const QString name = QLatin1String(key);
        if (error.contains(name))
            result.extra.insert(name, error.value(name));
    }
    return result;
}

NetResult<QJsonValue> parseEnvelope(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto envelope = root ? object(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    if (!envelope)
        return malformed(problem);
    if (envelope->contains(QStringLiteral("error"))) {
        const auto error =
            object(envelope->value(QStringLiteral("error")), QStringLiteral("\"error\""), &problem);
        if (!error)
            return malformed(problem);
        return errorFromObject(*error);
    }
    if (!envelope->contains(QStringLiteral("response")))
        return malformed(QStringLiteral("neither \"response\" nor \"error\""));
    return envelope->value(QStringLiteral("response"));
}

NetResult<QList<NetResult<QJsonValue>>> parseExecute(const QByteArray &body, int callCount)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto envelope = root ? object(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    if (!envelope)
        return malformed(problem);
    if (envelope->contains(QStringLiteral("error"))) {
        const auto error =
            object(envelope->value(QStringLiteral("error")), QStringLiteral("\"error\""), &problem);
        return error ? errorFromObject(*error) : malformed(problem);
    }
    const auto responses =
        array(envelope->value(QStringLiteral("response")), QStringLiteral("\"response\""), &problem);
    if (!responses)
        return malformed(problem);
    if (responses->size() != callCount)
        return malformed(QStringLiteral("%1 results for %2 calls").arg(responses->size()).arg(callCount));
    QList<NetError> errors;
    const QJsonValue executeErrors = envelope->value(QStringLiteral("execute_errors"));
    if (!executeErrors.isUndefined()) {
        const auto list = array(executeErrors, QStringLiteral("\"execute_errors\""), &problem);
        if (!list)
            return malformed(problem);
        for (const QJsonValue &entry : *list) {
            const auto error = object(entry, QStringLiteral("an execute error"), &problem);
            if (!error)
                return malformed(problem);
            NetError typed = errorFromObject(*error);
            if (typed.kind == NetError::Kind::MalformedBody)
                return typed;
            typed.extra.insert(QStringLiteral("method"), error->value(QStringLiteral("method")));
            errors.append(typed);
        }
    }
    QList<NetResult<QJsonValue>> results;
    qsizetype nextError = 0;
    for (const QJsonValue &response : *responses) {
        if (response.isBool() && !response.toBool()) {
            // More failures than reported errors: VK does not always say why; still a failure of that call.
            results.append(nextError < errors.size()
                               ? errors.at(nextError++)
                               : NetError::serviceError(NetError::Service::Vk, QString(),
                                                        QStringLiteral("execute: call failed")));
        } else {
            results.append(response);
        }
    }
    return results;
}

NetError parseOk(const QJsonValue &response)
{
    if (const auto n = integerOrNumericString(response); n && *n == 1)
        return {};
    return malformed(QStringLiteral("expected 1"));
}

NetResult<Chat> parseChat(const QJsonValue &response)
{
    QString problem;
    const auto chat = object(response, QStringLiteral("the chat"), &problem);
    if (!chat)
        return malformed(problem);
    Chat result;
    const auto id = integer(*chat, QStringLiteral("id"), &problem);
    const auto type = optionalString(*chat, QStringLiteral("type"), &problem);
    const auto title = string(*chat, QStringLiteral("title"), &problem);
    const auto adminId = optionalInteger(*chat, QStringLiteral("admin_id"), 0, &problem);
    const auto users = chatUsers(*chat, &problem);
    const auto membersCount = optionalInteger(*chat, QStringLiteral("members_count"), -1, &problem);
    const auto left = optionalBoolean(*chat, QStringLiteral("left"), false, &problem);
    const auto kicked = optionalBoolean(*chat, QStringLiteral("kicked"), false, &problem);
    if (!id || !type || !title || !adminId || !users || !membersCount || !left || !kicked)
        return malformed(problem);
    result.id = *id;
    result.type = *type;
    result.title = *title;
    result.adminId = *adminId;
    result.users = *users;
    result.membersCount = *membersCount >= 0 ? *membersCount : result.users.size();
    result.left = *left;
    result.kicked = *kicked;
    return result;
}

NetResult<QList<Chat>> parseChats(const QJsonValue &response)
{
    return readList<Chat>(response, QStringLiteral("chats"), parseChat);
}

NetResult<CreatedChat> parseCreateChat(const QJsonValue &response)
{
    CreatedChat result;
    // Without peer ids requested, older versions answer with the bare chat id.
    if (const auto bare = integerOrNumericString(response); bare && response.isDouble()) {
        result.chatId = *bare;
        return result;
    }
    QString problem;
    const auto reply = object(response, QStringLiteral("the reply"), &problem);
    const auto chatId = reply ? integer(*reply, QStringLiteral("chat_id"), &problem) : std::nullopt;
    const auto peerIds =
        reply ? optionalIntegers(*reply, QStringLiteral("peer_ids"), &problem) : std::nullopt;
    if (!chatId || !peerIds)
        return malformed(problem);
    result.chatId = *chatId;
    result.peerIds = *peerIds;
    return result;
}

NetResult<AddedChatUsers> parseAddChatUsers(const QJsonValue &response)
{
    QString problem;
    const auto reply = object(response, QStringLiteral("the reply"), &problem);
    const auto invitees = reply ? integers(*reply, QStringLiteral("invitees"), &problem) : std::nullopt;
    const auto failed = reply ? integers(*reply, QStringLiteral("failed_peer_ids"), &problem) : std::nullopt;
    const auto phones = reply ? array(reply->value(QStringLiteral("failed_phone_numbers")),
                                      QStringLiteral("\"failed_phone_numbers\""), &problem)
                              : std::nullopt;
    if (!invitees || !failed || !phones)
        return malformed(problem);
    AddedChatUsers result{*invitees, *failed, {}};
    for (const QJsonValue &phone : *phones) {
        if (!phone.isString())
            return malformed(QStringLiteral("a failed phone number is not a string"));
        result.failedPhoneNumbers.append(phone.toString());
    }
    return result;
}

NetResult<ConversationMembers> parseConversationMembers(const QJsonValue &response)
{
    QString problem;
    const auto reply = object(response, QStringLiteral("the reply"), &problem);
    const auto count = reply ? integer(*reply, QStringLiteral("count"), &problem) : std::nullopt;
    if (!count)
        return malformed(problem);
    ConversationMembers result;
    result.count = *count;
    const auto items = readList<ConversationMember>(
        reply->value(QStringLiteral("items")), QStringLiteral("items"),
        [](const QJsonValue &value) -> NetResult<ConversationMember> {
            QString p;
            const auto member = object(value, QStringLiteral("a member"), &p);
            if (!member)
                return malformed(p);
            const auto memberId = integer(*member, QStringLiteral("member_id"), &p);
            const auto invitedBy = optionalInteger(*member, QStringLiteral("invited_by"), 0, &p);
            const auto joinDate = optionalInteger(*member, QStringLiteral("join_date"), 0, &p);
            const auto isAdmin = optionalBoolean(*member, QStringLiteral("is_admin"), false, &p);
            const auto isOwner = optionalBoolean(*member, QStringLiteral("is_owner"), false, &p);
            const auto canKick = optionalBoolean(*member, QStringLiteral("can_kick"), false, &p);
            if (!memberId || !invitedBy || !joinDate || !isAdmin || !isOwner || !canKick)
                return malformed(p);
            return ConversationMember{*memberId, *invitedBy, *joinDate, *isAdmin, *isOwner, *canKick};
        });
    if (!items.ok())
        return items.error();
    result.items = items.value();
    const QJsonValue profiles = reply->value(QStringLiteral("profiles"));
    if (!profiles.isUndefined()) {
        const auto list = readList<Profile>(
            profiles, QStringLiteral("profiles"), [](const QJsonValue &value) -> NetResult<Profile> {
                QString p;
                const auto profile = object(value, QStringLiteral("a profile"), &p);
                const auto id = profile ? integer(*profile, QStringLiteral("id"), &p) : std::nullopt;
                const auto first =
                    profile ? optionalString(*profile, QStringLiteral("first_name"), &p) : std::nullopt;
                const auto last =
                    profile ? optionalString(*profile, QStringLiteral("last_name"), &p) : std::nullopt;
                if (!id || !first || !last)
                    return malformed(p);
                return Profile{*id, *first, *last};
            });
        if (!list.ok())
            return list.error();
        result.profiles = list.value();
    }
    return result;
}

NetResult<QList<Conversation>> parseConversationsById(const QJsonValue &response)
{
    QString problem;
    const auto reply = object(response, QStringLiteral("the reply"), &problem);
    if (!reply)
        return malformed(problem);
    return readList<Conversation>(
        reply->value(QStringLiteral("items")), QStringLiteral("items"),
        [](const QJsonValue &value) -> NetResult<Conversation> {
            QString p;
            const auto conversation = object(value, QStringLiteral("a conversation"), &p);
            const auto peer = conversation ? object(conversation->value(QStringLiteral("peer")),
                                                    QStringLiteral("\"peer\""), &p)
                                           : std::nullopt;
            const auto peerId = peer ? integer(*peer, QStringLiteral("id"), &p) : std::nullopt;
            const auto type = peer ? string(*peer, QStringLiteral("type"), &p) : std::nullopt;
            const auto localId =
                peer ? optionalInteger(*peer, QStringLiteral("local_id"), 0, &p) : std::nullopt;
            if (!peerId || !type || !localId)
                return malformed(p);
            Conversation result;
            result.peerId = *peerId;
            result.type = *type;
            result.localId = *localId;
            const QJsonValue settingsValue = conversation->value(QStringLiteral("chat_settings"));
            if (!settingsValue.isUndefined()) {
                const auto settings = object(settingsValue, QStringLiteral("\"chat_settings\""), &p);
                const auto title = settings ? string(*settings, QStringLiteral("title"), &p) : std::nullopt;
                const auto owner =
                    settings ? optionalInteger(*settings, QStringLiteral("owner_id"), 0, &p) : std::nullopt;
                const auto members = settings
                                         ? optionalInteger(*settings, QStringLiteral("members_count"), 0, &p)
                                         : std::nullopt;
                const auto admins =
                    settings ? optionalIntegers(*settings, QStringLiteral("admin_ids"), &p) : std::nullopt;
                const auto state =
                    settings ? optionalString(*settings, QStringLiteral("state"), &p) : std::nullopt;
                if (!title || !owner || !members || !admins || !state)
                    return malformed(p);
                result.title = *title;
                result.ownerId = *owner;
                result.membersCount = *members;
                result.adminIds = *admins;
                result.state = *state;
            }
            return result;
        });
}

NetResult<QString> parseInviteLink(const QJsonValue &response)
{
    QString problem;
    const auto reply = object(response, QStringLiteral("the reply"), &problem);
    const auto link = reply ? string(*reply, QStringLiteral("link"), &problem) : std::nullopt;
    if (!link)
        return malformed(problem);
    return *link;
}

NetResult<qint64> parseDeleteConversation(const QJsonValue &response)
{
    QString problem;
    const auto reply = object(response, QStringLiteral("the reply"), &problem);
    const auto last = reply ? integer(*reply, QStringLiteral("last_deleted_id"), &problem) : std::nullopt;
    if (!last)
        return malformed(problem);
    return *last;
}

NetResult<QList<SentMessage>> parseSend(const QJsonValue &response)
{
    if (response.isDouble()) {
        QString problem;
        const auto id = integer(response, QStringLiteral("the message id"), &problem);
        if (!id)
            return malformed(problem);
        return QList<SentMessage>{SentMessage{0, *id, {}}};
    }
    return readList<SentMessage>(
        response, QStringLiteral("messages"), [](const QJsonValue &value) -> NetResult<SentMessage> {
            QString p;
            const auto item = object(value, QStringLiteral("a sent message"), &p);
            const auto peerId = item ? integer(*item, QStringLiteral("peer_id"), &p) : std::nullopt;
            const auto messageId =
                item ? optionalInteger(*item, QStringLiteral("message_id"), 0, &p) : std::nullopt;
            if (!peerId || !messageId)
                return malformed(p);
            SentMessage sent{*peerId, *messageId, {}};
            const QJsonValue error = item->value(QStringLiteral("error"));
            if (!error.isUndefined() && !error.isNull()) {
                const auto errorObject = object(error, QStringLiteral("\"error\""), &p);
                if (!errorObject)
                    return malformed(p);
                // In this reply VK names the fields "code" and "description".
                const auto code = optionalInteger(*errorObject, QStringLiteral("code"), 0, &p);
                const auto description = optionalString(*errorObject, QStringLiteral("description"), &p);
                if (!code || !description)
                    return malformed(p);
                sent.error =
                    NetError::serviceError(NetError::Service::Vk, QString::number(*code), *description);
            }
            return sent;
        });
}

NetResult<QList<Group>> parseGroups(const QJsonValue &response)
{
    QJsonValue list = response;
    if (response.isObject())
        list = response.toObject().value(QStringLiteral("groups"));
    return readList<Group>(list, QStringLiteral("groups"), [](const QJsonValue &value) -> NetResult<Group> {
        QString p;
        const auto group = object(value, QStringLiteral("a group"), &p);
        const auto id = group ? integer(*group, QStringLiteral("id"), &p) : std::nullopt;
        const auto name = group ? string(*group, QStringLiteral("name"), &p) : std::nullopt;
        const auto screenName =
            group ? optionalString(*group, QStringLiteral("screen_name"), &p) : std::nullopt;
        if (!id || !name || !screenName)
            return malformed(p);
        return Group{*id, *name, *screenName};
    });
}

} // namespace VkReplies
