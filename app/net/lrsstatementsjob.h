#pragma once

#include "net/abstractnetworkjob.h"

#include <QJsonArray>
#include <QStringList>

// POST {lrs}/statements with a JSON array of xAPI 1.0.3 statements, HTTP Basic key:secret → the ids, in
// order. Statements carry client-chosen ids, so a retry after a lost reply is safe: the LRS keeps what it
// has.
class LrsStatementsJob : public AbstractNetworkJob
{
    Q_OBJECT
public:
    // Without key and secret, setSecrets() names the keychain's two (key first).
    LrsStatementsJob(const NetContext &context, const QUrl &lrsBase, const QString &key,
                     const QString &secret, const QJsonArray &statements, QObject *parent = nullptr);

    QStringList ids() const { return m_ids; }

protected:
    NetError useSecrets(const QStringList &secrets) override;
    Request prepare() override;
    NetError parseSuccess(int status, const QByteArray &body) override;
    NetError parseFailure(int status, const QByteArray &body) override;

private:
    QUrl m_url;
    QByteArray m_authorization;
    QByteArray m_body;
    int m_count;
    QStringList m_ids;
};
