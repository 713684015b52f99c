#include "shellwindow.h"

#include "messagebar.h"
#include "startuppage.h"
#include "statusmessagefit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QVBoxLayout>

namespace {
const auto GeometryKey = QLatin1String("mainWindow/geometry");
} // namespace

ShellWindow::ShellWindow(QWidget *parent)
    : QMainWindow(parent), m_pages(new QStackedWidget), m_messageBar(new MessageBar),
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

    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
}

ShellWindow::~ShellWindow() = default;

QAction *ShellWindow::action(Action which)
{
    switch (which) {
    case Action::SwitchUser:
        return m_switchUser;
    case Action::ServiceSettings:
        return m_serviceSettings;
    case Action::SyncProblems:
        return m_syncProblems;
    }
    Q_UNREACHABLE();
}

void ShellWindow::showProgress(int percent, const QString &what)
{
    m_startupPage->setProgress(percent, what);
}

void ShellWindow::showNotice(const QString &message)
{
    m_messageBar->showMessage(message);
}

void ShellWindow::showStatus(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(fitStatusMessage(*statusBar(), message), timeoutMs);
}

void ShellWindow::showStartFailure(const QString &reason)
{
    m_startupPage->showFailure(
        tr("SPO Desk cannot start: %1 Reinstalling the program should put it right.").arg(reason));
}

bool ShellWindow::event(QEvent *event)
{
    // QMainWindow would show every hovered widget's and action's status tip unshortened.
    if (event->type() == QEvent::StatusTip) {
        showStatus(static_cast<QStatusTipEvent *>(event)->tip(), 0);
        return true;
    }
    return QMainWindow::event(event);
}

void ShellWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void ShellWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_switchUser);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Close SPO Desk"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_serviceSettings = settings->addAction(tr("&Service settings…"));
    m_serviceSettings->setObjectName(QStringLiteral("serviceSettingsAction"));
    m_serviceSettings->setStatusTip(
        tr("Addresses, accounts and keys of U2035, SGO and VK, with a connection check"));
    m_serviceSettings->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_syncProblems = view->addAction(tr("&Sending problems"));
    m_syncProblems->setObjectName(QStringLiteral("syncProblemsAction"));
    m_syncProblems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_syncProblems->setStatusTip(tr("What waits to be sent and what the services refused, with Retry"));
    m_syncProblems->setEnabled(false);

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
