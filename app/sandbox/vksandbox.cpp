#include "vksandbox.h"

#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxsettings.h"
#include "vkexecuteprogram.h"

#include <QJsonObject>

namespace {

SandboxReply errorReply(const VkError &error, const QJsonArray &requestParams)
{
    return SandboxReply::json(
        QJsonObject{{QStringLiteral("error"), QJsonObject{
                                                  {QStringLiteral("error_code"), error.code},
                                                  {QStringLiteral("error_msg"), error.message()},
                                                  {QStringLiteral("request_params"), requestParams},
                                              }}});
}

SandboxReply errorReply(int code, const QString &detail, const QJsonArray &requestParams)
{
    return errorReply(VkError{code, detail}, requestParams);
}

QJsonObject param(const QString &key, const QString &value)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
}

} // namespace

VkSandbox::VkSandbox(const CollegeData &college, const SandboxSettings &settings, qint64 communityId,
                     qint64 adminUserId)
    : m_messages(college, communityId)
{
    for (auto it = settings.vkUserTokens.cbegin(); it != settings.vkUserTokens.cend(); ++it)
        m_tokens.insert(it.key(), VkCaller{false, it.value()});
    for (auto it = settings.vkGroupTokens.cbegin(); it != settings.vkGroupTokens.cend(); ++it)
        m_tokens.insert(it.key(), VkCaller{true, it.value()});
    if (settings.vkUserTokens.isEmpty())
        m_tokens.insert(QStringLiteral("demo-vk-token"), VkCaller{false, adminUserId});
    if (settings.vkGroupTokens.isEmpty())
        m_tokens.insert(QStringLiteral("demo-vk-group-token"), VkCaller{true, communityId});
    m_clock.start();
}

SandboxReply VkSandbox::serve(const SandboxRequest &request, bool rateLimit)
{
    const QString path = request.path();
    const QString method = path.mid(QStringLiteral("/method/").size());

    QHash<QString, QString> parameters;
    QJsonArray requestParams{param(QStringLiteral("method"), method),
                             param(QStringLiteral("oauth"), QStringLiteral("1"))};
    const SandboxRequest::Parameters sent = request.parameters();
    for (const auto &[key, value] : sent) {
        if (parameters.contains(key))
            continue;
        parameters.insert(key, value);
        if (key != QLatin1String("access_token"))
            requestParams.append(param(key, value));
    }

    if (method.isEmpty() || method.contains(QLatin1Char('/')) ||
        (method != QLatin1String("execute") && !VkMessages::knowsMethod(method)))
        return errorReply(3, {}, requestParams);
    if (parameters.value(QStringLiteral("v")).isEmpty())
        return errorReply(8, QStringLiteral("v (version) is required"), requestParams);

    QString token = parameters.value(QStringLiteral("access_token"));
    const QByteArray authorization = request.header("authorization");
    if (token.isEmpty() && authorization.startsWith("Bearer "))
        token = QString::fromUtf8(authorization.mid(7).trimmed());
    if (token.isEmpty())
        return errorReply(5, QStringLiteral("no access_token passed."), requestParams);
    const auto caller = m_tokens.constFind(token);
    if (caller == m_tokens.cend())
        return errorReply(5, QStringLiteral("invalid access_token (4)."), requestParams);

    const int perSecond = caller->isCommunity ? communityRequestsPerSecond : userRequestsPerSecond;
    if (rateLimit && !admit(token, perSecond))
        return errorReply(6, {}, requestParams);

    if (method == QLatin1String("execute"))
        return execute(parameters, *caller, requestParams);
    const VkResult result = m_messages.call(method, parameters, *caller);
    if (result.error)
        return errorReply(*result.error, requestParams);
    return SandboxReply::json(QJsonObject{{QStringLiteral("response"), result.response}});
}

SandboxReply VkSandbox::execute(const QHash<QString, QString> &parameters, const VkCaller &caller,
                                const QJsonArray &requestParams)
{
    const QString code = parameters.value(QStringLiteral("code"));
    if (code.isEmpty())
        return errorReply(100, QStringLiteral("code is undefined"), requestParams);
    const std::optional<VkExecuteProgram> program = VkExecuteProgram::parse(code);
    if (!program)
        return errorReply(12, {}, requestParams);
    if (program->calls.size() > maxExecuteCalls)
        return errorReply(13, QStringLiteral("too many API calls"), requestParams);

    QJsonArray results;
    QJsonArray executeErrors;
    for (const VkApiCall &call : program->calls) {
        const VkResult result = VkMessages::knowsMethod(call.method)
                                    ? m_messages.call(call.method, call.parameters, caller)
                                    : VkResult::fail(3);
        if (result.error) {
            results.append(false);
            executeErrors.append(QJsonObject{
                {QStringLiteral("method"), call.method},
                {QStringLiteral("error_code"), result.error->code},
                {QStringLiteral("error_msg"), result.error->message()},
            });
        } else {
            results.append(result.response);
        }
    }
    QJsonObject reply{
        {QStringLiteral("response"), program->returnsArray ? QJsonValue(results) : results.first()}};
    if (!executeErrors.isEmpty())
        reply.insert(QStringLiteral("execute_errors"), executeErrors);
    return SandboxReply::json(reply);
}

bool VkSandbox::admit(const QString &token, int perSecond)
{
    const qint64 now = m_clock.elapsed();
    QList<qint64> &recent = m_recentRequests[token];
    recent.removeIf([now](qint64 at) { return now - at >= 1000; });
    if (recent.size() >= perSecond)
        return false;
    recent.append(now);
    return true;
}
