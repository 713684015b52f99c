#include "statusmessagefit.h"

#include <QFontMetrics>
#include <QSizeGrip>
#include <QStatusBar>

#include <algorithm>

QString fitStatusMessage(const QStatusBar &bar, const QString &message)
{
    const bool rightToLeft = bar.layoutDirection() == Qt::RightToLeft;
    int left = 6;
    int right = bar.width() - 12;
    // While a temporary message shows, only the permanent widgets and the size grip stay visible.
    for (const QWidget *child : bar.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisible())
            continue;
        const int gap = qobject_cast<const QSizeGrip *>(child) ? 0 : 2;
        if (rightToLeft)
            left = std::max(left, child->geometry().right() + 1 + gap);
        else
            right = std::min(right, child->x() - gap);
    }
    return bar.fontMetrics().elidedText(message, Qt::ElideRight, std::max(0, right - left));
}
