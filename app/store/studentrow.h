#pragma once

#include "college/student.h"

#include <QString>

class QSqlQuery;

// The students table as every reader reads it: the columns in one order, and the value made from them.
namespace StudentRow {

// "id, last_name, …, home_organisation", each prefixed with `alias.` when one is given.
QString columns(const QString &alias = QString());
// A student from the query's current row, whose columns start at `first` in columns()' order.
Student from(const QSqlQuery &query, int first = 0);

} // namespace StudentRow
