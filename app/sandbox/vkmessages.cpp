#include "vkmessages.h"

#include "sandboxids.h"

#include "college/collegedata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <algorithm>

using SandboxIds::PersonKind;
using SandboxIds::vkUserId;

namespace {

using Parameters = QHash<QString, QString>;

struct IntParameter
{
    bool present = false;
    bool valid = false;
    qint64 value = 0;
};

IntParameter intParameter(const Parameters &parameters, const QString &name)
{
    IntParameter result;
    const auto it = parameters.constFind(name);
    result.present = it != parameters.cend() && !it->isEmpty();
    if (result.present)
        result.value = it->toLongLong(&result.valid);
    return result;
}

VkResult missing(const QString &name)
{
    return VkResult::fail(100, name + QStringLiteral(" is undefined"));
}

VkResult notInteger(const QString &name)
{
    return VkResult::fail(100, name + QStringLiteral(" not integer"));
}

// A required integer parameter into *value; otherwise the VK error for it.
std::optional<VkResult> requireInt(const Parameters &parameters, const QString &name, qint64 *value)
{
    const IntParameter parameter = intParameter(parameters, name);
    if (!parameter.present)
        return missing(name);
    if (!parameter.valid)
        return notInteger(name);
    *value = parameter.value;
    return std::nullopt;
}

std::optional<QList<qint64>> idList(const QString &text)
{
    QList<qint64> ids;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        bool ok = false;
        ids << item.trimmed().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    return ids;
}

} // namespace

VkMessages::Member *VkMessages::Chat::member(qint64 memberId)
{
    const auto it = std::find_if(members.begin(), members.end(),
                                 [memberId](const Member &m) { return m.memberId == memberId; });
    return it == members.end() ? nullptr : &*it;
}

bool VkMessages::Chat::isAdmin(qint64 memberId)
{
    const Member *found = member(memberId);
    return memberId == ownerId || (found && found->isAdmin);
}

VkMessages::VkMessages(const CollegeData &college, qint64 communityId)
    : m_communityId(communityId),
      m_communityName(college.organisation.shortName.isEmpty() ? college.organisation.name
                                                               : college.organisation.shortName)
{
    for (const StaffMember &member : college.staff)
        m_people.insert(vkUserId(PersonKind::Staff, member.id), {member.name.first, member.name.last});
    for (const Student &student : college.students)
        m_people.insert(vkUserId(PersonKind::Student, student.id), {student.name.first, student.name.last});
    for (const Parent &parent : college.parents)
        m_people.insert(vkUserId(PersonKind::Parent, parent.id), {parent.name.first, parent.name.last});
}

bool VkMessages::knowsMethod(const QString &method)
{
    static const QSet<QString> methods{
        QStringLiteral("messages.createChat"),     QStringLiteral("messages.addChatUser"),
        QStringLiteral("messages.removeChatUser"), QStringLiteral("messages.getConversationMembers"),
        QStringLiteral("messages.getChat"),        QStringLiteral("messages.editChat"),
        QStringLiteral("messages.setMemberRole"),  QStringLiteral("groups.getById"),
    };
    return methods.contains(method);
}

VkResult VkMessages::call(const QString &method, const Parameters &parameters, const VkCaller &caller)
{
    if (method == QLatin1String("messages.createChat"))
        return createChat(parameters, caller);
    if (method == QLatin1String("messages.addChatUser"))
        return addChatUser(parameters, caller);
    if (method == QLatin1String("messages.removeChatUser"))
        return removeChatUser(parameters, caller);
    if (method == QLatin1String("messages.getConversationMembers"))
        return getConversationMembers(parameters, caller);
    if (method == QLatin1String("messages.getChat"))
        return getChat(parameters, caller);
    if (method == QLatin1String("messages.editChat"))
        return editChat(parameters, caller);
    if (method == QLatin1String("messages.setMemberRole"))
        return setMemberRole(parameters, caller);
    if (method == QLatin1String("groups.getById"))
        return groupsGetById(parameters, caller);
    return VkResult::fail(3);
}

VkResult VkMessages::createChat(const Parameters &parameters, const VkCaller &caller)
{
    const QString title = parameters.value(QStringLiteral("title"));
    if (title.trimmed().isEmpty())
        return missing(QStringLiteral("title"));
    const auto userIds = idList(parameters.value(QStringLiteral("user_ids")));
    if (!userIds)
        return VkResult::fail(100, QStringLiteral("user_ids not integer"));
    for (qint64 id : *userIds) {
        if (!m_people.contains(id))
            return VkResult::fail(936);
    }
    if (caller.isCommunity) {
        const IntParameter groupId = intParameter(parameters, QStringLiteral("group_id"));
        if (groupId.present && (!groupId.valid || groupId.value != caller.id))
            return VkResult::fail(100, QStringLiteral("group_id is invalid"));
    }

    Chat created;
    created.id = m_chats.size() + 1;
    created.title = title;
    created.ownerId = caller.memberId();
    const qint64 joined = now();
    created.members.append({caller.memberId(), caller.memberId(), joined, true});
    QJsonArray peerIds;
    for (qint64 id : *userIds) {
        if (!created.member(id)) {
            created.members.append({id, caller.memberId(), joined, false});
            peerIds.append(id);
        }
    }
    m_chats.append(created);
    return VkResult::ok(
        QJsonObject{{QStringLiteral("chat_id"), created.id}, {QStringLiteral("peer_ids"), peerIds}});
}

