#include "widgets/chartwidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {
constexpr int Margin = 8;
constexpr int Gap = 6;
constexpr int LegendSwatch = 10;
} // namespace

ChartWidget::ChartWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);
}

void ChartWidget::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    updateGeometry();
    update();
}

void ChartWidget::setSeries(const QList<Series> &series)
{
    m_series = series;
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void ChartWidget::setCategories(const QList<Category> &categories)
{
    m_categories = categories;
    m_hovered = {-1, -1};
    updateAccessibleDescription();
    updateGeometry();
    update();
}

void ChartWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QString ChartWidget::formatValue(double value) const
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString ChartWidget::defaultToolTip(int category, int series) const
{
    const Category &c = m_categories.at(category);
    const QString value = formatValue(c.values.value(series));
    if (m_series.size() <= 1)
        return c.label + QStringLiteral(": ") + value;
    return c.label + QStringLiteral(" — ") + m_series.at(series).name + QStringLiteral(": ") + value;
}

void ChartWidget::updateAccessibleDescription()
{
    // What a screen reader says instead of the picture: every number the bars show.
    QStringList lines;
    for (int c = 0; c < m_categories.size(); ++c) {
        for (int s = 0; s < m_series.size(); ++s)
            lines << defaultToolTip(c, s);
    }
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
}

ChartWidget::Layout ChartWidget::layout() const
{
    Layout l;
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    int y = Margin;
    if (!m_title.isEmpty()) {
        l.title = QRect(Margin, y, width() - 2 * Margin, boldFm.height());
        y += boldFm.height() + Gap;
    }
    if (m_series.size() > 1) {
        l.legend = QRect(Margin, y, width() - 2 * Margin, fm.height());
        y += fm.height() + Gap;
    }
    for (const Category &c : m_categories)
        l.labelWidth = std::max(l.labelWidth, fm.horizontalAdvance(c.label));
    // A little slack: a label measured to the pixel must not be elided when drawn.
    l.labelWidth = std::min(l.labelWidth + Gap + 4, width() / 2);
    l.barHeight = std::max(fm.height() - 2, 10);
    const int perSeries = int(std::max<qsizetype>(1, m_series.size()));
    l.rowHeight = perSeries * (l.barHeight + 2) + Gap + 2;
    double maximum = 0.0;
    for (const Category &c : m_categories) {
        for (double v : c.values)
            maximum = std::max(maximum, v);
    }
    l.maximum = maximum > 0.0 ? maximum : 1.0;
    // Room at the bars' end for the largest value's text.
    const int valueWidth = fm.horizontalAdvance(formatValue(maximum)) + Gap;
    const int left = Margin + l.labelWidth;
    l.plot = QRect(left, y, std::max(20, width() - left - Margin - valueWidth),
                   int(m_categories.size()) * l.rowHeight);
    return l;
}

QRect ChartWidget::barRect(int category, int series) const
{
    if (category < 0 || category >= m_categories.size() || series < 0 || series >= m_series.size())
        return {};
    const Layout l = layout();
    const double value = m_categories.at(category).values.value(series);
    const int length = value > 0.0 ? std::max(2, int(std::lround(value / l.maximum * l.plot.width()))) : 0;
    const int top = l.plot.top() + category * l.rowHeight + 1 + series * (l.barHeight + 2);
    return QRect(l.plot.left(), top, length, l.barHeight);
}

std::pair<int, int> ChartWidget::barAt(const QPoint &pos) const
{
    const Layout l = layout();
    for (int c = 0; c < m_categories.size(); ++c) {
        for (int s = 0; s < m_series.size(); ++s) {
            QRect r = barRect(c, s);
            // The whole row of a bar answers, so that short bars and zeros are easy to hover.
            r.setLeft(Margin);
            r.setRight(l.plot.right());
            if (r.contains(pos))
                return {c, s};
        }
    }
    return {-1, -1};
}

QString ChartWidget::toolTipAt(const QPoint &pos) const
{
    const auto [c, s] = barAt(pos);
    if (c < 0)
        return QString();
    const QString custom = m_categories.at(c).toolTips.value(s);
    return custom.isEmpty() ? defaultToolTip(c, s) : custom;
}

QSize ChartWidget::sizeHint() const
{
    const QFontMetrics fm(font());
    const int perSeries = int(std::max<qsizetype>(1, m_series.size()));
    const int rows = int(std::max<qsizetype>(1, m_categories.size()));
    const int rowHeight = perSeries * (std::max(fm.height() - 2, 10) + 2) + Gap + 2;
    int height = 2 * Margin + rows * rowHeight;
    if (!m_title.isEmpty())
        height += fm.height() + Gap + 2;
    if (m_series.size() > 1)
        height += fm.height() + Gap;
    return QSize(420, height);
}

QSize ChartWidget::minimumSizeHint() const
{
    return QSize(240, sizeHint().height());
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this,
                               barRect(barAt(help->pos()).first, barAt(help->pos()).second));
        }
        return true;
    }
    return QWidget::event(event);
}

void ChartWidget::mouseMoveEvent(QMouseEvent *event)
{
    const auto hovered = barAt(event->position().toPoint());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ChartWidget::leaveEvent(QEvent *event)
{
    m_hovered = {-1, -1};
    update();
    QWidget::leaveEvent(event);
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout();
    const QPalette pal = palette();

    if (!m_title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, m_title);
        p.setFont(font());
    }
    if (m_series.size() > 1) {
        int x = l.legend.left();
        for (const Series &s : m_series) {
            const QRect swatch(x, l.legend.center().y() - LegendSwatch / 2, LegendSwatch, LegendSwatch);
            p.fillRect(swatch, s.color);
            x += LegendSwatch + 4;
            p.setPen(pal.color(QPalette::Text));
            const int w = fontMetrics().horizontalAdvance(s.name);
            p.drawText(QRect(x, l.legend.top(), w, l.legend.height()), Qt::AlignVCenter, s.name);
            x += w + 3 * Gap;
        }
    }

    bool any = false;
    for (const Category &c : m_categories) {
        for (double v : c.values)
            any = any || v > 0.0;
    }
    if (!any && !m_emptyText.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(Margin, l.plot.top(), width() - 2 * Margin, std::max(l.plot.height(), 40)),
                   Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }

    // The axis the bars stand on.
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawLine(l.plot.topLeft(), l.plot.bottomLeft());

    const QFontMetrics fm = fontMetrics();
    for (int c = 0; c < m_categories.size(); ++c) {
        const Category &category = m_categories.at(c);
        const int rowTop = l.plot.top() + c * l.rowHeight;
        const int barsHeight = int(std::max<qsizetype>(1, m_series.size())) * (l.barHeight + 2);
        p.setPen(pal.color(QPalette::Text));
        const QString label = fm.elidedText(category.label, Qt::ElideRight, l.labelWidth - Gap);
        p.drawText(QRect(Margin, rowTop, l.labelWidth - Gap, barsHeight), Qt::AlignRight | Qt::AlignVCenter,
                   label);
        for (int s = 0; s < m_series.size(); ++s) {
            const QRect bar = barRect(c, s);
            QColor color =
                m_series.size() == 1 && category.color.isValid() ? category.color : m_series.at(s).color;
            if (m_hovered == std::make_pair(c, s))
                color = color.darker(125);
            p.fillRect(bar, color);
            p.setPen(pal.color(QPalette::Text));
            const QRect valueRect(bar.right() + 4, bar.top() - 2,
                                  fm.horizontalAdvance(formatValue(category.values.value(s))) + 2,
                                  bar.height() + 4);
            p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, formatValue(category.values.value(s)));
        }
    }
}
