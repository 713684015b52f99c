#include "net/neterror.h"

namespace {

QString httpStatusText(const NetError &error)
{
    const int status = error.httpStatus;
    if (status == 401 || status == 403)
        return NetError::tr(
                   "The service refused access (HTTP %1). Check the login and the key in the settings.")
            .arg(status);
    if (status == 404)
        return NetError::tr(
            "The address was not found on the service (HTTP 404). Check the address in the settings.");
    if (status == 429)
        return NetError::tr(
            "The service asks to send less often (HTTP 429). The request will be repeated later.");
    if (status >= 500)
        return NetError::tr("The service has an internal error (HTTP %1). Try again later.").arg(status);
    return NetError::tr("The service answered with an error (HTTP %1).").arg(status);
}

QString serviceOwnWords(const NetError &error)
{
    if (error.serviceMessage.isEmpty())
        return error.serviceCode;
    if (error.serviceCode.isEmpty())
        return error.serviceMessage;
    return NetError::tr("%1 (code %2)").arg(error.serviceMessage, error.serviceCode);
}

} // namespace

NetError NetError::make(Kind kind, Service service, const QString &detail)
{
    NetError error;
    error.kind = kind;
    error.service = service;
    error.detail = detail;
    return error;
}

NetError NetError::malformed(Service service, const QString &detail)
{
    return make(Kind::MalformedBody, service, detail);
}

NetError NetError::serviceError(Service service, const QString &code, const QString &message, int httpStatus)
{
    NetError error = make(Kind::ServiceError, service);
    error.serviceCode = code;
    error.serviceMessage = message;
    error.httpStatus = httpStatus;
    return error;
}

QString NetError::serviceName(Service service)
{
    switch (service) {
    case Service::U2035:
        return tr("U2035 (digital footprint)");
    case Service::ObjectStorage:
        return tr("U2035 file storage");
    case Service::Sgo:
        return tr("SGO");
    case Service::Vk:
        return tr("VK");
    case Service::Generic:
        break;
    }
    return tr("Network");
}

const char *NetError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "none";
    case Kind::Offline:
        return "offline";
    case Kind::Timeout:
        return "timeout";
    case Kind::Tls:
        return "tls";
    case Kind::HttpStatus:
        return "http-status";
    case Kind::Conflict:
        return "conflict";
    case Kind::MalformedBody:
        return "malformed-body";
    case Kind::ServiceError:
        return "service-error";
    case Kind::InsecureEndpoint:
        return "insecure-endpoint";
    case Kind::NoCredentials:
        return "no-credentials";
    case Kind::NotConfigured:
        return "not-configured";
    case Kind::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

QString NetError::toUserText() const
{
    const QString text = describe();
    if (service == Service::Generic || text.isEmpty())
        return text;
    return tr("%1: %2").arg(serviceName(service), text);
}

QString NetError::describe() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Offline:
        text = tr(
            "No connection to the service. Check the internet connection and the address in the settings.");
        break;
    case Kind::Timeout:
        text = tr("The service did not answer in time. Try again later.");
        break;
    case Kind::Tls:
        text = tr("The secure connection was refused: the service's certificate cannot be trusted (%1).")
                   .arg(detail.isEmpty() ? tr("TLS handshake failed") : detail);
        break;
    case Kind::HttpStatus:
        text = httpStatusText(*this);
        if (!serviceMessage.isEmpty())
            text += QLatin1Char(' ') + serviceOwnWords(*this);
        break;
    case Kind::Conflict:
        text = tr("The service already holds a different record with the same identifier.");
        if (!serviceMessage.isEmpty())
            text += QLatin1Char(' ') + serviceMessage;
        break;
    case Kind::MalformedBody:
        text = tr("The service sent a reply the program does not understand.");
        break;
    case Kind::ServiceError:
        text = tr("The service reported an error: %1").arg(serviceOwnWords(*this));
        break;
    case Kind::InsecureEndpoint:
        text = tr("The address must start with https:// (plain http is allowed only for this computer).");
        break;
    case Kind::NoCredentials:
        text = tr("The password or key for this service is not stored. Enter it in the service settings.");
        if (!detail.isEmpty())
            text += QLatin1Char(' ') + detail;
        break;
    case Kind::NotConfigured:
        text = tr("The service is not set up yet. Enter its address and account in the service settings.");
        break;
    case Kind::Cancelled:
        text = tr("The request was cancelled.");
        break;
    }
    return text;
}

QString NetError::toLogText() const
{
    QString text = QString::fromLatin1(kindName(kind));
    if (httpStatus)
        text += QStringLiteral(" http=") + QString::number(httpStatus);
    if (!serviceCode.isEmpty())
        text += QStringLiteral(" code=") + serviceCode;
    if (!serviceMessage.isEmpty())
        text += QStringLiteral(" message=\"") + serviceMessage + QLatin1Char('"');
    if (!detail.isEmpty())
        text += QStringLiteral(" detail=\"") + detail + QLatin1Char('"');
    if (retryAfterSeconds >= 0)
        text += QStringLiteral(" retry-after=") + QString::number(retryAfterSeconds);
    return text;
}
