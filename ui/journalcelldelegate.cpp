#include "journalcelldelegate.h"

#include "journaltablemodel.h"

#include <QLineEdit>
#include <QPalette>

#include <array>

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
    // One question to the model for the three roles: each data() call finds the cell again.
    std::array<QModelRoleData, 3> roles{QModelRoleData(JournalTableModel::MarkValueRole),
                                        QModelRoleData(JournalTableModel::AbsentRole),
                                        QModelRoleData(JournalTableModel::PendingRole)};
    index.multiData(roles);
    const int value = roles[0].data().toInt();
    const bool absent = roles[1].data().toBool();
    if (value == 2 || (absent && value == 0))
        option->palette.setColor(QPalette::Text, QColor(0xc0, 0x30, 0x30));
    if (roles[2].data().toBool())
        option->font.setItalic(true);
}
