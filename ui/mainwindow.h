#pragma once

#include "college/role.h"
#include "shellwindow.h"
#include "college/staffmember.h"

#include <memory>

class Engine;
class MainWindowController;
class Workspace;

// The window with the engine's screens in it from the start: what the application shows once the engine
// module has loaded (ShellWindow first, MainWindowController after the first frame), built in one step for
// the GUI tests and the benchmarks, which link everything.
class MainWindow : public ShellWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const;
    void signIn(const StaffMember &person, Role role);
    void switchUser();
    void showSyncProblems();

private:
    std::unique_ptr<MainWindowController> m_controller;
};
