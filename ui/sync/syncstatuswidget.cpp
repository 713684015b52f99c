#include "sync/syncstatuswidget.h"

#include "sync/syncstate.h"
#include "widgets/problemlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>
#include <QToolButton>

SyncStatusWidget::SyncStatusWidget(const SyncState &state, QWidget *parent)
    : QWidget(parent), m_state(state), m_connection(new QLabel(this)), m_pending(new QLabel(this)),
      m_failed(new QLabel(this)), m_progressText(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_connection->setObjectName(QStringLiteral("syncConnection"));
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_failed->setObjectName(QStringLiteral("syncFailed"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    // A busy bar (how long is not known) shows no text of its own: what is being done stands beside it.
    m_progress->setTextVisible(false);
    m_progressText->setObjectName(QStringLiteral("syncProgressText"));
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop sending after the current batch; it goes on later by itself"));
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusWidget::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(16);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_connection);
    layout->addWidget(m_pending);
    layout->addWidget(m_failed);

    setCursor(Qt::PointingHandCursor);
    connect(&state, &SyncState::changed, this, &SyncStatusWidget::refresh);
    refresh();
}

void SyncStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT detailsRequested();
    QWidget::mouseReleaseEvent(event);
}

void SyncStatusWidget::refresh()
{
    if (!m_state.hasServices()) {
        m_connection->setText(tr("Services not configured"));
        m_connection->setToolTip(tr("No journal, U2035 or VK service is set up yet: everything stays in "
                                    "the local cache"));
    } else if (m_state.isOnline()) {
        m_connection->setText(tr("Online"));
        m_connection->setToolTip(tr("The services are reachable; changes are sent in the background"));
    } else {
        m_connection->setText(tr("Offline"));
        m_connection->setToolTip(tr("The services cannot be reached; changes are kept and sent later"));
    }
    m_pending->setText(tr("Waiting to be sent: %1").arg(m_state.pending()));
    m_pending->setToolTip(tr("Changes saved locally that are not yet sent"));
    m_failed->setText(tr("Errors: %1").arg(m_state.failed()));
    m_failed->setToolTip(tr("Changes the services refused or that could not be sent; click to see them"));
    QPalette errors = palette();
    if (m_state.failed() > 0)
        errors.setColor(QPalette::WindowText,
                        ProblemLabel::color(ProblemLabel::Tone::Error, errors.color(QPalette::Window)));
    m_failed->setPalette(errors);

    const std::optional<SyncState::Progress> &progress = m_state.progress();
    m_progressText->setVisible(progress.has_value());
    m_progress->setVisible(progress.has_value());
    m_cancel->setVisible(progress.has_value());
    if (progress) {
        m_progress->setRange(0, progress->total); // 0..0: busy, how long is not known
        m_progress->setValue(progress->total > 0 ? progress->done : 0);
        m_progressText->setText(progress->what);
    }
}
