#pragma once

#include <QWidget>

class FailureLog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

// What did not get through, with each service's own message and «Повторить»; and, while long work runs,
// its progress with «Отмена». Work waiting for the network is listed too and goes out by itself.
class SyncFailuresPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncFailuresPanel(FailureLog &log, QWidget *parent = nullptr);

    // Long work: what is being done, value of maximum (maximum 0: how long is unknown). Shows «Отмена».
    void showProgress(const QString &what, int value, int maximum);
    void hideProgress();

Q_SIGNALS:
    void cancelRequested();

private:
    void updateState();
    int currentRow() const;

    FailureLog &m_log;
    QTreeView *m_view;
    QLabel *m_empty;
    QLabel *m_detail;
    QPushButton *m_retry;
    QPushButton *m_retryAll;
    QPushButton *m_dismiss;
    QWidget *m_progressRow;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};
