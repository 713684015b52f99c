#include "journalcelldelegate.h"

#include "journaltablemodel.h"

#include <QLineEdit>
#include <QPalette>

QWidget *JournalCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("journalCellEditor"));
    editor->setAlignment(Qt::AlignCenter);
    editor->setFrame(false);
    editor->setMaxLength(8);
    return editor;
}

void JournalCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() < JournalTableModel::FirstLessonColumn) {
        option->font.setBold(true);
        return;
    }
    const int value = index.data(JournalTableModel::MarkValueRole).toInt();
    const bool absent = index.data(JournalTableModel::AbsentRole).toBool();
    if (value == 2 || (absent && value == 0))
        option->palette.setColor(QPalette::Text, QColor(0xc0, 0x30, 0x30));
    if (index.data(JournalTableModel::PendingRole).toBool())
        option->font.setItalic(true);
}
