#pragma once

#include "enginemodulecontract.h"
#include "modulelibrary.h"

#include <QCoreApplication>
#include <QStringList>

// Finds and loads the engine module: the cache, the network layer, the outboxes and every screen that uses
// them, with the Qt libraries they need (Sql, Network, PrintSupport, QtKeychain). The executable
// loads it after the first frame, so that start-up pays only for Qt Widgets (issue 2).
class EngineModule
{
    Q_DECLARE_TR_FUNCTIONS(EngineModule)

public:
    EngineModule();

    // Where the module is looked for, in order: beside the executable (the build tree, Windows), then the
    // installed package's library folder.
    static QStringList candidatePaths();

    // Loads the first candidate that exists and checks it is this build's. On failure *error says why, in a
    // sentence for the user.
    bool load(QString *error);

    // Valid after load().
    QObject *startSession(WindowFrame &frame, const QStringList &arguments, QString *error) const;
    int syncOnce(const QStringList &arguments) const;

private:
    ModuleLibrary m_library;
    EngineModuleContract::StartFunction m_start = nullptr;
    EngineModuleContract::SyncOnceFunction m_syncOnce = nullptr;
};
