#include "net/serviceurl.h"

namespace ServiceUrl {

QUrl join(const QUrl &base, const QString &relative)
{
    QUrl url = base;
    const qsizetype queryAt = relative.indexOf(QLatin1Char('?'));
    const QString path = queryAt < 0 ? relative : relative.left(queryAt);
    QString joined = base.path(QUrl::FullyEncoded);
    while (joined.endsWith(QLatin1Char('/')))
        joined.chop(1);
    QString tail = path;
    while (tail.startsWith(QLatin1Char('/')))
        tail.remove(0, 1);
    url.setPath(joined + QLatin1Char('/') + tail, QUrl::TolerantMode);
    if (queryAt >= 0)
        url.setQuery(relative.mid(queryAt + 1), QUrl::TolerantMode);
    return url;
}

} // namespace ServiceUrl
