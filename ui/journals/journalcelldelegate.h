#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
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
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // A journal shows a handful of different texts (the marks, «н», the averages) hundreds of times: each is
    // laid out once, in each of the fonts a cell uses.
    mutable QHash<QString, QStaticText> m_texts; // text and its bold and italic flags
    mutable QFont m_textFont;                    // the cells' font, without bold or italic
};
