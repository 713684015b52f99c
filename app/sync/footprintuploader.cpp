#include "sync/footprintuploader.h"

#include "net/credentialstore.h"
#include "net/objectstorageclient.h"
#include "net/servicesettings.h"
#include "sync/s3probejob.h"
#include "store/cache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPointer>

namespace {

constexpr int RoundSize = 8;

QString hex(const QByteArray &data, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, algorithm).toHex());
}

} // namespace

FootprintUploader::FootprintUploader(Cache &cache, NetContext &context, CredentialStore &credentials,
                                     ServiceSettings &settings, ObjectStorageClient &storage, QObject *parent)
    : QObject(parent), m_cache(cache), m_context(context), m_credentials(credentials), m_settings(settings),
      m_storage(storage), m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

void FootprintUploader::run(QObject *context, Done done)
{
    done = [context = QPointer<QObject>(context), done = std::move(done)](int stored, int skipped,
                                                                          int failed) {
        if (context)
            done(stored, skipped, failed);
    };
    if (m_running) {
        // One pass at a time; the caller asks again after this one.
        QMetaObject::invokeMethod(
            this, [done] { done(0, 0, 0); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    m_done = std::move(done);
    m_stored = m_skipped = m_failed = 0;
    nextRound();
}

void FootprintUploader::nextRound()
{
    const QDateTime now = m_now();
    // Reading the files is disk work: on the store thread, with the query.
    m_cache.read(
        this,
        [now](QSqlDatabase &db) {
            QList<Item> items;
            for (const FootprintOutboxStore::PendingDocument &document :
                 FootprintOutboxStore::pendingDocuments(db, now, RoundSize)) {
                Item item{document, {}, {}};
                QFile file(document.localPath);
                if (!file.open(QIODevice::ReadOnly))
                    item.problem =
                        QStringLiteral("cannot read %1: %2").arg(document.localPath, file.errorString());
                else
                    item.data = file.readAll();
                if (item.problem.isEmpty() && hex(item.data, QCryptographicHash::Sha256) != document.sha256)
                    item.problem = QStringLiteral("%1 changed after it was attached (SHA-256 differs)")
                                       .arg(document.localPath);
                items << item;
            }
            return items;
        },
        [this](const QList<Item> &items) {
            m_items = items;
            nextItem();
        });
}

void FootprintUploader::nextItem()
{
    if (m_items.isEmpty()) {
        if (m_roundHadItems) {
            m_roundHadItems = false;
            nextRound(); // failed ones are due later now, so a round ends once all due files were tried
            return;
        }
        m_running = false;
        const Done done = std::exchange(m_done, nullptr);
        if (done)
            done(m_stored, m_skipped, m_failed);
        return;
    }
    m_roundHadItems = true;
    const Item item = m_items.takeFirst();
    if (!item.problem.isEmpty()) {
        failed(item, item.problem);
        return;
    }
    // The network layer's answers, like the cache's, are dropped once this object is gone.
    m_credentials.readAll({CredentialStore::s3AccessKeyKey(), CredentialStore::s3SecretKeyKey()}, this,
                          [this, item](const QStringList &secrets, const CredentialStore::Error &error) {
                              if (error)
                                  failed(item, QStringLiteral("object storage keys: %1").arg(error.detail));
                              else
                                  checkStored(item, secrets.at(0), secrets.at(1));
                          });
}

void FootprintUploader::checkStored(const Item &item, const QString &accessKey, const QString &secretKey)
{
    const ServiceSettings::U2035 settings = m_settings.u2035();
    if (settings.storageUrl.isEmpty() || settings.bucket.isEmpty()) {
        failed(item, QStringLiteral("no object storage address or bucket in the settings"));
        return;
    }
    const S3PutJob::Target target{settings.storageUrl, settings.bucket, settings.region,
                                  item.document.objectKey};
    auto *probe = new S3ProbeJob(m_context, target, accessKey, secretKey, this);
    connect(probe, &AbstractNetworkJob::finished, this, [this, probe, item, target] {
        if (probe->error()) {
            failed(item, probe->error().toLogText());
            return;
        }
        // Content-addressed key, same size and the MD5 of a single PUT: the very file is stored already.
        if (probe->exists() && probe->length() == item.data.size() &&
            QString::fromLatin1(probe->etag()) == hex(item.data, QCryptographicHash::Md5)) {
            stored(item, S3ProbeJob::objectUrl(target).toString(), true);
            return;
        }
        put(item);
    });
    probe->start();
}

void FootprintUploader::put(const Item &item)
{
    ++m_uploads;
    m_storage.put(
        item.document.objectKey, item.data, item.document.contentType, this,
        [this, item](const NetResult<ObjectStorageClient::StoredObject> &result) {
            if (!result.ok()) {
                failed(item, result.error().toLogText());
                return;
            }
            const ObjectStorageClient::StoredObject &object = result.value();
            QByteArray etag = object.etag;
            if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
                etag = etag.mid(1, etag.size() - 2);
            // The storage checked the body against x-amz-content-sha256; its ETag is the MD5 of what it kept.
            if (QString::fromLatin1(object.sha256Hex) != item.document.sha256 ||
                (!etag.isEmpty() && QString::fromLatin1(etag) != hex(item.data, QCryptographicHash::Md5))) {
                failed(item, QStringLiteral("the stored object does not match the file's hash"));
                return;
            }
            stored(item, object.url.toString(), false);
        });
}

void FootprintUploader::stored(const Item &item, const QString &url, bool skipped)
{
    ++(skipped ? m_skipped : m_stored);
    const QDateTime now = m_now();
    m_cache.write(
        this,
        [item, url, now](QSqlDatabase &db, QString *error) {
            return FootprintOutboxStore::documentStored(db, item.document.statementId,
                                                        item.document.attachmentIndex, url, now, error);
        },
        [this](bool, const QString &) { nextItem(); });
}

void FootprintUploader::failed(const Item &item, const QString &reason)
{
    ++m_failed;
    const QDateTime now = m_now();
    const QDateTime retryAt = now.addMSecs(m_retryDelay.count());
    m_cache.write(
        this,
        [item, reason, retryAt, now](QSqlDatabase &db, QString *error) {
            return FootprintOutboxStore::documentFailed(
                db, item.document.statementId, item.document.attachmentIndex, reason, retryAt, now, error);
        },
        [this](bool, const QString &) { nextItem(); });
}
