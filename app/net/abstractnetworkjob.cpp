#include "net/abstractnetworkjob.h"

#include "net/connectivitymonitor.h"
#include "net/credentialstore.h"
#include "net/endpointpolicy.h"
#include "net/networkaccess.h"
#include "net/netlogging.h"
#include "net/ratelimiter.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

bool isConnectionLevel(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

QString urlForLog(const QUrl &url)
{
    // The query carries VK's access_token; the path and host are what a support person needs.
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

} // namespace

AbstractNetworkJob::AbstractNetworkJob(const NetContext &context, NetError::Service service, QObject *parent)
    : QObject(parent), m_context(context), m_policy(context.retry), m_timeout(context.timeout),
      m_service(service), m_requestId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    m_transferTimer.setSingleShot(true);
    connect(&m_transferTimer, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort();
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AbstractNetworkJob::scheduleAttempt);
}

AbstractNetworkJob::~AbstractNetworkJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_countedActive && m_context.connectivity)
        m_context.connectivity->requestEnded();
}

void AbstractNetworkJob::setThrottle(RateLimiter *limiter, const QByteArray &lane)
{
    m_limiter = limiter;
    m_lane = lane;
}

void AbstractNetworkJob::setSecrets(CredentialStore *store, const QStringList &keys)
{
    m_secretStore = store;
    m_secretKeys = keys;
}

NetError AbstractNetworkJob::useSecrets(const QStringList &secrets)
{
    Q_UNUSED(secrets)
    return {};
}

void AbstractNetworkJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_context.connectivity) {
        m_context.connectivity->requestStarted();
        m_countedActive = true;
    }
    if (!m_secretKeys.isEmpty())
        readSecrets();
    else
        scheduleAttempt();
}

void AbstractNetworkJob::readSecrets()
{
    if (!m_secretStore) {
        finish(NetError::make(NetError::Kind::NoCredentials, m_service));
        return;
    }
    // The job is the context: a job that is gone (its client with it) hears nothing.
    m_secretStore->readAll(
        m_secretKeys, this, [this](const QStringList &secrets, const CredentialStore::Error &error) {
            if (m_finished)
                return; // aborted meanwhile
            if (error) {
                NetError missing = NetError::make(NetError::Kind::NoCredentials, m_service);
                if (error.keychainUnavailable())
                    missing.detail = error.toUserText();
                finish(missing);
                return;
            }
            if (NetError refused = useSecrets(secrets)) {
                finish(refused);
                return;
            }
            scheduleAttempt();
        });
}

void AbstractNetworkJob::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_retryTimer.stop();
    m_transferTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(NetError::make(NetError::Kind::Cancelled, m_service));
}

void AbstractNetworkJob::scheduleAttempt()
{
    if (m_finished)
        return;
    if (m_limiter)
        m_limiter->acquire(m_lane, this, [this](quint64 slot) {
            m_slot = slot;
            sendAttempt();
        });
    else
        sendAttempt();
}

void AbstractNetworkJob::sendAttempt()
{
    if (m_finished)
        return;
    const Request request = prepare();
    m_url = request.url;
    m_verb = request.verb;
    if (NetError refused = EndpointPolicy::check(request.url, m_service)) {
        finish(refused);
        return;
    }
    ++m_attempts;
    m_timedOut = false;
    m_sslProblems.clear();
    m_redirectRefused.clear();
    m_httpStatus = 0;
    m_replyHeaders.clear();

    QNetworkRequest networkRequest(request.url);
    for (const auto &header : request.headers)
        networkRequest.setRawHeader(header.first, header.second);
    networkRequest.setRawHeader("X-Request-ID", m_requestId);
    networkRequest.setRawHeader("User-Agent", NetworkAccess::userAgent());
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::UserVerifiedRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    m_attemptStartMs = monotonicMs();
    qCDebug(logCategory()).noquote() << m_requestId << "attempt" << m_attempts << request.verb
                                     << urlForLog(request.url);
    m_reply = m_context.access->manager()->sendCustomRequest(networkRequest, request.verb, request.body);
    connect(m_reply, &QNetworkReply::finished, this, &AbstractNetworkJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::redirected, this, &AbstractNetworkJob::onRedirected);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &AbstractNetworkJob::restartTransferTimer);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &AbstractNetworkJob::restartTransferTimer);
    // Deleted without finishing: its access manager went first (at exit). Ended from the event loop, as the
    // manager is still being destroyed now and a caller must not reach it.
    connect(m_reply, &QObject::destroyed, this, [this] {
        m_transferTimer.stop();
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(NetError::make(NetError::Kind::Cancelled, m_service,
                                      QStringLiteral("the network access manager was destroyed")));
            },
            Qt::QueuedConnection);
    });
#if QT_CONFIG(ssl)
    // Certificate problems are recorded for the person and the log, and never ignored.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            QString problem = error.errorString();
            if (!error.certificate().isNull())
                problem += QStringLiteral(" — ") + error.certificate().subjectDisplayName();
            m_sslProblems.append(problem);
        }
    });
#endif
    m_transferTimer.start(m_timeout);
}

void AbstractNetworkJob::restartTransferTimer()
{
    if (m_reply)
        m_transferTimer.start(m_timeout);
}

