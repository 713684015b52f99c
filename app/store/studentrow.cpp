#include "store/studentrow.h"

#include "store/storecodes.h"

#include <QDate>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

QString StudentRow::columns(const QString &alias)
{
    static const QStringList names = {QStringLiteral("id"),         QStringLiteral("last_name"),
                                      QStringLiteral("first_name"), QStringLiteral("middle_name"),
                                      QStringLiteral("group_id"),   QStringLiteral("birth_date"),
                                      QStringLiteral("unti_id"),    QStringLiteral("login"),
                                      QStringLiteral("entry"),      QStringLiteral("home_organisation")};
    if (alias.isEmpty())
        return names.join(QStringLiteral(", "));
    QStringList prefixed;
    for (const QString &name : names)
        prefixed << alias + QLatin1Char('.') + name;
    return prefixed.join(QStringLiteral(", "));
}

Student StudentRow::from(const QSqlQuery &query, int first)
{
    Student s;
    s.id = query.value(first).toLongLong();
    s.name = {query.value(first + 1).toString(), query.value(first + 2).toString(),
              query.value(first + 3).toString()};
    s.groupId = query.value(first + 4).toLongLong();
    s.birthDate = QDate::fromString(query.value(first + 5).toString(), Qt::ISODate);
    s.untiId = query.value(first + 6).toString();
    s.login = query.value(first + 7).toString();
    s.entry = StoreCodes::entryMethod(query.value(first + 8).toInt());
    s.homeOrganisation = query.value(first + 9).toString();
    return s;
}
