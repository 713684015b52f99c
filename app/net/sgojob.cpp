#include "net/sgojob.h"

#include "net/sgoreplies.h"

SgoJob::SgoJob(const NetContext &context, const QByteArray &verb, const QUrl &url, QObject *parent)
    : AbstractNetworkJob(context, NetError::Service::Sgo, parent), m_verb(verb), m_url(url)
{}

void SgoJob::setJsonBody(const QByteArray &json)
{
    m_body = json;
    m_contentType = QByteArrayLiteral("application/json");
}

void SgoJob::setFormBody(const QByteArray &form)
{
    m_body = form;
    m_contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
}

AbstractNetworkJob::Request SgoJob::prepare()
{
    Request request;
    request.verb = m_verb;
    request.url = m_url;
    request.body = m_body;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!m_contentType.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), m_contentType});
    if (!m_at.isEmpty())
        request.headers.append({QByteArrayLiteral("at"), m_at});
    if (!m_referer.isEmpty())
        request.headers.append({QByteArrayLiteral("Referer"), m_referer});
    return request;
}

NetError SgoJob::parseSuccess(int status, const QByteArray &body)
{
    Q_UNUSED(status)
    m_reply = body;
    return {};
}

NetError SgoJob::parseFailure(int status, const QByteArray &body)
{
    return SgoReplies::parseFailure(status, body);
}

bool SgoJob::shouldRetry(const NetError &error, int attemptsMade) const
{
    // Once the server has answered a login, its salt is spent: SgoClient starts the whole sign-in again
    // instead.
    if (!m_referer.isEmpty() && error.httpStatus != 0 && error.httpStatus != 503 && error.httpStatus != 429)
        return false;
    return AbstractNetworkJob::shouldRetry(error, attemptsMade);
}
