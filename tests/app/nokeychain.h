#pragma once

// A computer without a keychain, for a whole test executable: before anything touches D-Bus, a bus address
// that leads nowhere, no X11 to autolaunch one, and a HOME of the test's own to inspect afterwards. Use once
// per executable, from a Q_CONSTRUCTOR_FUNCTION (which wants an unqualified name: wrap it).

#include <QDirIterator>
#include <QStringList>
#include <QTemporaryDir>

namespace NoKeychain {

inline QTemporaryDir *home()
{
    static QTemporaryDir dir;
    return &dir;
}

inline void isolate()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/spodesk-no-bus");
    qunsetenv("DISPLAY");
    qputenv("HOME", home()->path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home()->path() + QStringLiteral("/.config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home()->path() + QStringLiteral("/.local/share")).toLocal8Bit());
}

inline QStringList filesUnderHome()
{
    QStringList files;
    QDirIterator it(home()->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace NoKeychain
