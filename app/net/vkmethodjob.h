#pragma once

#include "net/abstractnetworkjob.h"

#include <QJsonValue>
#include <QList>
#include <QPair>

// One VK API call: POST {api}/<method> form-encoded with v=5.199 and access_token (in the body, never in the
// URL). VK answers HTTP 200 with its envelope; error 6 (too many requests per second), 9 (flood control) and
// 10 (internal error) are tried again after a pause, every other VK error is final and typed.
class VkMethodJob : public AbstractNetworkJob
{
    Q_OBJECT
public:
    static constexpr const char *apiVersion = "5.199";

    // Without a token, setSecrets() names the keychain's; its requests then go in the lane of the token (a
    // digest of it) of setThrottle()'s limiter, VK's limit being per token.
    VkMethodJob(const NetContext &context, const QUrl &apiBase, const QString &method,
                const QList<QPair<QString, QString>> &params, const QString &token,
                QObject *parent = nullptr);

    QString method() const { return m_method; }
    QJsonValue response() const { return m_response; }
    // The raw reply body (execute's results are read from it by the client).
    QByteArray body() const { return m_body; }

    static bool isRetryableVkError(int code) { return code == 6 || code == 9 || code == 10; }

protected:
    NetError useSecrets(const QStringList &secrets) override;
    Request prepare() override;
    NetError parseSuccess(int status, const QByteArray &body) override;
    bool shouldRetry(const NetError &error, int attemptsMade) const override;

private:
    QUrl m_url;
    QString m_method;
    QList<QPair<QString, QString>> m_params;
    QString m_token;
    QJsonValue m_response;
    QByteArray m_body;
};
