#include "logowidget.h"

#include <QPainter>
#include <QPainterPath>

namespace {
// The SVG's viewBox is 256 units square; everything below is in those units.
constexpr qreal ViewBox = 256;
const QColor Blue(0x1f, 0x5f, 0xa8);
const QColor PaleBlue(0xd9, 0xe6, 0xf5);
const QColor Orange(0xf2, 0xa5, 0x41);
} // namespace

LogoWidget::LogoWidget(int side, QWidget *parent) : QWidget(parent), m_side(side)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(QStringLiteral("SPO Desk"));
}

QSize LogoWidget::sizeHint() const
{
    return {m_side, m_side};
}

QSize LogoWidget::minimumSizeHint() const
{
    return sizeHint();
}

void LogoWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height());
    painter.translate((width() - side) / 2, (height() - side) / 2);
    painter.scale(side / ViewBox, side / ViewBox);

    painter.setPen(Qt::NoPen);
    painter.setBrush(Blue);
    painter.drawRoundedRect(QRectF(16, 16, 224, 224), 40, 40);
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(56, 60, 144, 136), 10, 10);
    painter.setBrush(PaleBlue);
    painter.drawRoundedRect(QRectF(56, 60, 144, 30), 10, 10);

    painter.setPen(QPen(Blue, 6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(76, 112), QPointF(180, 112));
    painter.drawLine(QPointF(76, 136), QPointF(180, 136));
    painter.drawLine(QPointF(76, 160), QPointF(150, 160));

    painter.setPen(Qt::NoPen);
    painter.setBrush(Orange);
    painter.drawEllipse(QPointF(190, 186), 28, 28);

    QPainterPath tick(QPointF(178, 186));
    tick.lineTo(187, 195);
    tick.lineTo(203, 177);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(tick);
}
