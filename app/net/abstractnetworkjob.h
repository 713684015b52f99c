#pragma once

#include "net/netcontext.h"
#include "net/neterror.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class CredentialStore;
class QNetworkReply;
class RateLimiter;

// One request to a service (the shape of Nextcloud desktop's AbstractNetworkJob): it owns its reply, its
// transfer timeout and its retry count; a subclass builds the request and parses one kind of reply.
// finished() is emitted exactly once; by default the job deletes itself afterwards. RequestRunner::run() is
// how a client starts one and hears from it.
class AbstractNetworkJob : public QObject
{
    Q_OBJECT
public:
    AbstractNetworkJob(const NetContext &context, NetError::Service service, QObject *parent = nullptr);
    ~AbstractNetworkJob() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Each attempt waits for a slot of this limiter's lane first (VK's per-token limit).
    void setThrottle(RateLimiter *limiter, const QByteArray &lane);
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // The request's secrets: read from store when the job starts, before the first attempt, and handed to
    // useSecrets(). A secret that is missing, or a keychain that can't be used, ends the job with
    // NoCredentials (the keychain's trouble in its detail) without sending anything.
    void setSecrets(CredentialStore *store, const QStringList &keys);

    void start();
    // Stops whatever stage the job is in; finishes with Cancelled.
    void abort();

    bool isFinished() const { return m_finished; }
    const NetError &error() const { return m_error; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }
    // The same id on every attempt, so the service's log and ours line up across retries.
    QByteArray requestId() const { return m_requestId; }
    NetError::Service service() const { return m_service; }

Q_SIGNALS:
    void finished();
    void retrying(int nextAttempt, qint64 delayMs, const NetError &reason);

protected:
    struct Request
    {
        QByteArray verb = QByteArrayLiteral("GET");
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    // Called before every attempt, so a request that signs the time (SigV4) or carries a session is fresh.
    virtual Request prepare() = 0;
    // A 2xx reply: keep the value, or say why the body is not one.
    virtual NetError parseSuccess(int status, const QByteArray &body) = 0;
    // Any other status: the service's own words if it gave them. Default: HttpStatus, 409 Conflict.
    virtual NetError parseFailure(int status, const QByteArray &body);
    virtual bool shouldRetry(const NetError &error, int attemptsMade) const;
    virtual const QLoggingCategory &logCategory() const;

    // Takes the secrets of setSecrets(), in the order of its keys; an error ends the job without sending.
    virtual NetError useSecrets(const QStringList &secrets);
    // The lane of setThrottle()'s limiter, when it is known only once the secrets are (a digest of a token).
    void setThrottleLane(const QByteArray &lane) { m_lane = lane; }

    QByteArray replyHeader(const QByteArray &name) const;
    const RetryPolicy &retryPolicy() const { return m_policy; }

private:
    void readSecrets();
    void scheduleAttempt();
    void sendAttempt();
    void onReplyFinished();
    void onRedirected(const QUrl &url);
    NetError errorFromReply(QNetworkReply *reply, const QByteArray &body);
    void attemptFailed(NetError error);
    void finish(NetError error);
    void restartTransferTimer();

    NetContext m_context;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_timeout;
    NetError::Service m_service;
    QByteArray m_requestId;
    QPointer<RateLimiter> m_limiter;
    QByteArray m_lane;
    quint64 m_slot = 0;
    QPointer<CredentialStore> m_secretStore;
    QStringList m_secretKeys;
    // A QPointer: the access manager deletes its replies when it goes, and may go first (at exit).
    QPointer<QNetworkReply> m_reply;
    QList<QPair<QByteArray, QByteArray>> m_replyHeaders;
    QTimer m_transferTimer;
    QTimer m_retryTimer;
    QUrl m_url;
    QByteArray m_verb;
    QStringList m_sslProblems;
    QString m_redirectRefused;
    qint64 m_attemptStartMs = 0;
    int m_attempts = 0;
    int m_httpStatus = 0;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_finished = false;
    bool m_started = false;
    bool m_autoDelete = true;
    bool m_countedActive = false;
    NetError m_error;
};
