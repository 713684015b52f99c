#pragma once

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace SqlRead {

// Runs a forward-only read with its bound values; on failure logs it under `category` and leaves the query
// inactive, so that the callers fall back to an empty answer.
bool run(QSqlQuery &query, const QLoggingCategory &category, const QString &sql,
         std::initializer_list<QVariant> values = {});

} // namespace SqlRead
