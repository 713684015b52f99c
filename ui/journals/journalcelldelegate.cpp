#include "journals/journalcelldelegate.h"

#include "journals/journaltablemodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>
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

// Qt's item painting lays a cell's text out twice (to place it, then to elide it) through a full QTextLayout,
// for every cell of every paint: most of the time a journal takes to appear. A cell here is one short line
// centred in its box, drawn as the style would draw it: its panel (background, selection), the text in the
// text colour of its state, the focus frame.
void JournalCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool plain =
        !(opt.features & ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::Alternate)) &&
        opt.displayAlignment == Qt::AlignCenter && !(opt.state & QStyle::State_Editing);
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);

    QStaticText *text = nullptr;
    if (!opt.text.isEmpty()) {
        QFont plainFont = opt.font;
        plainFont.setBold(false);
        plainFont.setItalic(false);
        if (plainFont != m_textFont) {
            m_texts.clear();
            m_textFont = plainFont;
        }
        const QString key = opt.text + QChar(u'0' + (opt.font.bold() ? 1 : 0) + (opt.font.italic() ? 2 : 0));
        auto it = m_texts.find(key);
        if (it == m_texts.end()) {
            if (m_texts.size() > 1024) // a journal scrolled through many groups of averages
                m_texts.clear();
            QStaticText laidOut(opt.text);
            laidOut.setTextFormat(Qt::PlainText);
            laidOut.prepare(QTransform(), opt.font);
            it = m_texts.insert(key, laidOut);
        }
        text = &it.value();
        if (text->size().width() > textRect.width()) { // too wide: Qt elides it
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
    }

    painter->save();
    painter->setClipRect(opt.rect);
    // A cell neither selected, hovered nor coloured has no panel to draw.
    if ((opt.state & (QStyle::State_Selected | QStyle::State_MouseOver)) ||
        opt.backgroundBrush.style() != Qt::NoBrush)
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    if (text) {
        painter->setPen(opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        const QSizeF size = text->size();
        const QPointF at(textRect.left() + (textRect.width() - size.width()) / 2,
                         textRect.top() + (textRect.height() - size.height()) / 2);
        painter->drawStaticText(at, *text);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor =
            opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                              opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}
