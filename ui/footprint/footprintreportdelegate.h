#pragma once

#include <QStyledItemDelegate>

class QTreeView;

// The actions column of the ЦС reports (seed 000): a report's buttons «Подробнее» (down while its details
// are shown) and «Исправить…», drawn with the style instead of a widget per row, so that a list of thousands
// of students stays light. A click on a button is reported as a signal.
class FootprintReportDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Button { More, Correct };

    explicit FootprintReportDelegate(QTreeView *view);

    // Where a button is drawn in a cell of the actions column.
    QRect buttonRect(const QRect &cell, Button button) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    void clicked(const QModelIndex &report, FootprintReportDelegate::Button button);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    static QString text(Button button);
    QSize buttonSize(Button button) const;
    bool isActions(const QModelIndex &index) const;

    QTreeView *m_view;
};
