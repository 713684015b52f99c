#pragma once

#include <QString>

struct Subject;

// The four kinds of Sferum / VK Messenger chat a college keeps (seed 004 §29.1.2, §29.2.2).
enum class ChatType {
    StaffRoom, // «Учительская»: one per college
    Group,     // «Группа»: one per study group
    Parents,   // «Родители»: one per study group
    Subject,   // «Предметы»: one per study group and subject
};

namespace Chats {

// Seed 004 §29.2.1: «Тип чата Предметы» — the type as the chat table and the edit window name it.
QString typeName(ChatType type);

// Seed 004 §29.2.1: «Наименование чата ДО-19-3/Английский язык(ОГСЭ)» — the group, a slash, the subject with
// its cycle; «Группа» is the group's name, «Родители» the group's name and «/Родители», «Учительская» its
// type name.
QString title(ChatType type, const QString &groupName, const Subject &subject);

} // namespace Chats
