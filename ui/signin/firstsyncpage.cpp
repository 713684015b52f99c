#include "signin/firstsyncpage.h"

#include "widgets/centredcolumn.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

FirstSyncPage::FirstSyncPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("firstSyncPage"));
    m_what = new QLabel(this);
    m_what->setObjectName(QStringLiteral("firstSyncWhat"));
    m_what->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("firstSyncProgress"));
    m_bar->setRange(0, 100);
    m_bar->setValue(0);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("firstSyncCancel"));
    m_cancel->setToolTip(
        tr("Open the program with what has been loaded; the rest is loaded later, from where "
           "it stopped."));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_what->setText(tr("Stopping after the page being loaded…"));
        Q_EMIT cancelRequested();
    });
    QVBoxLayout *column = CentredColumn::install(this, tr("Loading the college"));
    column->addWidget(m_what);
    column->addWidget(m_bar);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    column->addLayout(buttons);
    CentredColumn::addHint(column,
                           tr("The first start loads the college from SGO once; later starts open at once "
                              "and bring only what changed."));
    setFocusProxy(m_cancel);
}

void FirstSyncPage::setProgress(int percent, const QString &what)
{
    m_bar->setValue(qBound(0, percent, 100));
    if (m_cancel->isEnabled())
        m_what->setText(what);
}
