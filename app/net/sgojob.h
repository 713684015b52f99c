#pragma once

#include "net/abstractnetworkjob.h"

// One call to the SGO web API. SGO answers JSON (or nothing) on success and an HTTP status with {"message"}
// on failure; the job keeps the successful body for SgoClient's parsers and turns failures into typed errors.
class SgoJob : public AbstractNetworkJob
{
    Q_OBJECT
public:
    SgoJob(const NetContext &context, const QByteArray &verb, const QUrl &url, QObject *parent = nullptr);

    void setSession(const QByteArray &at) { m_at = at; }
    void setJsonBody(const QByteArray &json);
    void setFormBody(const QByteArray &form);
    // The login form: SGO wants the page it came from, and its one-time salt forbids repeating the request.
    void setReferer(const QByteArray &referer) { m_referer = referer; }

    QByteArray body() const { return m_reply; }

protected:
    Request prepare() override;
    NetError parseSuccess(int status, const QByteArray &body) override;
    NetError parseFailure(int status, const QByteArray &body) override;
    bool shouldRetry(const NetError &error, int attemptsMade) const override;

private:
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_at;
    QByteArray m_body;
    QByteArray m_contentType;
    QByteArray m_referer;
    QByteArray m_reply;
};
