#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The first sync of a college: what is being loaded, with counts, and «Отмена» — what has arrived stays and
// the screens open with it; the rest follows in the background, where the sync stopped.
class FirstSyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstSyncPage(QWidget *parent = nullptr);

    void setProgress(int percent, const QString &what);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_what;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};
