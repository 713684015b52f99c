#pragma once

#include "mainwindow.h"

#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class Engine;

// The real MainWindow on the demo college, as a person meets it (KeePassXC's TestGui): settings in test mode,
// the Russian translations the build made, the demo engine on a temporary data dir, the window shown and the
// demo college built. One per test case: start() in initTestCase(), stop() in cleanupTestCase(), signInAs()
// or signOut() in init().
class GuiFixture
{
public:
    GuiFixture();
    ~GuiFixture();

    // False, with why in *error, when the window did not come up.
    bool start(QString *error, const QSize &size = QSize());
    void stop();

    // Signs out whoever is signed in, then signs in as the demo person of the role ("subjectTeacher",
    // "curator", "admin", …) and waits for the workspace.
    bool signInAs(const QString &roleKey);
    // Back to the sign-in page.
    bool signOut();

    Engine &engine() const { return *m_engine; }
    MainWindow &window() const { return *m_window; }
    QString dataDir() const { return m_dataDir.path(); }
    template<typename T> T *find(const QString &objectName) const
    {
        return m_window->findChild<T *>(objectName);
    }

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};
