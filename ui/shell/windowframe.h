#pragma once

class QAction;
class QMainWindow;
class QStackedWidget;
class QString;

// What the engine's screens need of the window they appear in. ShellWindow implements it; the engine module,
// loaded after the first frame, reaches the window only through these virtual functions and Qt's own classes,
// so it links nothing of the executable (which exports no symbols, on Linux or Windows).
class WindowFrame
{
public:
    enum class Action { SwitchUser, ServiceSettings, SyncProblems };

    virtual QMainWindow *window() = 0;
    // The window's pages; the start-up page is the first. Pages added here belong to the stack.
    virtual QStackedWidget *pages() = 0;
    // The menus' actions whose work is the engine's; disabled until something connects them.
    virtual QAction *action(Action which) = 0;
    // The start-up page: how far the first start is (percent 0..100) and what it is doing.
    virtual void showProgress(int percent, const QString &what) = 0;
    // The strip above the pages, for what the user should know but did not stop the program.
    virtual void showNotice(const QString &message) = 0;
    // The status bar's temporary message, shortened to the room it has; 0 ms keeps it until the next one.
    virtual void showStatus(const QString &message, int timeoutMs) = 0;

protected:
    ~WindowFrame() = default;
};
