#include "net/objectstorageclient.h"

#include "net/credentialstore.h"
#include "net/s3putjob.h"
#include "net/servicesettings.h"

#include <QPointer>
#include <QTimer>

ObjectStorageClient::ObjectStorageClient(NetContext &context, CredentialStore &credentials,
                                         ServiceSettings &settings, QObject *parent)
    : QObject(parent), m_context(context), m_credentials(credentials), m_settings(settings)
{}

void ObjectStorageClient::put(const QString &key, const QByteArray &data, const QString &contentType,
                              QObject *context, PutCallback done)
{
    QPointer<QObject> guard(context);
    const ServiceSettings::U2035 settings = m_settings.u2035();
    if (settings.storageUrl.isEmpty() || settings.bucket.isEmpty()) {
        QTimer::singleShot(0, this, [guard, done] {
            if (guard)
                done(NetError::make(NetError::Kind::NotConfigured, NetError::Service::ObjectStorage,
                                    QStringLiteral("no storage address or bucket in the settings")));
        });
        return;
    }
    const S3PutJob::Target target{settings.storageUrl, settings.bucket, settings.region, key};
    m_credentials.readAll(
        {CredentialStore::s3AccessKeyKey(), CredentialStore::s3SecretKeyKey()}, this,
        [this, target, data, contentType, guard, done](const QStringList &secrets,
                                                       const CredentialStore::Error &error) {
            if (error) {
                if (guard) {
                    NetError missing =
                        NetError::make(NetError::Kind::NoCredentials, NetError::Service::ObjectStorage);
                    if (error.keychainUnavailable())
                        missing.detail = error.toUserText();
                    done(missing);
                }
                return;
            }
            auto *job =
                new S3PutJob(m_context, target, secrets.at(0), secrets.at(1), data, contentType, this);
            const qint64 length = data.size();
            connect(job, &AbstractNetworkJob::finished, this, [job, guard, done, length] {
                if (!guard)
                    return;
                if (job->error())
                    done(job->error());
                else
                    done(StoredObject{job->objectUrl(), job->etag(), job->sha256Hex(), length});
            });
            job->start();
        });
}
