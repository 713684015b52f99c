#pragma once

#include "net/neterror.h"

#include <QUrl>

// HTTPS for every endpoint that is not this computer; checked before anything is sent, and again on
// redirects.
namespace EndpointPolicy {

// localhost, 127.0.0.0/8 and ::1.
bool isLoopback(const QUrl &url);
// NetError::Kind::None when the url may carry credentials; InsecureEndpoint otherwise (also for other
// schemes).
NetError check(const QUrl &url, NetError::Service service);

} // namespace EndpointPolicy
