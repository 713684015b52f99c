#pragma once

#include <QWidget>

// SPO Desk's logo (resources/icons/spodesk.svg), painted with QPainter at any size and pixel ratio. The
// start-up page is the first frame, and an SVG or PNG picture there would first load Qt's image plugins
// (issue 2: about 2 ms of the 60 to spodesk's first paint). Keep the shapes in step with the SVG.
class LogoWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LogoWidget(int side, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_side;
};
