#include "footprintcatalogue.h"

#include <QFile>

std::optional<BasExtensionCatalogue> FootprintCatalogue::read(const QString &path, QString *error)
{
    QFile schema(path);
    if (!schema.open(QIODevice::ReadOnly)) {
        if (error)
            *error = schema.errorString();
        return std::nullopt;
    }
    return BasExtensionCatalogue::fromSchema(schema.readAll(), error);
}
