#include "widgets/centredcolumn.h"

#include "logowidget.h"
#include "widgets/pageheading.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

QVBoxLayout *CentredColumn::install(QWidget *page, const QString &heading, int width)
{
    auto *column = new QVBoxLayout;
    column->addWidget(new LogoWidget(64, page));
    column->addSpacing(8);
    column->addWidget(new PageHeading(heading, page));
    auto *centre = new QVBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column);
    centre->addStretch(2);
    auto *layout = new QHBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(centre, width);
    layout->addStretch(1);
    return column;
}

QLabel *CentredColumn::addHint(QVBoxLayout *column, const QString &text)
{
    auto *hint = new QLabel(text);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    column->addSpacing(8);
    column->addWidget(hint);
    return hint;
}
