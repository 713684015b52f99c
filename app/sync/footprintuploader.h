#pragma once

#include "sync/footprintoutboxstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <chrono>
#include <functional>

class Cache;
class CredentialStore;
class ObjectStorageClient;
class ServiceSettings;
struct NetContext;

// Puts the documents of due statements into object storage before the statements go (README "documents": not
// multipart; the statement names the stored file by fileUrl and sha2). Per file and resumable: the file is
// read and checked against the SHA-256 it was queued with; a probe (ranged GET) that finds the object stored
// with the same size and MD5 ETag skips the upload (a crash after the PUT); otherwise it is PUT, and the
// storage's answer is checked against the hashes before the statement is allowed to go.
class FootprintUploader : public QObject
{
    Q_OBJECT
public:
    FootprintUploader(Cache &cache, NetContext &context, CredentialStore &credentials,
                      ServiceSettings &settings, ObjectStorageClient &storage, QObject *parent = nullptr);

    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Stores every document that statements due now wait for; done(stored, skipped, failed) once none is
    // left, unless context is gone by then.
    using Done = std::function<void(int stored, int skipped, int failed)>;
    void run(QObject *context, Done done);

    int uploads() const { return m_uploads; }

private:
    struct Item
    {
        FootprintOutboxStore::PendingDocument document;
        QByteArray data;
        QString problem; // the file can't be read or no longer has the hash it was queued with
    };
    void nextRound();
    void nextItem();
    void checkStored(const Item &item, const QString &accessKey, const QString &secretKey);
    void put(const Item &item);
    void stored(const Item &item, const QString &url, bool skipped);
    void failed(const Item &item, const QString &reason);

    Cache &m_cache;
    NetContext &m_context;
    CredentialStore &m_credentials;
    ServiceSettings &m_settings;
    ObjectStorageClient &m_storage;
    std::chrono::milliseconds m_retryDelay{60000};
    std::function<QDateTime()> m_now;
    QList<Item> m_items;
    Done m_done;
    int m_stored = 0;
    int m_skipped = 0;
    int m_failed = 0;
    int m_uploads = 0;
    bool m_running = false;
    bool m_roundHadItems = false;
};
