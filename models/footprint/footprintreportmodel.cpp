#include "footprint/footprintreportmodel.h"

#include <QCoreApplication>

namespace {

// A top-level row has internal id 0; the details row of report r has r + 1.
constexpr quintptr TopLevel = 0;

} // namespace

FootprintReportModel::FootprintReportModel(QObject *parent) : QAbstractItemModel(parent) {}

void FootprintReportModel::setReports(QList<FootprintReportRow> reports)
{
    beginResetModel();
    m_reports = std::move(reports);
    endResetModel();
}

const FootprintReportRow *FootprintReportModel::reportAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const qsizetype row = isDetails(index) ? qsizetype(index.internalId() - 1) : index.row();
    return row >= 0 && row < m_reports.size() ? &m_reports.at(row) : nullptr;
}

bool FootprintReportModel::isDetails(const QModelIndex &index)
{
    return index.isValid() && index.internalId() != TopLevel;
}

QModelIndex FootprintReportModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : TopLevel);
}

QModelIndex FootprintReportModel::parent(const QModelIndex &child) const
{
    if (!isDetails(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int FootprintReportModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_reports.size());
    // A report has its details as its one child; the details have none.
    return !isDetails(parent) && parent.column() == 0 ? 1 : 0;
}

int FootprintReportModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FootprintReportModel::data(const QModelIndex &index, int role) const
{
    const FootprintReportRow *report = reportAt(index);
    if (!report)
        return {};
    if (role == StudentIdRole)
        return report->studentId;
    if (role != Qt::DisplayRole)
        return {};
    if (isDetails(index))
        return index.column() == NameColumn ? QVariant(report->details) : QVariant();
    switch (index.column()) {
    case NameColumn:
        return report->name;
    case StatusColumn:
        return report->status;
    default:
        return {};
    }
}

QVariant FootprintReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // The words of the ЦС page, where this list is shown.
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("FootprintPage", "Student");
    case StatusColumn:
        return QCoreApplication::translate("FootprintPage", "Status");
    default:
        return QString();
    }
}

Qt::ItemFlags FootprintReportModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isDetails(index))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
