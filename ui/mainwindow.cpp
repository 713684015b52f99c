#include "mainwindow.h"

#include "mainwindowcontroller.h"

MainWindow::MainWindow(Engine &engine, QWidget *parent)
    : ShellWindow(parent), m_controller(std::make_unique<MainWindowController>(*this, engine))
{}

MainWindow::~MainWindow() = default; // the controller first: its screens go while the window still stands

Workspace *MainWindow::workspace() const
{
    return m_controller->workspace();
}

void MainWindow::signIn(const StaffMember &person, Role role)
{
    m_controller->signIn(person, role);
}

void MainWindow::switchUser()
{
    m_controller->switchUser();
}

void MainWindow::showSyncProblems()
{
    m_controller->showSyncProblems();
}
