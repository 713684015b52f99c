#pragma once

#include "net/netcontext.h"
#include "net/netresult.h"

#include <QObject>
#include <QUrl>

#include <functional>

class CredentialStore;
class ServiceSettings;

// U2035's object storage (S3-compatible): documents go here first, and the statement then carries the
// attachment's fileUrl and sha2 (../shared/u2035/README.md, "documents").
class ObjectStorageClient : public QObject
{
    Q_OBJECT
public:
    struct StoredObject
    {
        QUrl url;
        QByteArray etag;
        QByteArray sha256Hex;
        qint64 length = 0;
    };
    using PutCallback = std::function<void(const NetResult<StoredObject> &stored)>;

    ObjectStorageClient(NetContext &context, CredentialStore &credentials, ServiceSettings &settings,
                        QObject *parent = nullptr);

    // PUT {storageUrl}/{bucket}/{key}, signed with the access and secret keys from the keychain.
    void put(const QString &key, const QByteArray &data, const QString &contentType, QObject *context,
             PutCallback done);

private:
    NetContext &m_context;
    CredentialStore &m_credentials;
    ServiceSettings &m_settings;
};
