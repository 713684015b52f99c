#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QLibrary>
#include <QString>
#include <QStringList>

// One of SPO Desk's own modules, loaded at run time (the engine module by the executable after its first
// frame, the sandbox module by the demo): found beside the executable or in the package's library folder, and
// refused unless it names this very build. Qt Core only, as the executable links it before anything else.
class ModuleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ModuleLibrary)

public:
    enum class Problem { None, Missing, NotLoadable, OtherVersion, Incomplete };

    // In order: beside the executable (the build tree, Windows), then packageDir relative to it (the
    // installed package's library folder).
    static QStringList candidatePaths(const QString &fileName, const QString &packageDir);

    // Loads the first candidate that exists, checks that identitySymbol returns expectedIdentity and that
    // every one of symbols is there; on a problem nothing stays loaded. The library stays loaded when this
    // object goes (QLibrary unloads only when asked): the module's code keeps running.
    Problem load(const QStringList &candidates, const char *identitySymbol,
                 const QByteArray &expectedIdentity, const QList<const char *> &symbols);
    // Valid after load() returned Problem::None.
    QFunctionPointer resolve(const char *symbol) { return m_library.resolve(symbol); }

    // What load() looked at: the file it found (the candidates it looked in when Missing).
    QString path() const { return m_path; }
    // The problem in a sentence's end for the person: «не установлен файл libspodesk-engine.so (искали: …).»
    QString problemText(Problem problem) const;

    // Identity the modules and their loaders agree on: "<version>/<revision of the entry points>".
    static QByteArray identity(int revision);

private:
    QLibrary m_library;
    QString m_fileName;
    QString m_path;
};
