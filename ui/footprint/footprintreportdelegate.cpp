#include "footprint/footprintreportdelegate.h"

#include "footprint/footprintpage.h"
#include "footprint/footprintreportmodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QTreeView>

#include <algorithm>

namespace {

constexpr int Spacing = 6;

} // namespace

FootprintReportDelegate::FootprintReportDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

QString FootprintReportDelegate::text(Button button)
{
    return button == Button::More ? FootprintPage::tr("More") : FootprintPage::tr("Correct…");
}

QSize FootprintReportDelegate::buttonSize(Button button) const
{
    QStyleOptionButton option;
    option.initFrom(m_view);
    option.text = text(button);
    const QSize content = option.fontMetrics.size(Qt::TextShowMnemonic, option.text);
    return m_view->style()->sizeFromContents(QStyle::CT_PushButton, &option, content, m_view);
}

QRect FootprintReportDelegate::buttonRect(const QRect &cell, Button button) const
{
    const QSize more = buttonSize(Button::More);
    const QSize size = button == Button::More ? more : buttonSize(Button::Correct);
    const int x = cell.left() + (button == Button::More ? 0 : more.width() + Spacing);
    return QRect(QPoint(x, cell.top() + (cell.height() - size.height()) / 2), size);
}

bool FootprintReportDelegate::isActions(const QModelIndex &index) const
{
    return index.column() == FootprintReportModel::ActionsColumn && !FootprintReportModel::isDetails(index);
}

void FootprintReportDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!isActions(index))
        return;
    const bool shown = m_view->isExpanded(index.siblingAtColumn(0));
    for (const Button button : {Button::More, Button::Correct}) {
        QStyleOptionButton box;
        box.initFrom(m_view);
        box.rect = buttonRect(option.rect, button);
        box.text = text(button);
        box.state = QStyle::State_Enabled | (option.state & QStyle::State_Active);
        box.state |=
            button == Button::More && shown ? QStyle::State_On | QStyle::State_Sunken : QStyle::State_Raised;
        m_view->style()->drawControl(QStyle::CE_PushButton, &box, painter, m_view);
    }
}

QSize FootprintReportDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!isActions(index))
        return size;
    const QSize more = buttonSize(Button::More);
    const QSize correct = buttonSize(Button::Correct);
    return QSize(more.width() + Spacing + correct.width(),
                 std::max({size.height(), more.height(), correct.height()}));
}

bool FootprintReportDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                          const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!isActions(index))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
        return true; // the row's buttons take the clicks on them
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    for (const Button button : {Button::More, Button::Correct}) {
        if (buttonRect(option.rect, button).contains(mouse->position().toPoint())) {
            Q_EMIT clicked(index.siblingAtColumn(0), button);
            return true;
        }
    }
    return true;
}