VkResult VkMessages::addChatUser(const Parameters &parameters, const VkCaller &caller)
{
    if (caller.isCommunity)
        return VkResult::fail(27, QStringLiteral("method is unavailable with group auth."));
    qint64 chatId = 0;
    qint64 userId = 0;
    if (auto bad = requireInt(parameters, QStringLiteral("chat_id"), &chatId))
        return *bad;
    if (auto bad = requireInt(parameters, QStringLiteral("user_id"), &userId))
        return *bad;
    std::optional<VkError> error;
    Chat *found = adminChat(chatId, caller, 925, &error);
    if (!found)
        return {QJsonValue(), error};
    if (!m_people.contains(userId))
        return VkResult::fail(936);
    if (!found->member(userId))
        found->members.append({userId, caller.memberId(), now(), false});
    return VkResult::ok(1);
}

VkResult VkMessages::removeChatUser(const Parameters &parameters, const VkCaller &caller)
{
    qint64 chatId = 0;
    if (auto bad = requireInt(parameters, QStringLiteral("chat_id"), &chatId))
        return *bad;
    IntParameter who = intParameter(parameters, QStringLiteral("member_id"));
    if (!who.present)
        who = intParameter(parameters, QStringLiteral("user_id"));
    if (!who.present)
        return missing(QStringLiteral("user_id"));
    if (!who.valid)
        return notInteger(QStringLiteral("user_id"));

    Chat *found = chat(chatId);
    // Anyone may leave; only an admin removes others.
    const bool leaving = found && who.value == caller.memberId() && found->member(who.value);
    std::optional<VkError> error;
    if (!leaving && !(found = adminChat(chatId, caller, 925, &error)))
        return {QJsonValue(), error};
    if (who.value > 0 && !m_people.contains(who.value))
        return VkResult::fail(936);
    if (!found->member(who.value))
        return VkResult::fail(935);
    found->members.erase(std::remove_if(found->members.begin(), found->members.end(),
                                        [&who](const Member &m) { return m.memberId == who.value; }),
                         found->members.end());
    return VkResult::ok(1);
}

VkResult VkMessages::getConversationMembers(const Parameters &parameters, const VkCaller &caller)
{
    qint64 peerId = 0;
    if (auto bad = requireInt(parameters, QStringLiteral("peer_id"), &peerId))
        return *bad;
    Chat *found = chat(peerId - SandboxIds::vkPeerBase);
    if (!found)
        return VkResult::fail(927);
    if (!found->member(caller.memberId()) && found->ownerId != caller.memberId())
        return VkResult::fail(917);
    const IntParameter offset = intParameter(parameters, QStringLiteral("offset"));
    const IntParameter count = intParameter(parameters, QStringLiteral("count"));
    if ((offset.present && (!offset.valid || offset.value < 0)) ||
        (count.present && (!count.valid || count.value < 1)))
        return VkResult::fail(100, QStringLiteral("offset or count is invalid"));
    const qint64 first = offset.present ? offset.value : 0;
    const qint64 size = count.present ? std::min<qint64>(count.value, 1000) : 20;

    QJsonArray items;
    QJsonArray profiles;
    QJsonArray groups;
    const bool callerIsAdmin = found->isAdmin(caller.memberId());
    for (qint64 i = first; i < found->members.size() && i < first + size; ++i) {
        const Member &m = found->members.at(i);
        QJsonObject item{
            {QStringLiteral("member_id"), m.memberId},
            {QStringLiteral("invited_by"), m.invitedBy},
            {QStringLiteral("join_date"), m.joinDate},
            {QStringLiteral("is_admin"), m.isAdmin || m.memberId == found->ownerId},
            {QStringLiteral("can_kick"), callerIsAdmin && m.memberId != found->ownerId},
        };
        if (m.memberId == found->ownerId)
            item.insert(QStringLiteral("is_owner"), true);
        items.append(item);
        if (m.memberId < 0) {
            groups.append(groupJson());
        } else if (const auto person = m_people.constFind(m.memberId); person != m_people.cend()) {
            profiles.append(QJsonObject{
                {QStringLiteral("id"), m.memberId},
                {QStringLiteral("first_name"), person->firstName},
                {QStringLiteral("last_name"), person->lastName},
                {QStringLiteral("can_access_closed"), true},
                {QStringLiteral("is_closed"), false},
            });
        }
    }
    return VkResult::ok(QJsonObject{
        {QStringLiteral("count"), found->members.size()},
        {QStringLiteral("items"), items},
        {QStringLiteral("profiles"), profiles},
        {QStringLiteral("groups"), groups},
    });
}

