#include "footprint/footprintstatementid.h"

QUuid Footprint::footprintNamespace()
{
    return QUuid(QStringLiteral("{6f1c2d9e-3b4a-5c8d-9e0f-a1b2c3d4e5f6}"));
}

QUuid Footprint::footprintStatementId(const QString &organisation, const QString &factKey, int revision)
{
    // A newline can't appear in an organisation's name or a fact key, so the parts can't run into each other.
    const QString name =
        organisation + QLatin1Char('\n') + factKey + QLatin1Char('\n') + QString::number(revision);
    return QUuid::createUuidV5(footprintNamespace(), name.toUtf8());
}
