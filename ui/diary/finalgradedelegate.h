#pragma once

#include <QStyledItemDelegate>

// Draws a summary-sheet cell by its publication state: overdue (not published within a day) on red, waiting
// for publication on yellow, «отсрочка» in italics, a change not saved with a red frame.
class FinalGradeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor overdueColor();
    static QColor pendingColor();

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
