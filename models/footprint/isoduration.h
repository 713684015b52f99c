#pragma once

#include <QString>

#include <optional>

namespace Footprint {

// xAPI durations are ISO 8601 («PT14M8S»): U2035's samples and the БАС «Duration» kind use them.
std::optional<double> parseIsoDuration(const QString &text); // seconds
QString formatIsoDuration(qint64 seconds);

} // namespace Footprint