VkResult VkMessages::getChat(const Parameters &parameters, const VkCaller &caller)
{
    if (caller.isCommunity)
        return VkResult::fail(27, QStringLiteral("method is unavailable with group auth."));
    const bool many = parameters.contains(QStringLiteral("chat_ids"));
    QList<qint64> ids;
    if (many) {
        const auto list = idList(parameters.value(QStringLiteral("chat_ids")));
        if (!list || list->isEmpty())
            return VkResult::fail(100, QStringLiteral("chat_ids is invalid"));
        ids = *list;
    } else {
        qint64 chatId = 0;
        if (auto bad = requireInt(parameters, QStringLiteral("chat_id"), &chatId))
            return *bad;
        ids << chatId;
    }
    QJsonArray chats;
    for (qint64 id : std::as_const(ids)) {
        Chat *found = chat(id);
        if (!found)
            return VkResult::fail(925);
        if (!found->member(caller.memberId()) && found->ownerId != caller.memberId())
            return VkResult::fail(917);
        chats.append(chatJson(*found));
    }
    return VkResult::ok(many ? QJsonValue(chats) : chats.first());
}

VkResult VkMessages::editChat(const Parameters &parameters, const VkCaller &caller)
{
    qint64 chatId = 0;
    if (auto bad = requireInt(parameters, QStringLiteral("chat_id"), &chatId))
        return *bad;
    const QString title = parameters.value(QStringLiteral("title"));
    if (title.trimmed().isEmpty())
        return missing(QStringLiteral("title"));
    std::optional<VkError> error;
    Chat *found = adminChat(chatId, caller, 925, &error);
    if (!found)
        return {QJsonValue(), error};
    found->title = title;
    return VkResult::ok(1);
}

VkResult VkMessages::setMemberRole(const Parameters &parameters, const VkCaller &caller)
{
    qint64 peerId = 0;
    qint64 memberId = 0;
    if (auto bad = requireInt(parameters, QStringLiteral("peer_id"), &peerId))
        return *bad;
    if (auto bad = requireInt(parameters, QStringLiteral("member_id"), &memberId))
        return *bad;
    const QString role = parameters.value(QStringLiteral("role"));
    if (role != QLatin1String("admin") && role != QLatin1String("member"))
        return VkResult::fail(100, QStringLiteral("role should be admin or member"));
    std::optional<VkError> error;
    Chat *found = adminChat(peerId - SandboxIds::vkPeerBase, caller, 925, &error);
    if (!found)
        return {QJsonValue(), error};
    Member *target = found->member(memberId);
    if (!target)
        return VkResult::fail(935);
    if (memberId != found->ownerId) // the owner stays an admin
        target->isAdmin = role == QLatin1String("admin");
    return VkResult::ok(1);
}

VkResult VkMessages::groupsGetById(const Parameters &parameters, const VkCaller &caller) const
{
    QString requested = parameters.value(QStringLiteral("group_ids"));
    if (requested.isEmpty())
        requested = parameters.value(QStringLiteral("group_id"));
    if (requested.isEmpty() && caller.isCommunity)
        requested = QString::number(caller.id);
    if (requested.isEmpty())
        return missing(QStringLiteral("group_ids"));
    QJsonArray groups;
    const QStringList items = requested.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString item : items) {
        item = item.trimmed();
        if (item.startsWith(QLatin1String("club")))
            item = item.mid(4);
        if (item.toLongLong() != m_communityId)
            return VkResult::fail(100, QStringLiteral("group_ids is invalid"));
        groups.append(groupJson());
    }
    return VkResult::ok(
        QJsonObject{{QStringLiteral("groups"), groups}, {QStringLiteral("profiles"), QJsonArray()}});
}

VkMessages::Chat *VkMessages::adminChat(qint64 chatId, const VkCaller &caller, int notFoundCode,
                                        std::optional<VkError> *error)
{
    Chat *found = chat(chatId);
    if (!found) {
        *error = VkError{notFoundCode, {}};
        return nullptr;
    }
    if (!found->isAdmin(caller.memberId())) {
        *error = VkError{925, {}};
        return nullptr;
    }
    return found;
}

VkMessages::Chat *VkMessages::chat(qint64 chatId)
{
    return chatId >= 1 && chatId <= m_chats.size() ? &m_chats[chatId - 1] : nullptr;
}

QJsonValue VkMessages::chatJson(const Chat &chat) const
{
    QJsonArray users;
    for (const Member &m : chat.members)
        users.append(m.memberId);
    return QJsonObject{
        {QStringLiteral("id"), chat.id},
        {QStringLiteral("type"), QStringLiteral("chat")},
        {QStringLiteral("title"), chat.title},
        {QStringLiteral("admin_id"), chat.ownerId},
        {QStringLiteral("members_count"), chat.members.size()},
        {QStringLiteral("users"), users},
    };
}

QJsonValue VkMessages::groupJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), m_communityId},
        {QStringLiteral("name"), m_communityName},
        {QStringLiteral("screen_name"), QStringLiteral("club%1").arg(m_communityId)},
        {QStringLiteral("is_closed"), 0},
        {QStringLiteral("type"), QStringLiteral("group")},
    };
}

qint64 VkMessages::now()
{
    return QDateTime::currentSecsSinceEpoch();
}
