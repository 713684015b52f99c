#pragma once

#include "role.h"
#include "staffmember.h"

#include <QMainWindow>

class Engine;
class ErrorPage;
class MessageBar;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QToolBar;
class SignInPage;
class StartupPage;
class Workspace;

// The one window: start-up progress, then the sign-in, then the signed-in user's workspace.
// It paints at once and never waits for the engine; everything after start-up follows the engine's signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Null until someone has signed in.
    Workspace *workspace() const { return m_workspace; }

    // Signs in as the person acting in this one role.
    void signIn(const StaffMember &person, Role role);
    void switchUser();
    // The dock that lists what waits and what failed, with «Повторить»; made on first use.
    void showSyncProblems();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // The bar that names who is signed in; made at the first sign-in, since building a toolbar cost the first
    // frame about 5 % of its time (issue 2) and nobody has signed in then.
    void createSessionBar();
    void onProgress(int percent, const QString &what);
    void onReady();
    void onFailed(const QString &message);
    void onNotice(const QString &message);
    void showPage(QWidget *page);
    void updateTitle();

    Engine &m_engine;
    QStackedWidget *m_pages;
    MessageBar *m_messageBar;
    StartupPage *m_startupPage;
    SignInPage *m_signInPage = nullptr;
    ErrorPage *m_errorPage = nullptr;
    Workspace *m_workspace = nullptr;
    QToolBar *m_sessionBar = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QAction *m_switchUser;
    QDockWidget *m_syncDock = nullptr;
    Role m_role = Role::Admin;
};
