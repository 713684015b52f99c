#include "modulelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

QStringList ModuleLibrary::candidatePaths(const QString &fileName, const QString &packageDir)
{
    const QDir executableDir(QCoreApplication::applicationDirPath());
    QStringList paths{QDir::cleanPath(executableDir.filePath(fileName)),
                      QDir::cleanPath(executableDir.filePath(packageDir + QLatin1Char('/') + fileName))};
    paths.removeDuplicates(); // on Windows the package's place is beside the executable
    return paths;
}

QString ModuleLibrary::problemText(Problem problem) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (problem) {
    case Problem::None:
        break;
    case Problem::Missing:
        return tr("the file %1 is not installed (looked in %2).").arg(m_fileName, file);
    case Problem::NotLoadable:
        return tr("the file %1 could not be loaded: %2.").arg(file, m_library.errorString());
    case Problem::OtherVersion:
        return tr("the file %1 belongs to another version.").arg(file);
    case Problem::Incomplete:
        return tr("the file %1 is incomplete.").arg(file);
    }
    return QString();
}

QByteArray ModuleLibrary::identity(int revision)
{
    return QByteArrayLiteral(SPODESK_VERSION "/") + QByteArray::number(revision);
}

ModuleLibrary::Problem ModuleLibrary::load(const QStringList &candidates, const char *identitySymbol,
                                           const QByteArray &expectedIdentity,
                                           const QList<const char *> &symbols)
{
    m_path.clear();
    m_fileName = candidates.isEmpty() ? QString() : QFileInfo(candidates.first()).fileName();
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            m_path = candidate;
            break;
        }
    }
    if (m_path.isEmpty()) {
        m_path = candidates.join(QStringLiteral(", "));
        return Problem::Missing;
    }
    m_library.setFileName(m_path);
    if (!m_library.load())
        return Problem::NotLoadable;
    using Identity = const char *(*)();
    const auto identity = reinterpret_cast<Identity>(m_library.resolve(identitySymbol));
    if (!identity || expectedIdentity != identity()) {
        m_library.unload();
        return Problem::OtherVersion;
    }
    for (const char *symbol : symbols) {
        if (!m_library.resolve(symbol)) {
            m_library.unload();
            return Problem::Incomplete;
        }
    }
    return Problem::None;
}
