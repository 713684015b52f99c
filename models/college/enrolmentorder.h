#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

// An order («приказ») that moves a student; a cancellation names the order it cancels.
struct EnrolmentOrder
{
    enum class Kind {
        Enrolment,          // «зачисление»
        Withdrawal,         // «выбытие»
        CancelEnrolment,    // «отмена приказа о зачислении»
        CancelWithdrawal,   // «отмена приказа о выбытии»
    };

    qint64 id = 0;
    qint64 studentId = 0;
    qint64 groupId = 0;
    Kind kind = Kind::Enrolment;
    QDate date;
    QString number;
    qint64 cancelsOrderId = 0; // for the two cancellation kinds
};
