#include "net/lrsstatementsjob.h"

#include "net/lrsreplies.h"
#include "net/serviceurl.h"

#include <QJsonDocument>

namespace {

QByteArray basicAuthorization(const QString &key, const QString &secret)
{
    return "Basic " + (key + QLatin1Char(':') + secret).toUtf8().toBase64();
}

} // namespace

LrsStatementsJob::LrsStatementsJob(const NetContext &context, const QUrl &lrsBase, const QString &key,
                                   const QString &secret, const QJsonArray &statements, QObject *parent)
    : AbstractNetworkJob(context, NetError::Service::U2035, parent),
      m_url(ServiceUrl::join(lrsBase, QStringLiteral("statements"))),
      m_authorization(basicAuthorization(key, secret)),
      m_body(QJsonDocument(statements).toJson(QJsonDocument::Compact)),
      m_count(static_cast<int>(statements.size()))
{}

NetError LrsStatementsJob::useSecrets(const QStringList &secrets)
{
    m_authorization = basicAuthorization(secrets.value(0), secrets.value(1));
    return {};
}

AbstractNetworkJob::Request LrsStatementsJob::prepare()
{
    Request request;
    request.verb = QByteArrayLiteral("POST");
    request.url = m_url;
    request.body = m_body;
    request.headers = {{"Content-Type", "application/json"},
                       {"X-Experience-API-Version", "1.0.3"},
                       {"Authorization", m_authorization}};
    return request;
}

NetError LrsStatementsJob::parseSuccess(int status, const QByteArray &body)
{
    Q_UNUSED(status)
    NetResult<QStringList> ids = LrsReplies::parseStatementIds(body, m_count);
    if (!ids.ok())
        return ids.error();
    m_ids = ids.value();
    return {};
}

NetError LrsStatementsJob::parseFailure(int status, const QByteArray &body)
{
    return LrsReplies::parseFailure(status, body);
}
