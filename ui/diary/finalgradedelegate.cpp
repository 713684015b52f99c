#include "diary/finalgradedelegate.h"

#include "diary/summarysheetmodel.h"

#include <QPainter>

QColor FinalGradeDelegate::overdueColor()
{
    return QColor(0xf5, 0xc6, 0xcb);
}

QColor FinalGradeDelegate::pendingColor()
{
    return QColor(0xff, 0xee, 0xba);
}

void FinalGradeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.data(SummarySheetModel::PublicationRole).value<SummarySheetModel::Publication>()) {
    case SummarySheetModel::Publication::Overdue:
        option->backgroundBrush = overdueColor();
        option->palette.setColor(QPalette::Text, Qt::black);
        break;
    case SummarySheetModel::Publication::Pending:
        option->backgroundBrush = pendingColor();
        option->palette.setColor(QPalette::Text, Qt::black);
        break;
    case SummarySheetModel::Publication::Published:
    case SummarySheetModel::Publication::NoGrade:
        break;
    }
    const FinalGrade grade = index.data(SummarySheetModel::GradeRole).value<FinalGrade>();
    if (grade.value > 0) {
        option->font.setBold(true);
    } else if (grade.deferred) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}

void FinalGradeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(SummarySheetModel::UnsavedRole).toBool()) {
        painter->save();
        painter->setPen(QPen(QColor(0xc0, 0x1e, 0x1e), 2, Qt::DashLine));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
}
