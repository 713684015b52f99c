#pragma once

#include <QProxyStyle>

// The platform's style, except that the «more» button a menu bar or toolbar shows when its items do not fit
// gets a chevron drawn here instead of Qt's PNG. Every menu bar and toolbar builds that button at once,
// hidden; loading a PNG through QImageReader first asks every image-format plugin whether it can read it,
// which loads all of them (JPEG, TIFF, WebP, …): 3.5 ms of the 43 a window with a menu bar took to paint.
class ExtensionChevronStyle : public QProxyStyle
{
    Q_OBJECT
public:
    ExtensionChevronStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
