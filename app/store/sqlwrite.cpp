#include "store/sqlwrite.h"

#include <QSqlError>

bool SqlWrite::exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}
