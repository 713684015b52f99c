#include "mainwindowcontroller.h"

#include "engine.h"
#include "widgets/errorpage.h"
#include "widgets/labels.h"
#include "servicehub.h"
#include "sync/servicesettingsdialog.h"
#include "signinpage.h"
#include "store/collegerepository.h"
#include "net/sgosignin.h"
#include "signin/connectpage.h"
#include "signin/firstsyncpage.h"
#include "signin/rolechoicepage.h"
#include "sync/syncfailurespanel.h"
#include "widgets/messagebox.h"
#include "sync/syncstatuswidget.h"
#include "windowframe.h"
#include "workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMainWindow>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace {
const auto LastRoleKey = QLatin1String("signIn/lastRole");
} // namespace

MainWindowController::MainWindowController(WindowFrame &frame, Engine &engine, QObject *parent)
    : QObject(parent), m_frame(frame), m_engine(engine)
{
    QMainWindow *window = m_frame.window();
    QAction *switchUserAction = m_frame.action(WindowFrame::Action::SwitchUser);
    connect(switchUserAction, &QAction::triggered, this, &MainWindowController::switchUser);

    QAction *services = m_frame.action(WindowFrame::Action::ServiceSettings);
    connect(services, &QAction::triggered, this, [this] {
        ServiceSettingsDialog dialog(m_engine.services(), m_frame.window());
        dialog.exec();
    });
    services->setEnabled(true);
    QAction *problems = m_frame.action(WindowFrame::Action::SyncProblems);
    connect(problems, &QAction::triggered, this, &MainWindowController::showSyncProblems);
    problems->setEnabled(true);

    m_syncStatus = new SyncStatusWidget(m_engine.syncState(), window->statusBar());
    connect(m_syncStatus, &SyncStatusWidget::detailsRequested, this, &MainWindowController::showSyncProblems);
    connect(m_syncStatus, &SyncStatusWidget::cancelRequested, &m_engine, &Engine::cancelSending);
    window->statusBar()->addPermanentWidget(m_syncStatus);
    updateTitle();

    connect(&m_engine, &Engine::progress, this, [this](int percent, const QString &what) {
        m_frame.showProgress(percent, what);
        if (m_firstSyncPage)
            m_firstSyncPage->setProgress(percent, what);
    });
    connect(&m_engine, &Engine::ready, this, &MainWindowController::onReady);
    connect(&m_engine, &Engine::signInNeeded, this, &MainWindowController::onSignInNeeded);
    connect(&m_engine, &Engine::firstSyncStarted, this, &MainWindowController::onFirstSyncStarted);
    connect(&m_engine, &Engine::collegeChanged, this, [this] {
        if (m_workspace)
            m_workspace->reloadFromCache();
        // The demo's people arrived after a first load that was cancelled: offer them now.
        if (!m_workspace && m_signInPage && !m_signInPage->offersAnyone()) {
            delete m_signInPage;
            onReady();
        }
    });
    createAccountActions();
    connect(&m_engine, &Engine::failed, this, &MainWindowController::onFailed);
    connect(&m_engine, &Engine::notice, this,
            [this](const QString &message) { m_frame.showNotice(message); });
    if (m_engine.isReady())
        onReady();
    else if (m_engine.needsSignIn())
        onSignInNeeded();
}

MainWindowController::~MainWindowController()
{
    // The screens read the engine, which goes right after this; the window may stay a moment longer.
    delete m_syncDock;
    delete m_workspace;
    delete m_signInPage;
    delete m_connectPage;
    delete m_roleChoicePage;
    delete m_firstSyncPage;
    delete m_errorPage;
    delete m_sessionBar;
    delete m_syncStatus;
    delete m_refreshAction;
    delete m_signOutAction;
    delete m_forgetAction;
}

Workspace *MainWindowController::workspace() const
{
    return m_workspace.data();
}

void MainWindowController::showSyncProblems()
{
    if (!m_syncDock) {
        QMainWindow *window = m_frame.window();
        m_syncDock = new QDockWidget(tr("Sending problems"), window);
        m_syncDock->setObjectName(QStringLiteral("syncProblemsDock"));
        m_syncDock->setWidget(new SyncFailuresPanel(m_engine.services().failures(), m_syncDock));
        window->addDockWidget(Qt::BottomDockWidgetArea, m_syncDock);
    }
    m_syncDock->show();
    m_syncDock->raise();
    m_syncDock->widget()->setFocus();
}

