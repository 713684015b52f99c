#include "sync/syncfailurespanel.h"

#include "net/failurelog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

SyncFailuresPanel::SyncFailuresPanel(FailureLog &log, QWidget *parent)
    : QWidget(parent), m_log(log), m_view(new QTreeView(this)), m_empty(new QLabel(this)),
      m_detail(new QLabel(this)), m_retry(new QPushButton(tr("Retry"), this)),
      m_retryAll(new QPushButton(tr("Retry all"), this)), m_dismiss(new QPushButton(tr("Dismiss"), this)),
      m_progressRow(new QWidget(this)), m_progressText(new QLabel(m_progressRow)),
      m_progress(new QProgressBar(m_progressRow)), m_cancel(new QPushButton(tr("Cancel"), m_progressRow))
{
    setObjectName(QStringLiteral("syncFailuresPanel"));
    m_view->setObjectName(QStringLiteral("failuresView"));
    m_view->setModel(&m_log);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FailureLog::ServiceColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FailureLog::WhatColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(FailureLog::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FailureLog::TimeColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(FailureLog::WhatColumn, 220);

    m_empty->setObjectName(QStringLiteral("failuresEmpty"));
    m_empty->setText(tr("Everything has been sent. Nothing failed."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    // The whole message of the selected failure: a service's explanation rarely fits a table cell.
    m_detail->setObjectName(QStringLiteral("failureDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 2);

    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setToolTip(tr("Send the selected item again"));
    m_retryAll->setObjectName(QStringLiteral("retryAllButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setToolTip(tr("Remove the selected item from the list without sending it"));
    connect(m_retry, &QPushButton::clicked, this, [this] { m_log.retryRow(currentRow()); });
    connect(m_retryAll, &QPushButton::clicked, this, [this] { m_log.retryAll(); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            m_log.remove(m_log.index(row, 0).data(FailureLog::IdRole).toULongLong());
    });

    m_progressRow->setObjectName(QStringLiteral("progressRow"));
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &SyncFailuresPanel::cancelRequested);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_retryAll);
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(&m_log, &QAbstractItemModel::rowsInserted, this, &SyncFailuresPanel::updateState);
    connect(&m_log, &QAbstractItemModel::rowsRemoved, this, &SyncFailuresPanel::updateState);
    connect(&m_log, &QAbstractItemModel::modelReset, this, &SyncFailuresPanel::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncFailuresPanel::updateState);
    updateState();
}

int SyncFailuresPanel::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SyncFailuresPanel::updateState()
{
    const bool any = m_log.rowCount() > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    const int row = currentRow();
    m_retry->setEnabled(row >= 0 && m_log.index(row, 0).data(FailureLog::RetryableRole).toBool());
    m_dismiss->setEnabled(row >= 0);
    m_retryAll->setEnabled(any);
    if (row >= 0) {
        const QModelIndex index = m_log.index(row, FailureLog::MessageColumn);
        m_detail->setText(m_log.index(row, FailureLog::WhatColumn).data().toString() + QStringLiteral(" — ") +
                          index.data(FailureLog::MessageRole).toString());
    } else {
        m_detail->setText(any ? tr("Select a line to see the whole message.") : QString());
    }
}

void SyncFailuresPanel::showProgress(const QString &what, int value, int maximum)
{
    m_progressText->setText(what);
    m_progress->setRange(0, std::max(0, maximum));
    if (maximum > 0)
        m_progress->setValue(std::clamp(value, 0, maximum));
    m_cancel->setEnabled(true);
    m_progressRow->show();
}

void SyncFailuresPanel::hideProgress()
{
    m_progressRow->hide();
}
