#include "enginemodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

EngineModule::EngineModule() = default;

QStringList EngineModule::candidatePaths()
{
    const QDir executableDir(QCoreApplication::applicationDirPath());
    const QString file = QStringLiteral(SPODESK_ENGINE_MODULE_FILE);
    QStringList paths{QDir::cleanPath(executableDir.filePath(file)),
                      QDir::cleanPath(executableDir.filePath(QStringLiteral(SPODESK_ENGINE_MODULE_DIR) +
                                                             QLatin1Char('/') + file))};
    paths.removeDuplicates(); // on Windows the package's place is beside the executable
    return paths;
}

bool EngineModule::load(QString *error)
{
    using namespace EngineModuleContract;
    const QStringList candidates = candidatePaths();
    QString path;
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty()) {
        *error = tr("its part %1 is not installed (looked in %2).")
                     .arg(QStringLiteral(SPODESK_ENGINE_MODULE_FILE),
                          QDir::toNativeSeparators(candidates.join(QStringLiteral(", "))));
        return false;
    }
    m_library.setFileName(path);
    if (!m_library.load()) {
        *error = tr("its part %1 could not be loaded: %2.")
                     .arg(QDir::toNativeSeparators(path), m_library.errorString());
        return false;
    }
    const auto identity = reinterpret_cast<IdentityFunction>(m_library.resolve(IdentitySymbol));
    const QByteArray expected = QByteArrayLiteral(SPODESK_VERSION "/") + QByteArray::number(Revision);
    if (!identity || expected != identity()) {
        *error = tr("its part %1 belongs to another version.").arg(QDir::toNativeSeparators(path));
        m_library.unload();
        return false;
    }
    m_start = reinterpret_cast<StartFunction>(m_library.resolve(StartSymbol));
    m_syncOnce = reinterpret_cast<SyncOnceFunction>(m_library.resolve(SyncOnceSymbol));
    if (!m_start || !m_syncOnce) {
        *error = tr("its part %1 is incomplete.").arg(QDir::toNativeSeparators(path));
        m_library.unload();
        return false;
    }
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
