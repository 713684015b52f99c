#include "footprint/footprintreportmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The ЦС reports of one tab (seed 000): a row per student, the values behind «Подробнее» as its one child.
class TestFootprintReportModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRowPerStudentWithItsDetailsAsChild();
    void thousandsOfStudents();
};

namespace {

FootprintReportRow report(qint64 id, const QString &name, const QString &status, const QString &details)
{
    FootprintReportRow row;
    row.studentId = id;
    row.name = name;
    row.status = status;
    row.details = details;
    return row;
}

} // namespace

void TestFootprintReportModel::aRowPerStudentWithItsDetailsAsChild()
{
    FootprintReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReports({report(1, QStringLiteral("Иванов Иван"), QStringLiteral("Sent to U2035"),
                             QStringLiteral("Безопасность и качество полёта: 7 (0–10) баллы")),
                      report(2, QStringLiteral("Петров Пётр"), QStringLiteral("No footprint yet"),
                             QStringLiteral("No BAS extensions are filled for this activity."))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(FootprintReportModel::ColumnCount));
    const QModelIndex first = model.index(0, FootprintReportModel::NameColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Иванов Иван"));
    QCOMPARE(model.index(0, FootprintReportModel::StatusColumn).data().toString(),
             QStringLiteral("Sent to U2035"));
    QCOMPARE(first.data(FootprintReportModel::StudentIdRole).toLongLong(), 1);
    QCOMPARE(model.headerData(FootprintReportModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Student"));

    QCOMPARE(model.rowCount(first), 1);
    const QModelIndex details = model.index(0, 0, first);
    QVERIFY(FootprintReportModel::isDetails(details));
    QCOMPARE(details.parent(), first);
    QCOMPARE(details.data().toString(), QStringLiteral("Безопасность и качество полёта: 7 (0–10) баллы"));
    QCOMPARE(model.reportAt(details)->studentId, 1);
    QCOMPARE(model.rowCount(details), 0);
    QVERIFY(!(model.flags(details) & Qt::ItemIsSelectable));

    const QModelIndex second = model.index(1, 0);
    QCOMPARE(model.index(0, 0, second).data().toString(),
             QStringLiteral("No BAS extensions are filled for this activity."));

    model.setReports({});
    QCOMPARE(model.rowCount(), 0);
}

void TestFootprintReportModel::thousandsOfStudents()
{
    FootprintReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<FootprintReportRow> rows;
    for (int i = 0; i < 5000; ++i)
        rows << report(i + 1, QStringLiteral("Студент %1").arg(i), QStringLiteral("Waiting to be sent"),
                       QString());
    model.setReports(rows);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.index(4999, 0).data(FootprintReportModel::StudentIdRole).toLongLong(), 5000);
    QCOMPARE(model.reportAt(model.index(0, 0, model.index(4999, 0)))->name, QStringLiteral("Студент 4999"));
}

QTEST_GUILESS_MAIN(TestFootprintReportModel)
#include "tst_footprintreportmodel.moc"
