#include "testpaths.h"

#include <QDir>
#include <QtGlobal>

namespace TestPaths {

QString sourceDir()
{
    return QDir(qEnvironmentVariable("SPODESK_SOURCE_DIR")).absolutePath();
}

QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("SPODESK_SHARED_DIR");
    return QDir(fromEnv.isEmpty() ? sourceDir() + QStringLiteral("/../shared") : fromEnv).absolutePath();
}

} // namespace TestPaths
