#pragma once

#include <QObject>

class QWidget;

// Reports the first time a window is painted: --quit-after-first-paint measures start-up up to that moment.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QWidget *window);

Q_SIGNALS:
    void firstPaint();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};
