#include "college/enrolmentstatus.h"

#include <QSet>

#include <algorithm>

EnrolmentStatus College::enrolmentStatus(const QList<EnrolmentOrder> &ordersOfOneStudent, const QDate &asOf)
{
    QSet<qint64> cancelled;
    for (const EnrolmentOrder &order : ordersOfOneStudent) {
        const bool isCancellation = order.kind == EnrolmentOrder::Kind::CancelEnrolment ||
                                    order.kind == EnrolmentOrder::Kind::CancelWithdrawal;
        if (isCancellation && order.date <= asOf)
            cancelled.insert(order.cancelsOrderId);
    }

    QList<EnrolmentOrder> effective;
    for (const EnrolmentOrder &order : ordersOfOneStudent) {
        const bool moves =
            order.kind == EnrolmentOrder::Kind::Enrolment || order.kind == EnrolmentOrder::Kind::Withdrawal;
        if (moves && order.date <= asOf && !cancelled.contains(order.id))
            effective << order;
    }
    if (effective.isEmpty())
        return EnrolmentStatus::NotEnrolled;

    // Same-day orders keep their registration order (ids grow with it).
    const auto latest =
        std::max_element(effective.cbegin(), effective.cend(), [](const auto &a, const auto &b) {
            return a.date != b.date ? a.date < b.date : a.id < b.id;
        });
    return latest->kind == EnrolmentOrder::Kind::Enrolment ? EnrolmentStatus::Enrolled
                                                           : EnrolmentStatus::Withdrawn;
}
