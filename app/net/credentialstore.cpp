#include "net/credentialstore.h"

#include "net/logredactor.h"
#include "net/netlogging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

CredentialStore::Error fromJob(const QKeychain::Job &job)
{
    using Kind = CredentialStore::Error::Kind;
    CredentialStore::Error error;
    error.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        error.kind = Kind::None;
        break;
    case QKeychain::EntryNotFound:
        error.kind = Kind::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.kind = Kind::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = Kind::NoBackend;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        error.kind = Kind::Failed;
        break;
    }
    return error;
}

// Callbacks never run inside the call that asked, so callers need not guard against re-entrance.
void later(QObject *receiver, std::function<void()> fn)
{
    QTimer::singleShot(0, receiver, std::move(fn));
}

} // namespace

QString CredentialStore::Error::toUserText() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return QCoreApplication::translate(
            "CredentialStore", "The password or key is not stored yet. Enter it in the service settings.");
    case Kind::AccessDenied:
        return QCoreApplication::translate(
            "CredentialStore",
            "Access to the system keychain was denied, so the password could not be read or saved.");
    case Kind::NoBackend:
    case Kind::Failed:
        return QCoreApplication::translate(
            "CredentialStore",
            "The system keychain is not available on this computer, so passwords cannot be "
            "saved. You can enter them each session instead: they will be kept in memory "
            "until the program closes.");
    }
    return {};
}

CredentialStore::CredentialStore(const QString &serviceName, QObject *parent)
    : QObject(parent), m_service(serviceName)
{}

QString CredentialStore::sgoPasswordKey(const QString &account)
{
    return QStringLiteral("sgo/") + account;
}

void CredentialStore::setSessionOnly(bool sessionOnly)
{
    m_sessionOnly = sessionOnly;
    qCInfo(lcNet) << "credentials:"
                  << (sessionOnly ? "kept in memory for this session" : "kept in the system keychain");
}

void CredentialStore::clearMemory()
{
    m_memory.clear();
}

void CredentialStore::reportFailure(const Error &error)
{
    qCWarning(lcNet).noquote() << "keychain:" << error.detail;
    if (error.keychainUnavailable() && !m_reportedUnavailable) {
        m_reportedUnavailable = true;
        Q_EMIT keychainUnavailable(error.toUserText());
    }
}

void CredentialStore::holdInMemory(const QString &key, const QString &secret)
{
    LogRedactor::registerSecret(secret);
    m_memory.insert(key, secret);
}

void CredentialStore::read(const QString &key, QObject *context, ReadCallback done)
{
    QPointer<QObject> guard(context);
    const auto cached = m_memory.constFind(key);
    if (cached != m_memory.cend() || m_sessionOnly) {
        const QString secret = cached != m_memory.cend() ? cached.value() : QString();
        Error error;
        if (cached == m_memory.cend()) {
            error.kind = Error::Kind::NotFound;
            error.detail = key;
        }
        later(this, [guard, done, secret, error] {
            if (guard)
                done(secret, error);
        });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, guard, done, key](QKeychain::Job *finished) {
        Error error = fromJob(*finished);
        QString secret;
        if (!error) {
            secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            LogRedactor::registerSecret(secret);
            m_memory.insert(key, secret);
        } else if (error.kind == Error::Kind::NotFound) {
            error.detail = key;
        } else {
            reportFailure(error);
        }
        if (guard)
            done(secret, error);
    });
    job->start();
}

void CredentialStore::readAll(const QStringList &keys, QObject *context, ReadManyCallback done)
{
    readFrom(keys, {}, QPointer<QObject>(context), std::move(done));
}

void CredentialStore::readFrom(const QStringList &keys, const QStringList &gathered,
                               QPointer<QObject> context, ReadManyCallback done)
{
    if (gathered.size() == keys.size()) {
        later(this, [context, done, gathered] {
            if (context)
                done(gathered, {});
        });
        return;
    }
    read(keys.at(gathered.size()), this,
         [this, keys, gathered, context, done](const QString &secret, const Error &error) {
             if (error) {
                 if (context)
                     done({}, error);
                 return;
             }
             readFrom(keys, gathered + QStringList{secret}, context, done);
         });
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, DoneCallback done)
{
    LogRedactor::registerSecret(secret);
    QPointer<QObject> guard(context);
    if (m_sessionOnly) {
        m_memory.insert(key, secret);
        later(this, [guard, done] {
            if (guard)
                done({});
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, guard, done, key, secret](QKeychain::Job *finished) {
        const Error error = fromJob(*finished);
        if (!error)
            m_memory.insert(key, secret);
        else
            reportFailure(error);
        if (guard)
            done(error);
    });
    job->start();
}

void CredentialStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    m_memory.remove(key);
    QPointer<QObject> guard(context);
    if (m_sessionOnly) {
        later(this, [guard, done] {
            if (guard)
                done({});
        });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, guard, done](QKeychain::Job *finished) {
        Error error = fromJob(*finished);
        if (error.kind == Error::Kind::NotFound)
            error = {}; // already gone is what was asked
        else if (error)
            reportFailure(error);
        if (guard)
            done(error);
    });
    job->start();
}
