#include "mainwindowcontroller.h"

#include "engine.h"
#include "widgets/errorpage.h"
#include "widgets/labels.h"
#include "servicehub.h"
#include "sync/servicesettingsdialog.h"
#include "signinpage.h"
#include "store/collegerepository.h"
#include "sync/syncfailurespanel.h"
#include "sync/syncstatuswidget.h"
#include "windowframe.h"
#include "workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
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

    connect(&m_engine, &Engine::progress, this,
            [this](int percent, const QString &what) { m_frame.showProgress(percent, what); });
    connect(&m_engine, &Engine::ready, this, &MainWindowController::onReady);
    connect(&m_engine, &Engine::failed, this, &MainWindowController::onFailed);
    connect(&m_engine, &Engine::notice, this,
            [this](const QString &message) { m_frame.showNotice(message); });
    if (m_engine.isReady())
        onReady();
}

MainWindowController::~MainWindowController()
{
    // The screens read the engine, which goes right after this; the window may stay a moment longer.
    delete m_syncDock;
    delete m_workspace;
    delete m_signInPage;
    delete m_errorPage;
    delete m_sessionBar;
    delete m_syncStatus;
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
    m_sessionBar->addAction(m_frame.action(WindowFrame::Action::SwitchUser));
    m_sessionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    window->addToolBar(Qt::TopToolBarArea, m_sessionBar);
}

void MainWindowController::onReady()
{
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
    m_frame.action(WindowFrame::Action::SwitchUser)->setEnabled(true);
    updateTitle();
    showPage(m_workspace);
    m_frame.showStatus(tr("Signed in as %1").arg(user.name.full()), 4000);
}

void MainWindowController::switchUser()
{
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
