#pragma once

#include <QWidget>

class QLabel;
class SyncState;

// The status bar's permanent part: whether the services are reachable, what waits to be sent, what failed.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(const SyncState &state, QWidget *parent = nullptr);

private:
    void refresh();

    const SyncState &m_state;
    QLabel *m_connection;
    QLabel *m_pending;
    QLabel *m_failed;
};
