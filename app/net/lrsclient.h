#pragma once

#include "net/netcontext.h"
#include "net/netresult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUuid>

#include <functional>

class CredentialStore;
class ServiceSettings;

// U2035's LRS: posts batches of xAPI statements with the key and secret from the keychain.
class LrsClient : public QObject
{
    Q_OBJECT
public:
    using IdsCallback = std::function<void(const NetResult<QStringList> &ids)>;
    using CheckCallback = std::function<void(const NetError &error)>;

    LrsClient(NetContext &context, CredentialStore &credentials, ServiceSettings &settings,
              QObject *parent = nullptr);

    // POST {lrsUrl}/statements. The callback runs once, later, unless context is gone.
    void postStatements(const QJsonArray &statements, QObject *context, IdsCallback done);
    // Posts the connection-check statement; NetError::Kind::None means the LRS accepted it.
    void checkConnection(QObject *context, CheckCallback done);

    // The connection check as U2035's sample has it (verb and object
    // https://api.2035.university/connection.check, actor account name "0"), stamped with now; like every
    // statement it carries an id chosen by the client.
    static QJsonObject connectionCheckStatement(const QDateTime &now, const QUuid &id = QUuid::createUuid());

private:
    NetContext &m_context;
    CredentialStore &m_credentials;
    ServiceSettings &m_settings;
};
