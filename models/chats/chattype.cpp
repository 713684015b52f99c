#include "chats/chattype.h"

#include "college/subject.h"

QString Chats::typeName(ChatType type)
{
    switch (type) {
    case ChatType::StaffRoom:
        return QStringLiteral("Учительская");
    case ChatType::Group:
        return QStringLiteral("Группа");
    case ChatType::Parents:
        return QStringLiteral("Родители");
    case ChatType::Subject:
        return QStringLiteral("Предметы");
    }
    return {};
}

QString Chats::title(ChatType type, const QString &groupName, const Subject &subject)
{
    switch (type) {
    case ChatType::StaffRoom:
        return typeName(type);
    case ChatType::Group:
        return groupName;
    case ChatType::Parents:
        return groupName + QLatin1Char('/') + typeName(type);
    case ChatType::Subject:
        return groupName + QLatin1Char('/') + subject.displayName();
    }
    return {};
}
