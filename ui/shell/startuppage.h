#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// Shown while the engine opens the cache; the first start of the demo builds the whole college meanwhile.
class StartupPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartupPage(QWidget *parent = nullptr);

    void setProgress(int percent, const QString &what);
    // Start-up stopped: the text says why, the progress bar goes.
    void showFailure(const QString &message);

private:
    QLabel *m_text;
    QProgressBar *m_bar;
};
