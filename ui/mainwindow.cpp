#include "mainwindow.h"

#include "engine.h"
#include "errorpage.h"
#include "labels.h"
#include "messagebar.h"
#include "net/servicehub.h"
#include "servicesettingsdialog.h"
#include "signinpage.h"
#include "startuppage.h"
#include "store/collegerepository.h"
#include "syncfailurespanel.h"
#include "syncstatuswidget.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const auto LastRoleKey = QLatin1String("signIn/lastRole");
const auto GeometryKey = QLatin1String("mainWindow/geometry");
} // namespace

MainWindow::MainWindow(Engine &engine, QWidget *parent)
    : QMainWindow(parent), m_engine(engine), m_pages(new QStackedWidget), m_messageBar(new MessageBar),
      m_startupPage(new StartupPage), m_switchUser(new QAction(tr("Switch &user"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!restoreGeometry(QSettings().value(GeometryKey).toByteArray()))
        resize(1200, 780);
    setMinimumSize(760, 520);

    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_startupPage);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_switchUser->setObjectName(QStringLiteral("switchUserAction"));
    m_switchUser->setStatusTip(tr("Go back to the sign-in and choose another user"));
    m_switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_switchUser->setEnabled(false);
    connect(m_switchUser, &QAction::triggered, this, &MainWindow::switchUser);

    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    auto *syncStatus = new SyncStatusWidget(m_engine.syncState(), statusBar());
    connect(syncStatus, &SyncStatusWidget::detailsRequested, this, &MainWindow::showSyncProblems);
    connect(syncStatus, &SyncStatusWidget::cancelRequested, &m_engine, &Engine::cancelSending);
    statusBar()->addPermanentWidget(syncStatus);
    updateTitle();

    connect(&m_engine, &Engine::progress, this, &MainWindow::onProgress);
    connect(&m_engine, &Engine::ready, this, &MainWindow::onReady);
    connect(&m_engine, &Engine::failed, this, &MainWindow::onFailed);
    connect(&m_engine, &Engine::notice, this, &MainWindow::onNotice);
    if (m_engine.isReady())
        onReady();
}

MainWindow::~MainWindow() = default;

void MainWindow::showSyncProblems()
{
    if (!m_syncDock) {
        m_syncDock = new QDockWidget(tr("Sending problems"), this);
        m_syncDock->setObjectName(QStringLiteral("syncProblemsDock"));
        m_syncDock->setWidget(new SyncFailuresPanel(m_engine.services().failures(), m_syncDock));
        addDockWidget(Qt::BottomDockWidgetArea, m_syncDock);
    }
    m_syncDock->show();
    m_syncDock->raise();
    m_syncDock->widget()->setFocus();
}

void MainWindow::createSessionBar()
{
    m_sessionBar = new QToolBar(tr("Session"), this);
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
    m_sessionBar->addAction(m_switchUser);
    m_sessionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(Qt::TopToolBarArea, m_sessionBar);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_switchUser);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Close SPO Desk"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *services = settings->addAction(tr("&Service settings…"), this, [this] {
        ServiceSettingsDialog dialog(m_engine.services(), this);
        dialog.exec();
    });
    services->setObjectName(QStringLiteral("serviceSettingsAction"));
    services->setStatusTip(tr("Addresses, accounts and keys of U2035, SGO and VK, with a connection check"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *problems = view->addAction(tr("&Sending problems"), this, &MainWindow::showSyncProblems);
    problems->setObjectName(QStringLiteral("syncProblemsAction"));
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    problems->setStatusTip(tr("What waits to be sent and what the services refused, with Retry"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SPO Desk"), this, [this] {
        QMessageBox::about(this, tr("About SPO Desk"),
                           tr("<h3>SPO Desk %1</h3><p>Journals, the digital footprint for U2035, chats and "
                              "accounts for the staff of vocational colleges, in one window.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setStatusTip(tr("Show the program's version"));
}

void MainWindow::onProgress(int percent, const QString &what)
{
    m_startupPage->setProgress(percent, what);
}

void MainWindow::onReady()
{
    if (m_signInPage)
        return;
    m_signInPage = new SignInPage(m_engine.college(), m_pages);
    m_pages->addWidget(m_signInPage);
    connect(m_signInPage, &SignInPage::signInRequested, this, &MainWindow::signIn);
    const QString lastRole = QSettings().value(LastRoleKey).toString();
    for (Role role : SignInPage::offeredRoles()) {
        if (Labels::roleKey(role) == lastRole)
            m_signInPage->setLastChoice(role);
    }
    updateTitle();
    showPage(m_signInPage);
}

void MainWindow::onFailed(const QString &message)
{
    if (!m_errorPage) {
        m_errorPage = new ErrorPage(message, m_engine.options().resolvedDataDir(), m_pages);
        m_pages->addWidget(m_errorPage);
        connect(m_errorPage, &ErrorPage::quitRequested, this, &QWidget::close);
    }
    showPage(m_errorPage);
}

void MainWindow::onNotice(const QString &message)
{
    m_messageBar->showMessage(message);
}

void MainWindow::signIn(const StaffMember &person, Role role)
{
    // The demo signs in as a role: someone who is both curator and teacher shows one role at a time, so each
    // role's view can be tried. The person's rights stay theirs.
    StaffMember user = person;
    user.roles = role;

    delete m_workspace; // nothing of it is on the call stack: sign-in and switching come from outside it
    m_role = role;
    m_workspace = new Workspace(user, m_engine, m_pages);
    m_pages->addWidget(m_workspace);
    QSettings().setValue(LastRoleKey, Labels::roleKey(role));

    if (!m_sessionBar)
        createSessionBar();
    m_sessionLabel->setText(
        tr("%1 · %2 (%3)")
            .arg(m_engine.college().organisation().shortName, user.name.full(), Labels::role(role)));
    m_sessionBar->show();
    m_switchUser->setEnabled(true);
    updateTitle();
    showPage(m_workspace);
    statusBar()->showMessage(tr("Signed in as %1").arg(user.name.full()), 4000);
}

void MainWindow::switchUser()
{
    if (!m_signInPage)
        return;
    delete m_workspace;
    m_workspace = nullptr;
    if (m_sessionBar) // made at the first sign-in
        m_sessionBar->hide();
    m_switchUser->setEnabled(false);
    m_signInPage->setLastChoice(m_role);
    updateTitle();
    showPage(m_signInPage);
}

void MainWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    page->setFocus();
}

void MainWindow::updateTitle()
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
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}
