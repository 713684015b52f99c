#pragma once

#include <QStyledItemDelegate>

// Draws a journal cell (a weak mark and an absence stand out, an edit not yet saved is italic) and edits it
// in a small line edit, the way a spreadsheet does.
class JournalCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
