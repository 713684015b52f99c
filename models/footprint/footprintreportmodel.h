#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QList>
#include <QString>

// One student's report of an activity as the ЦС section lists it (seed 000): the name, where its footprint
// is, and the «Расширения БАС» values hidden behind «Подробнее».
struct FootprintReportRow
{
    qint64 studentId = 0;
    QString name;
    QString status;
    QString details;    // the values behind «Подробнее», one per line
    QJsonObject values; // the student's own «Расширения БАС» values
};

// The reports of one tab («Не заполнены» or «Заполнены»): a row per student with its details as the one
// child row (spanned by the view, shown while the row is expanded), and a column for the row's actions
// («Подробнее», «Исправить…») that a delegate draws. Thousands of students stay one model.
class FootprintReportModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ActionsColumn, ColumnCount };
    enum Role { StudentIdRole = Qt::UserRole + 1 };

    explicit FootprintReportModel(QObject *parent = nullptr);

    void setReports(QList<FootprintReportRow> reports);
    const QList<FootprintReportRow> &reports() const { return m_reports; }
    // The report of a row or of its details; null for an invalid index.
    const FootprintReportRow *reportAt(const QModelIndex &index) const;
    static bool isDetails(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<FootprintReportRow> m_reports;
};
