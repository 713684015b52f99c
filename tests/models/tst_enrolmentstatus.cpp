#include "college/enrolmentstatus.h"

#include <QTest>

class TestEnrolmentStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void status_data();
    void status();
};

using Kind = EnrolmentOrder::Kind;

static EnrolmentOrder order(qint64 id, Kind kind, QDate date, qint64 cancels = 0)
{
    EnrolmentOrder o;
    o.id = id;
    o.studentId = 1;
    o.kind = kind;
    o.date = date;
    o.cancelsOrderId = cancels;
    return o;
}

void TestEnrolmentStatus::status_data()
{
    QTest::addColumn<QList<EnrolmentOrder>>("orders");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<EnrolmentStatus>("expected");

    const QDate sep1(2025, 9, 1), dec1(2025, 12, 1), dec5(2025, 12, 5);
    QTest::newRow("no orders: not enrolled")
        << QList<EnrolmentOrder>{} << sep1 << EnrolmentStatus::NotEnrolled;
    QTest::newRow("зачисление") << QList{order(1, Kind::Enrolment, sep1)} << sep1
                                << EnrolmentStatus::Enrolled;
    QTest::newRow("зачисление later than the day asked")
        << QList{order(1, Kind::Enrolment, dec1)} << sep1 << EnrolmentStatus::NotEnrolled;
    QTest::newRow("выбытие after зачисление")
        << QList{order(1, Kind::Enrolment, sep1), order(2, Kind::Withdrawal, dec1)} << dec5
        << EnrolmentStatus::Withdrawn;
    QTest::newRow("отмена приказа о выбытии")
        << QList{order(1, Kind::Enrolment, sep1), order(2, Kind::Withdrawal, dec1),
                 order(3, Kind::CancelWithdrawal, dec5, 2)}
        << dec5 << EnrolmentStatus::Enrolled;
    QTest::newRow("отмена приказа о зачислении")
        << QList{order(1, Kind::Enrolment, sep1), order(2, Kind::CancelEnrolment, dec1, 1)} << dec5
        << EnrolmentStatus::NotEnrolled;
    QTest::newRow("a cancellation dated later does not count yet")
        << QList{order(1, Kind::Enrolment, sep1), order(2, Kind::CancelEnrolment, dec5, 1)} << dec1
        << EnrolmentStatus::Enrolled;
    QTest::newRow("re-enrolled the same day after withdrawal")
        << QList{order(1, Kind::Enrolment, sep1), order(2, Kind::Withdrawal, dec1),
                 order(3, Kind::Enrolment, dec1)}
        << dec1 << EnrolmentStatus::Enrolled;
}

void TestEnrolmentStatus::status()
{
    QFETCH(QList<EnrolmentOrder>, orders);
    QFETCH(QDate, asOf);
    QFETCH(EnrolmentStatus, expected);
    QCOMPARE(College::enrolmentStatus(orders, asOf), expected);
}

QTEST_GUILESS_MAIN(TestEnrolmentStatus)
#include "tst_enrolmentstatus.moc"
