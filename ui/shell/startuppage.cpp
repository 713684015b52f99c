#include "startuppage.h"

#include "logowidget.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

StartupPage::StartupPage(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(tr("Opening the local cache…"), this)), m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("startupPage"));
    m_text->setObjectName(QStringLiteral("startupText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    m_bar->setObjectName(QStringLiteral("startupProgress"));
    m_bar->setRange(0, 0); // busy until the engine says how far it is
    m_bar->setAccessibleName(tr("Start-up progress"));

    // No heading in bold: this page is the first frame, and a second font face costs it a millisecond or more
    // (issue 2); the logo and the line of text say enough.
    auto *column = new QVBoxLayout;
    column->addWidget(new LogoWidget(96, this), 0, Qt::AlignHCenter);
    column->addSpacing(12);
    column->addWidget(m_text);
    column->addWidget(m_bar);

    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    auto *centre = new QVBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column);
    centre->addStretch(2);
    layout->addLayout(centre, 2);
    layout->addStretch(1);
}

void StartupPage::setProgress(int percent, const QString &what)
{
    m_bar->setRange(0, 100);
    m_bar->setValue(percent);
    if (!what.isEmpty())
        m_text->setText(what);
}

void StartupPage::showFailure(const QString &message)
{
    m_bar->hide();
    m_text->setText(message);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
}
