#pragma once

#include <QString>
#include <QUrl>

namespace ServiceUrl {

// base + "/" + relative, whatever slashes either side has; relative may carry its own "?query".
QUrl join(const QUrl &base, const QString &relative);

} // namespace ServiceUrl
