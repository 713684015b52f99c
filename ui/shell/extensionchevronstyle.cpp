#include "extensionchevronstyle.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace {

// » (or the same pointing down): two chevrons in the button text colour, drawn at whatever size is asked.
class ChevronIconEngine : public QIconEngine
{
public:
    explicit ChevronIconEngine(Qt::Orientation orientation) : m_orientation(orientation) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.center().x() - side / 2 + 0.5, rect.center().y() - side / 2 + 0.5, side, side);
        const qreal half = side * 0.16; // half the height of one chevron
        const qreal step = side * 0.28; // from one chevron to the next

        // Each chevron: from one arm's end to the tip and on to the other arm's end.
        const bool across = m_orientation == Qt::Horizontal;
        QPainterPath path;
        for (int i = 0; i < 2; ++i) {
            const qreal along = (i - 0.5) * step + half / 2;
            const QPointF tip = box.center() + (across ? QPointF(along, 0) : QPointF(0, along));
            path.moveTo(tip + QPointF(-half, -half));
            path.lineTo(tip);
            path.lineTo(tip + (across ? QPointF(-half, half) : QPointF(half, -half)));
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QGuiApplication::palette().color(group, QPalette::ButtonText),
                             qMax<qreal>(1.0, side / 12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ChevronIconEngine(m_orientation); }
    QString key() const override { return QStringLiteral("spodesk-chevron"); }

private:
    Qt::Orientation m_orientation;
};

} // namespace

// With no base style QProxyStyle takes the one the application would have had (the desktop's, or -style).
ExtensionChevronStyle::ExtensionChevronStyle() = default;

QIcon ExtensionChevronStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                          const QWidget *widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(new ChevronIconEngine(Qt::Horizontal));
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(new ChevronIconEngine(Qt::Vertical));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}
