#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace SqlWrite {

// Prepares and runs one statement of a write job with its bound values; on failure *error (may be null) gets
// SQLite's words and the job returns false, which rolls the transaction back.
bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, QString *error);

} // namespace SqlWrite
