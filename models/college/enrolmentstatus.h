#pragma once

#include "college/enrolmentorder.h"

#include <QDate>
#include <QList>

enum class EnrolmentStatus { NotEnrolled, Enrolled, Withdrawn };

namespace College {

// Seed 004 §29.2.2: «При зачислении и выбытии, а также при отмене приказа на зачисление или выбытие …
// автоматически корректируется список участников» — so the status is derived from the orders, never stored.
EnrolmentStatus enrolmentStatus(const QList<EnrolmentOrder> &ordersOfOneStudent, const QDate &asOf);

} // namespace College
