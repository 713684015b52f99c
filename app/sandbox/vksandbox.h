#pragma once

#include "vkmessages.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QList>

struct SandboxReply;
struct SandboxRequest;
struct SandboxSettings;

// The VK API: GET or POST (form) /method/<name> with `v` and the token as access_token (query or form) or
// `Authorization: Bearer`. Replies are always HTTP 200 with {"response": …} or {"error": {"error_code",
// "error_msg", "request_params": [{"key","value"}…]}} (request_params: method, oauth and the parameters sent,
// never the token). Checks in VK's order: unknown method → 3, no v → 8, no or unknown token → 5, then (rate
// limit on) the 4th request within one second on a user token (21st on a community token) → 6.
// execute: `code` in the form VkExecuteProgram reads; more than 25 API calls → 13 «Runtime error occurred
// during code invocation: too many API calls»; otherwise the results in order, `false` for a failed call,
// and "execute_errors": [{"method","error_code","error_msg"}…] beside "response" when any failed.
class VkSandbox
{
public:
    static constexpr int maxExecuteCalls = 25;
    static constexpr int userRequestsPerSecond = 3;
    static constexpr int communityRequestsPerSecond = 20;

    VkSandbox(const CollegeData &college, const SandboxSettings &settings, qint64 communityId,
              qint64 adminUserId);

    SandboxReply serve(const SandboxRequest &request, bool rateLimit);

private:
    SandboxReply execute(const QHash<QString, QString> &parameters, const VkCaller &caller,
                         const QJsonArray &requestParams);
    // Records this request; false when it is one too many within the last second.
    bool admit(const QString &token, int perSecond);

    VkMessages m_messages;
    QHash<QString, VkCaller> m_tokens;
    QHash<QString, QList<qint64>> m_recentRequests; // token → times (ms) within the last second
    QElapsedTimer m_clock;
};
