#include "store/sqlread.h"

#include <QSqlError>

bool SqlRead::run(QSqlQuery &query, const QLoggingCategory &category, const QString &sql,
                  std::initializer_list<QVariant> values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(category) << "Cannot prepare" << sql << query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(category) << "Cannot read" << sql << query.lastError().text();
        return false;
    }
    return true;
}
