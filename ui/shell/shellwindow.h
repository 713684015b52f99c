#pragma once

#include "windowframe.h"

#include <QMainWindow>

class MessageBar;
class StartupPage;

// The one window as it first appears: menus, the start-up page, the notice strip and the status bar. It needs
// nothing but Qt Widgets, so it paints before the engine module (the cache, the network layer and every
// screen that uses them) is even loaded; the module then fills it through WindowFrame.
class ShellWindow : public QMainWindow, public WindowFrame
{
    Q_OBJECT
public:
    explicit ShellWindow(QWidget *parent = nullptr);
    ~ShellWindow() override;

    QMainWindow *window() override { return this; }
    QStackedWidget *pages() override { return m_pages; }
    QAction *action(Action which) override;
    void showProgress(int percent, const QString &what) override;
    void showNotice(const QString &message) override;
    void showStatus(const QString &message, int timeoutMs) override;
    // The engine could not be loaded or started: the start-up page says so, and why.
    void showStartFailure(const QString &reason);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();

    QStackedWidget *m_pages;
    MessageBar *m_messageBar;
    StartupPage *m_startupPage;
    QAction *m_switchUser;
    QAction *m_serviceSettings = nullptr;
    QAction *m_syncProblems = nullptr;
};