void MainWindowController::createSessionBar()
{
    QMainWindow *window = m_frame.window();
    m_sessionBar = new QToolBar(tr("Session"), window);
    m_sessionBar->setObjectName(QStringLiteral("sessionToolBar"));
    m_sessionBar->setMovable(false);
    m_sessionBar->setFloatable(false);
    m_sessionBar->toggleViewAction()->setEnabled(false);
    m_sessionLabel = new QLabel(m_sessionBar);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    m_sessionLabel->setContentsMargins(8, 0, 12, 0);
    m_sessionBar->addWidget(m_sessionLabel);
    auto *spacer = new QWidget(m_sessionBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_sessionBar->addWidget(spacer);
    m_sessionBar->addAction(m_refreshAction);
    m_sessionBar->addAction(m_frame.action(WindowFrame::Action::SwitchUser));
    if (!m_engine.options().demo)
        m_sessionBar->addAction(m_signOutAction);
    m_sessionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    window->addToolBar(Qt::TopToolBarArea, m_sessionBar);
}

void MainWindowController::createAccountActions()
{
    QMainWindow *window = m_frame.window();
    m_refreshAction = new QAction(tr("&Refresh"), window);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Bring what changed in SGO now (%1)")
                                    .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refreshAction, &QAction::triggered, &m_engine, &Engine::refreshCollege);
    window->addAction(m_refreshAction);
    m_signOutAction = new QAction(tr("Sign &out"), window);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setStatusTip(tr("Close this account's data and go back to «Connecting to the college»"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindowController::signOut);
    m_forgetAction = new QAction(tr("Remove data from this computer…"), window);
    m_forgetAction->setObjectName(QStringLiteral("forgetAccountAction"));
    m_forgetAction->setStatusTip(tr("Sign out and remove this account's local cache, its log lines and its "
                                    "remembered password"));
    connect(m_forgetAction, &QAction::triggered, this, &MainWindowController::forgetAccount);

    // In the File menu after «Сменить пользователя», where a person looks for them.
    QAction *switchUser = m_frame.action(WindowFrame::Action::SwitchUser);
    if (!m_engine.options().demo) {
        switchUser->setText(tr("Switch &role"));
        switchUser->setStatusTip(tr("Go back to the choice of your roles"));
    }
    for (QObject *object : switchUser->associatedObjects()) {
        auto *menu = qobject_cast<QMenu *>(object);
        if (!menu)
            continue;
        const QList<QAction *> actions = menu->actions();
        const qsizetype at = actions.indexOf(switchUser);
        QAction *before = at + 1 < actions.size() ? actions.at(at + 1) : nullptr;
        menu->insertAction(before, m_refreshAction);
        if (!m_engine.options().demo)
            menu->insertActions(before, {m_signOutAction, m_forgetAction});
    }
    m_refreshAction->setEnabled(false);
    m_signOutAction->setEnabled(false);
    m_forgetAction->setEnabled(false);
}

void MainWindowController::onSignInNeeded()
{
    for (QAction *action : {m_refreshAction, m_signOutAction, m_forgetAction})
        action->setEnabled(false);
    delete m_workspace;
    delete m_roleChoicePage;
    delete m_firstSyncPage;
    if (m_sessionBar)
        m_sessionBar->hide();
    m_frame.action(WindowFrame::Action::SwitchUser)->setEnabled(false);
    if (!m_connectPage) {
        const ServiceSettings::Sgo last = m_engine.services().settings().sgo();
        m_connectPage =
            new ConnectPage(m_engine.sgoSignIn(), {last.baseUrl, last.school, last.account}, m_frame.pages());
        m_frame.pages()->addWidget(m_connectPage);
        connect(m_connectPage, &ConnectPage::signedIn, this,
                [this](const SgoAdminCalls::Context &context) { m_engine.openAccount(context); });
        // No keychain (or it refused): signed in all the same, and told the password will be asked again.
        connect(&m_engine.sgoSignIn(), &SgoSignIn::notRemembered, this,
                [this](const QString &message) { m_frame.showNotice(message); });
    }
    updateTitle();
    showPage(m_connectPage);
}

void MainWindowController::onFirstSyncStarted()
{
    if (!m_firstSyncPage) {
        m_firstSyncPage = new FirstSyncPage(m_frame.pages());
        m_frame.pages()->addWidget(m_firstSyncPage);
        connect(m_firstSyncPage, &FirstSyncPage::cancelRequested, &m_engine, &Engine::cancelFirstSync);
    }
    showPage(m_firstSyncPage);
}

void MainWindowController::chooseRole()
{
    const std::optional<SgoAdminCalls::Context> &account = m_engine.account();
    if (!account)
        return;
    const QList<Role> roles = RoleChoicePage::offered(account->roles);
    const Role last = m_role;
    if (roles.size() == 1) {
        delete m_roleChoicePage;
        signIn({}, roles.first());
        return;
    }
    if (!m_roleChoicePage) {
        m_roleChoicePage = new RoleChoicePage(account->name.full(), account->organisationName, account->roles,
                                              m_frame.pages());
        m_frame.pages()->addWidget(m_roleChoicePage);
        connect(m_roleChoicePage, &RoleChoicePage::roleChosen, this, [this](Role role) { signIn({}, role); });
    }
    if (roles.contains(last))
        m_roleChoicePage->setLastChoice(last);
    updateTitle();
    showPage(m_roleChoicePage);
}

void MainWindowController::signOut()
{
    if (m_engine.options().demo)
        return;
    delete m_workspace;
    m_engine.signOut(); // signInNeeded() shows the connect page
}

void MainWindowController::forgetAccount()
{
    const std::optional<SgoAdminCalls::Context> &account = m_engine.account();
    if (m_engine.options().demo || !account)
        return;
    const QString question =
        tr("Remove %1's data from this computer? The local copy of the college, the log lines that name "
           "this account and the remembered password are removed. What has not been sent to SGO or U2035 "
           "yet is lost.")
            .arg(account->name.full());
    if (MessageBox::question(m_frame.window(), tr("Remove data from this computer"), question) !=
        QMessageBox::Yes)
        return;
    delete m_workspace;
    m_engine.forgetAccount([this](const QString &problem) {
        if (m_connectPage)
            m_connectPage->forgetLogin();
        if (m_connectPage)
            m_connectPage->showMessage(problem.isEmpty() ? tr("This account's data was removed from this "
                                                              "computer.")
                                                         : problem);
    });
}

void MainWindowController::onReady()
{
    m_refreshAction->setEnabled(true);
    if (!m_engine.options().demo) {
        chooseRole();
        return;
    }
    if (m_signInPage)
        return;
    m_signInPage = new SignInPage(m_engine.college(), m_frame.pages());
    m_frame.pages()->addWidget(m_signInPage);
    connect(m_signInPage, &SignInPage::signInRequested, this, &MainWindowController::signIn);
    const QString lastRole = QSettings().value(LastRoleKey).toString();
    for (Role role : SignInPage::offeredRoles()) {
        if (Labels::roleKey(role) == lastRole)
            m_signInPage->setLastChoice(role);
    }
    updateTitle();
    showPage(m_signInPage);
}

void MainWindowController::onFailed(const QString &message)
{
    if (!m_errorPage) {
        m_errorPage = new ErrorPage(message, m_engine.options().resolvedDataDir(), m_frame.pages());
        m_frame.pages()->addWidget(m_errorPage);
        connect(m_errorPage, &ErrorPage::quitRequested, m_frame.window(), &QWidget::close);
    }
    showPage(m_errorPage);
}

void MainWindowController::signIn(const StaffMember &person, Role role)
{
    // The demo signs in as a role: someone who is both curator and teacher shows one role at a time, so each
    // role's view can be tried. The person's rights stay theirs.
    StaffMember user = person;
    if (const std::optional<SgoAdminCalls::Context> &account = m_engine.account()) {
        // A real college: who this is and what they may do is SGO's word, not the cache's.
        if (!account->roles.testFlag(role))
            return;
        user = m_engine.college().staffMember(account->personId).value_or(StaffMember{});
        user.id = account->personId;
        user.name = account->name;
        user.login = account->login;
        user.rights = account->rights;
    }
    user.roles = role;

    delete m_workspace; // nothing of it is on the call stack: sign-in and switching come from outside it
    m_role = role;
    m_workspace = new Workspace(user, m_engine, m_frame.pages());
    m_frame.pages()->addWidget(m_workspace);
    QSettings().setValue(LastRoleKey, Labels::roleKey(role));

    if (!m_sessionBar)
        createSessionBar();
    m_sessionLabel->setText(
        tr("%1 · %2 (%3)")
            .arg(m_engine.college().organisation().shortName, user.name.full(), Labels::role(role)));
    m_sessionBar->show();
    for (QAction *action : {m_refreshAction, m_signOutAction, m_forgetAction})
        action->setEnabled(true);
    m_frame.action(WindowFrame::Action::SwitchUser)
        ->setEnabled(m_engine.options().demo ||
                     RoleChoicePage::offered(m_engine.account()->roles).size() > 1);
    updateTitle();
    showPage(m_workspace);
    m_frame.showStatus(tr("Signed in as %1").arg(user.name.full()), 4000);
}

void MainWindowController::switchUser()
{
    if (!m_engine.options().demo) {
        if (!m_engine.isReady() || RoleChoicePage::offered(m_engine.account()->roles).size() < 2)
            return;
        delete m_workspace;
        if (m_sessionBar)
            m_sessionBar->hide();
        m_frame.action(WindowFrame::Action::SwitchUser)->setEnabled(false);
        chooseRole();
        return;
    }
    if (!m_signInPage)
        return;
    delete m_workspace;
    if (m_sessionBar) // made at the first sign-in
        m_sessionBar->hide();
    m_frame.action(WindowFrame::Action::SwitchUser)->setEnabled(false);
    m_signInPage->setLastChoice(m_role);
    updateTitle();
    showPage(m_signInPage);
}

void MainWindowController::showPage(QWidget *page)
{
    m_frame.pages()->setCurrentWidget(page);
    page->setFocus();
}

void MainWindowController::updateTitle()
{
    QStringList parts;
    if (m_engine.isReady()) {
        const Organisation organisation = m_engine.college().organisation();
        if (!organisation.shortName.isEmpty())
            parts << organisation.shortName;
    }
    if (m_workspace)
        parts << m_workspace->user().name.full();
    // The platform adds the application's display name ("SPO Desk") after this.
    m_frame.window()->setWindowTitle(parts.join(QStringLiteral(" — ")));
}
