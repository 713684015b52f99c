#include "widgets/placeholderpage.h"

#include "widgets/pageheading.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &title, const QString &whatItWillHold, QWidget *parent)
    : PlaceholderPage(title, whatItWillHold, tr("This section is not available in this version yet."), parent)
{}

PlaceholderPage::PlaceholderPage(const QString &title, const QString &whatItWillHold,
                                 const QString &notYetText, QWidget *parent)
    : QWidget(parent), m_content(new QVBoxLayout)
{
    auto *heading = new PageHeading(title, this);
    auto *description = new QLabel(whatItWillHold, this);
    description->setObjectName(QStringLiteral("sectionDescription"));
    description->setWordWrap(true);

    auto *notYet = new QLabel(notYetText, this);
    notYet->setObjectName(QStringLiteral("sectionNotAvailable"));
    notYet->setWordWrap(true);
    QFont italic = notYet->font();
    italic.setItalic(true);
    notYet->setFont(italic);
    notYet->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(heading);
    layout->addWidget(description);
    layout->addWidget(notYet);
    layout->addSpacing(12);
    m_content->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_content, 1);
    layout->addStretch(0);
}
