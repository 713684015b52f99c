#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class SyncState;

// The status bar's permanent part: whether the services are reachable, what waits to be sent, what failed.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(const SyncState &state, QWidget *parent = nullptr);

Q_SIGNALS:
    // A click on the sync state: the person wants to see what waits and what failed.
    void detailsRequested();
    // «Отмена» of the long work the progress bar shows.
    void cancelRequested();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void refresh();

    const SyncState &m_state;
    QLabel *m_connection;
    QLabel *m_pending;
    QLabel *m_failed;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};
