#pragma once

#include "footprint/basextensioncatalogue.h"

#include <QString>

#include <optional>

namespace FootprintCatalogue {

// Where the app keeps U2035's fd.schema.json (the «Расширения БАС» catalogue): in its resources.
inline const QString ResourcePath = QStringLiteral(":/u2035/fd.schema.json");

// Reads and parses the catalogue; on failure says why in error.
std::optional<BasExtensionCatalogue> read(const QString &path, QString *error);

} // namespace FootprintCatalogue
