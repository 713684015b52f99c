#include "widgets/errorpage.h"

#include "widgets/pageheading.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ErrorPage::ErrorPage(const QString &message, const QString &dataDir, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("errorPage"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    auto *heading = new PageHeading(tr("SPO Desk cannot open its data"), this);

    auto *text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("errorMessage"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *where = new QLabel(tr("Data folder: %1").arg(QDir::toNativeSeparators(dataDir)), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *quit = new QPushButton(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("errorQuitButton"));
    connect(quit, &QPushButton::clicked, this, &ErrorPage::quitRequested);

    auto *headRow = new QHBoxLayout;
    headRow->addWidget(icon, 0, Qt::AlignTop);
    headRow->addWidget(heading, 1);

    auto *column = new QVBoxLayout;
    column->addLayout(headRow);
    column->addWidget(text);
    column->addWidget(where);
    column->addSpacing(12);
    column->addWidget(quit, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addLayout(column);
    layout->addStretch(1);
}
