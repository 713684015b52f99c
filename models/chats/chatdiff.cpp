#include "chats/chatdiff.h"

#include <QSet>

namespace {

using Kind = ChatChange::Kind;
using Chats::PersonKind;

void emitMissing(QList<ChatChange> &out, const ChatChange &base, Kind kind, PersonKind personKind,
                 const QList<qint64> &ids, const QList<qint64> &notIn)
{
    for (qint64 id : ids) {
        if (notIn.contains(id))
            continue;
        ChatChange change = base;
        change.kind = kind;
        change.personKind = personKind;
        change.personId = id;
        out << change;
    }
}

void emitMissing(QList<ChatChange> &out, const ChatChange &base, Kind kind, const ChatMembers &ids,
                 const ChatMembers &notIn)
{
    emitMissing(out, base, kind, PersonKind::Staff, ids.staff, notIn.staff);
    emitMissing(out, base, kind, PersonKind::Student, ids.students, notIn.students);
    emitMissing(out, base, kind, PersonKind::Parent, ids.parents, notIn.parents);
}

QList<qint64> both(const QList<qint64> &a, const QList<qint64> &b)
{
    QList<qint64> out;
    for (qint64 id : a)
        if (b.contains(id))
            out << id;
    return out;
}

} // namespace

QList<ChatChange> Chats::changes(const QList<PlannedChat> &should, const QList<ExistingChat> &has,
                                 UnplannedChats unplanned)
{
    QList<ChatChange> out;
    QSet<qsizetype> matched;
    for (const PlannedChat &planned : should) {
        const ExistingChat *existing = nullptr;
        for (qsizetype i = 0; i < has.size(); ++i) {
            if (has[i].key == planned.key && !matched.contains(i)) {
                existing = &has[i];
                matched.insert(i);
                break;
            }
        }

        ChatChange base;
        base.chat = planned.key;
        if (!existing) {
            ChatChange create = base;
            create.kind = Kind::Create;
            create.title = planned.title;
            create.members = planned.members;
            out << create;
            emitMissing(out, base, Kind::MakeAdmin, planned.admins, {});
            continue;
        }

        base.chatId = existing->id;
        emitMissing(out, base, Kind::AddMember, planned.members, existing->members);
        emitMissing(out, base, Kind::MakeAdmin, planned.admins, existing->admins);
        // Admins who leave the chat stop being admins first; the others keep what was assigned by hand.
        const ChatMembers leavingAdmins{both(existing->admins.staff, existing->members.staff),
                                        both(existing->admins.students, existing->members.students),
                                        both(existing->admins.parents, existing->members.parents)};
        emitMissing(out, base, Kind::UnmakeAdmin, leavingAdmins, planned.members);
        emitMissing(out, base, Kind::RemoveMember, existing->members, planned.members);
    }

    if (unplanned == UnplannedChats::Delete) {
        for (qsizetype i = 0; i < has.size(); ++i) {
            if (matched.contains(i))
                continue;
            const ExistingChat &chat = has[i];
            ChatChange remove;
            remove.kind = Kind::Delete;
            remove.chat = chat.key;
            remove.chatId = chat.id;
            remove.title = chat.title;
            out << remove;
        }
    }
    return out;
}
