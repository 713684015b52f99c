#include "net/endpointpolicy.h"

#include <QHostAddress>

namespace EndpointPolicy {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

NetError check(const QUrl &url, NetError::Service service)
{
    if (!url.isValid() || url.host().isEmpty())
        return NetError::make(NetError::Kind::InsecureEndpoint, service,
                              QStringLiteral("not a usable address: ") +
                                  url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopback(url))
        return {};
    return NetError::make(NetError::Kind::InsecureEndpoint, service,
                          QStringLiteral("refused before sending: ") +
                              url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

} // namespace EndpointPolicy
