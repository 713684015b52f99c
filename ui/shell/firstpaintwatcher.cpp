#include "firstpaintwatcher.h"

#include <QEvent>
#include <QWidget>

FirstPaintWatcher::FirstPaintWatcher(QWidget *window) : QObject(window), m_window(window)
{
    m_window->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Paint) {
        m_window->removeEventFilter(this);
        Q_EMIT firstPaint();
    }
    return QObject::eventFilter(watched, event);
}
