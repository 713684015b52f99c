#include "widgets/pageheading.h"

PageHeading::PageHeading(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    setFont(headingFont);
    setWordWrap(true);
    setAccessibleName(text);
}