void AbstractNetworkJob::onRedirected(const QUrl &url)
{
    const QUrl target = m_url.resolved(url);
    const bool sameOrigin = target.scheme() == m_url.scheme() && target.host() == m_url.host() &&
                            target.port(-1) == m_url.port(-1);
    if (sameOrigin && !EndpointPolicy::check(target, m_service)) {
        m_url = target;
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    // Credentials travel with the request: they never follow a redirect to another host or to plain http.
    m_redirectRefused = urlForLog(target);
    m_reply->abort();
}

QByteArray AbstractNetworkJob::replyHeader(const QByteArray &name) const
{
    for (const auto &header : m_replyHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void AbstractNetworkJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_transferTimer.stop();
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_limiter)
        m_limiter->settle(m_lane, m_slot);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_replyHeaders = reply->rawHeaderPairs();

    NetError error = errorFromReply(reply, body);
    if (m_context.connectivity) {
        if (error.kind == NetError::Kind::Offline)
            m_context.connectivity->reportUnreachable();
        else if (m_httpStatus > 0)
            m_context.connectivity->reportReachable();
    }
    const qint64 elapsed = monotonicMs() - m_attemptStartMs;
    if (error)
        qCInfo(logCategory()).noquote() << m_requestId << m_verb << urlForLog(m_url) << "status"
                                        << m_httpStatus << elapsed << "ms" << error.toLogText();
    else
        qCInfo(logCategory()).noquote()
            << m_requestId << m_verb << urlForLog(m_url) << "status" << m_httpStatus << elapsed << "ms";
    if (error)
        attemptFailed(error);
    else
        finish({});
}

NetError AbstractNetworkJob::errorFromReply(QNetworkReply *reply, const QByteArray &body)
{
    using Kind = NetError::Kind;
    if (m_timedOut)
        return NetError::make(Kind::Timeout, m_service,
                              QStringLiteral("no data for %1 ms").arg(m_timeout.count()));
    if (!m_redirectRefused.isEmpty())
        return NetError::make(Kind::InsecureEndpoint, m_service,
                              QStringLiteral("redirect refused: ") + m_redirectRefused);
    const QNetworkReply::NetworkError networkError = reply->error();
    if (!m_sslProblems.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
        const QString detail =
            m_sslProblems.isEmpty() ? reply->errorString() : m_sslProblems.join(QStringLiteral("; "));
        return NetError::make(Kind::Tls, m_service, detail);
    }
    if (m_httpStatus > 0 && !isConnectionLevel(networkError)) {
        if (m_httpStatus >= 200 && m_httpStatus < 300) {
            NetError error = parseSuccess(m_httpStatus, body);
            if (error && error.httpStatus == 0)
                error.httpStatus = m_httpStatus;
            return error;
        }
        NetError error = parseFailure(m_httpStatus, body);
        if (error.httpStatus == 0)
            error.httpStatus = m_httpStatus;
        if (const auto seconds =
                RetryPolicy::parseRetryAfter(replyHeader("Retry-After"), m_policy.currentTime()))
            error.retryAfterSeconds = *seconds;
        return error;
    }
    switch (networkError) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's own transfer timeout ends this way
        return NetError::make(Kind::Timeout, m_service, reply->errorString());
    default:
        return NetError::make(Kind::Offline, m_service, reply->errorString());
    }
}

NetError AbstractNetworkJob::parseFailure(int status, const QByteArray &body)
{
    Q_UNUSED(body)
    NetError error =
        NetError::make(status == 409 ? NetError::Kind::Conflict : NetError::Kind::HttpStatus, m_service);
    error.httpStatus = status;
    return error;
}

bool AbstractNetworkJob::shouldRetry(const NetError &error, int attemptsMade) const
{
    return m_policy.shouldRetry(error, attemptsMade);
}

const QLoggingCategory &AbstractNetworkJob::logCategory() const
{
    switch (m_service) {
    case NetError::Service::U2035:
    case NetError::Service::ObjectStorage:
        return lcNetU2035();
    case NetError::Service::Sgo:
        return lcNetSgo();
    case NetError::Service::Vk:
        return lcNetVk();
    case NetError::Service::Generic:
        break;
    }
    return lcNet();
}

void AbstractNetworkJob::attemptFailed(NetError error)
{
    if (!m_aborted && shouldRetry(error, m_attempts)) {
        const auto delay = m_policy.delayFor(error, m_attempts);
        qCInfo(logCategory()).noquote()
            << m_requestId << "retry" << (m_attempts + 1) << "in" << delay.count() << "ms";
        Q_EMIT retrying(m_attempts + 1, delay.count(), error);
        m_retryTimer.start(m_policy.scaled(delay));
        return;
    }
    finish(error);
}

void AbstractNetworkJob::finish(NetError error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_retryTimer.stop();
    m_transferTimer.stop();
    if (m_countedActive && m_context.connectivity) {
        m_countedActive = false;
        m_context.connectivity->requestEnded();
    }
    if (error && error.kind != NetError::Kind::Cancelled)
        qCWarning(logCategory()).noquote()
            << m_requestId << "failed after" << m_attempts << "attempt(s):" << error.toLogText();
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}
