#pragma once

#include "footprint/footprintprogress.h"
#include "footprint/footprintsetup.h"

#include <QJsonObject>

// How the cache keeps what the LMS records of a student in an activity (footprint_progress.record) and the
// files uploaded for the footprint: JSON, read back exactly as written.
namespace FootprintRecords {

QJsonObject toJson(const FootprintProgress &progress);
FootprintProgress progressFromJson(const QJsonObject &json, qint64 activityId, qint64 studentId);
QJsonObject toJson(const FootprintDocumentFile &file);
FootprintDocumentFile fileFromJson(const QJsonObject &json);

} // namespace FootprintRecords
