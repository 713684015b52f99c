#include "enginemodule.h"

#include "modulelibrary.h"

EngineModule::EngineModule() = default;

QStringList EngineModule::candidatePaths()
{
    return ModuleLibrary::candidatePaths(QStringLiteral(SPODESK_ENGINE_MODULE_FILE),
                                         QStringLiteral(SPODESK_ENGINE_MODULE_DIR));
}

bool EngineModule::load(QString *error)
{
    using namespace EngineModuleContract;
    const ModuleLibrary::Problem problem = m_library.load(
        candidatePaths(), IdentitySymbol, ModuleLibrary::identity(Revision), {StartSymbol, SyncOnceSymbol});
    if (problem != ModuleLibrary::Problem::None) {
        *error = m_library.problemText(problem);
        return false;
    }
    m_start = reinterpret_cast<StartFunction>(m_library.resolve(StartSymbol));
    m_syncOnce = reinterpret_cast<SyncOnceFunction>(m_library.resolve(SyncOnceSymbol));
    return true;
}

QObject *EngineModule::startSession(WindowFrame &frame, const QStringList &arguments, QString *error) const
{
    return m_start(&frame, &arguments, error);
}

int EngineModule::syncOnce(const QStringList &arguments) const
{
    return m_syncOnce(&arguments);
}
