#pragma once

#include "college/role.h"
#include "college/staffmember.h"
#include "net/sgoadmincalls.h"

#include <QObject>
#include <QPointer>

class ConnectPage;
class Engine;
class ErrorPage;
class FirstSyncPage;
class QAction;
class RoleChoicePage;
class QDockWidget;
class QLabel;
class QToolBar;
class SignInPage;
class SyncStatusWidget;
class WindowFrame;
class Workspace;

// Everything the window does with the engine: start-up progress, then the sign-in, then the signed-in user's
// workspace, the sync state in the status bar and the menus' engine actions. It fills a WindowFrame that was
// painted before the engine existed; the screens it made go with it, before the engine does.
class MainWindowController : public QObject
{
    Q_OBJECT
public:
    MainWindowController(WindowFrame &frame, Engine &engine, QObject *parent = nullptr);
    ~MainWindowController() override;

    // Null until someone has signed in.
    Workspace *workspace() const;

    // Signs in as the person acting in this one role.
    void signIn(const StaffMember &person, Role role);
    // The demo: back to its people. A real college: back to the choice of the person's roles.
    void switchUser();
    // A real college: closes the account's cache and goes back to «Подключение к колледжу».
    void signOut();
    // «Удалить данные с этого компьютера»: asks, signs out and removes the account's data.
    void forgetAccount();
    // The dock that lists what waits and what failed, with «Повторить»; made on first use.
    void showSyncProblems();

private:
    // The bar that names who is signed in; made at the first sign-in, since nobody has signed in before.
    void createSessionBar();
    void onReady();
    void onFailed(const QString &message);
    void onSignInNeeded();
    void onFirstSyncStarted();
    // A real college: the person SGO signed in works in the role chosen among theirs.
    void chooseRole();
    void createAccountActions();
    void updateTitle();
    void showPage(QWidget *page);

    WindowFrame &m_frame;
    Engine &m_engine;
    QPointer<SyncStatusWidget> m_syncStatus;
    QPointer<SignInPage> m_signInPage;
    QPointer<ErrorPage> m_errorPage;
    QPointer<Workspace> m_workspace;
    QPointer<QToolBar> m_sessionBar;
    QLabel *m_sessionLabel = nullptr;
    QPointer<QDockWidget> m_syncDock;
    QPointer<ConnectPage> m_connectPage;
    QPointer<RoleChoicePage> m_roleChoicePage;
    QPointer<FirstSyncPage> m_firstSyncPage;
    // The window owns them (its shortcuts and menus); it may go first at exit.
    QPointer<QAction> m_refreshAction;
    QPointer<QAction> m_signOutAction;
    QPointer<QAction> m_forgetAction;
    Role m_role = Role::Admin;
};
