#include "net/objectstorageclient.h"

#include "net/credentialstore.h"
#include "net/requestrunner.h"
#include "net/s3putjob.h"
#include "net/servicesettings.h"

ObjectStorageClient::ObjectStorageClient(NetContext &context, CredentialStore &credentials,
                                         ServiceSettings &settings, QObject *parent)
    : QObject(parent), m_context(context), m_credentials(credentials), m_settings(settings)
{}

void ObjectStorageClient::put(const QString &key, const QByteArray &data, const QString &contentType,
                              QObject *context, PutCallback done)
{
    const ServiceSettings::U2035 settings = m_settings.u2035();
    if (settings.storageUrl.isEmpty() || settings.bucket.isEmpty()) {
        RequestRunner::failLater(
            context,
            NetError::make(NetError::Kind::NotConfigured, NetError::Service::ObjectStorage,
                           QStringLiteral("no storage address or bucket in the settings")),
            std::move(done));
        return;
    }
    const S3PutJob::Target target{settings.storageUrl, settings.bucket, settings.region, key};
    auto *job = new S3PutJob(m_context, target, QString(), QString(), data, contentType, this);
    job->setSecrets(&m_credentials, {CredentialStore::s3AccessKeyKey(), CredentialStore::s3SecretKeyKey()});
    const qint64 length = data.size();
    RequestRunner::run(job, context, [done = std::move(done), length](S3PutJob *finished) {
        if (finished->error())
            done(finished->error());
        else
            done(StoredObject{finished->objectUrl(), finished->etag(), finished->sha256Hex(), length});
    });
}
