#pragma once

#include "net/netcontext.h"
#include "net/netresult.h"
#include "net/ratelimiter.h"
#include "net/vkreplies.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QVariantMap>

#include <functional>

class CredentialStore;
class ServiceSettings;
class VkMethodJob;

// The VK API with the user token from the keychain: single calls, and `execute` batches of at most 25 calls.
// Requests on one token are held to VK's limit (3 per second for a user token) before they leave, and VK's
// "too many requests" (6) and flood control (9) answers are waited out and tried again by the job.
class VkClient : public QObject
{
    Q_OBJECT
public:
    struct Call
    {
        QString method;
        QVariantMap params; // lists are sent comma-separated, as VK expects for id lists
    };
    using ResponseCallback = std::function<void(const NetResult<QJsonValue> &response)>;
    using BatchCallback = std::function<void(const QList<NetResult<QJsonValue>> &responses)>;
    using GroupCallback = std::function<void(const NetResult<VkReplies::Group> &group)>;

    static constexpr int maxCallsPerExecute = 25;

    VkClient(NetContext &context, CredentialStore &credentials, ServiceSettings &settings,
             QObject *parent = nullptr);

    void call(const Call &call, QObject *context, ResponseCallback done);
    // One result per call, in order, however many execute requests it took.
    void execute(const QList<Call> &calls, QObject *context, BatchCallback done);
    // groups.getById for the configured community: harmless, and proves the token and the community id.
    void checkConnection(QObject *context, GroupCallback done);

    void setRateLimit(int requests, std::chrono::milliseconds window)
    {
        m_limiter.setLimit(requests, window);
    }

    // The VKScript program `return [API.m1({…}), API.m2({…}), …];` for up to 25 calls.
    static QString executeCode(const QList<Call> &calls);
    static QList<QPair<QString, QString>> formParams(const QVariantMap &params);

private:
    // The call's job, with the token from the keychain and VK's limit for that token.
    VkMethodJob *makeJob(const Call &call);
    void executeChunks(const QList<Call> &calls, qsizetype from, QList<NetResult<QJsonValue>> gathered,
                       QObject *context, BatchCallback done);

    NetContext &m_context;
    CredentialStore &m_credentials;
    ServiceSettings &m_settings;
    RateLimiter m_limiter;
};
