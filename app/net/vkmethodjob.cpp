#include "net/vkmethodjob.h"

#include "net/serviceurl.h"
#include "net/vkreplies.h"

#include <QCryptographicHash>
#include <QUrlQuery>

VkMethodJob::VkMethodJob(const NetContext &context, const QUrl &apiBase, const QString &method,
                         const QList<QPair<QString, QString>> &params, const QString &token, QObject *parent)
    : AbstractNetworkJob(context, NetError::Service::Vk, parent), m_url(ServiceUrl::join(apiBase, method)),
      m_method(method), m_params(params), m_token(token)
{}

NetError VkMethodJob::useSecrets(const QStringList &secrets)
{
    m_token = secrets.value(0);
    if (m_token.isEmpty())
        return NetError::make(NetError::Kind::NoCredentials, NetError::Service::Vk);
    // One lane per token, named by a digest so the token itself is not kept around as a key.
    setThrottleLane(QCryptographicHash::hash(m_token.toUtf8(), QCryptographicHash::Sha256).left(12));
    return {};
}

AbstractNetworkJob::Request VkMethodJob::prepare()
{
    Request request;
    request.verb = QByteArrayLiteral("POST");
    request.url = m_url;
    QUrlQuery form;
    for (const auto &param : std::as_const(m_params))
        form.addQueryItem(param.first, param.second);
    form.addQueryItem(QStringLiteral("v"), QLatin1String(apiVersion));
    form.addQueryItem(QStringLiteral("access_token"), m_token);
    // '+' would read as a space in a form body: encode it too.
    request.body = form.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B");
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    return request;
}

NetError VkMethodJob::parseSuccess(int status, const QByteArray &body)
{
    Q_UNUSED(status)
    m_body = body;
    NetResult<QJsonValue> response = VkReplies::parseEnvelope(body);
    if (!response.ok()) {
        NetError error = response.error();
        // VK's per-second window: the next second is the earliest a retry can pass.
        if (error.kind == NetError::Kind::ServiceError && error.serviceCodeNumber() == 6)
            error.retryAfterSeconds = 1;
        return error;
    }
    m_response = response.value();
    return {};
}

bool VkMethodJob::shouldRetry(const NetError &error, int attemptsMade) const
{
    if (error.kind == NetError::Kind::ServiceError && isRetryableVkError(error.serviceCodeNumber()))
        return attemptsMade < retryPolicy().maxAttempts;
    return AbstractNetworkJob::shouldRetry(error, attemptsMade);
}
