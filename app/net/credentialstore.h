#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

// Every secret of the app (SGO passwords, the VK token, the LRS key and secret, the object-storage keys)
// lives in the OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager),
// under the service name "spodesk". When no keychain is available the user is told so and may choose to enter
// secrets each session: they are then held in memory only. Nothing ever falls back to a file. Every secret
// read or written is registered with LogRedactor, so it can't reach the log even by accident.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    struct Error
    {
        enum class Kind { None, NotFound, NoBackend, AccessDenied, Failed };
        Kind kind = Kind::None;
        QString detail; // QtKeychain's text, for the log

        bool isError() const { return kind != Kind::None; }
        explicit operator bool() const { return isError(); }
        // The keychain itself can't be used (as opposed to: this one secret is missing).
        bool keychainUnavailable() const { return kind == Kind::NoBackend || kind == Kind::Failed; }
        QString toUserText() const;
    };
    using ReadCallback = std::function<void(const QString &secret, const Error &error)>;
    using ReadManyCallback = std::function<void(const QStringList &secrets, const Error &error)>;
    using DoneCallback = std::function<void(const Error &error)>;

    explicit CredentialStore(const QString &serviceName = QStringLiteral("spodesk"),
                             QObject *parent = nullptr);

    // The callbacks run on this object's thread, later (never inside the call), unless context is gone by
    // then.
    void read(const QString &key, QObject *context, ReadCallback done);
    // All keys or the first error (NotFound names the missing key in detail).
    void readAll(const QStringList &keys, QObject *context, ReadManyCallback done);
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback done);
    void remove(const QString &key, QObject *context, DoneCallback done);

    // "Enter it each session": secrets written from now on stay in memory until the app quits.
    bool isSessionOnly() const { return m_sessionOnly; }
    void setSessionOnly(bool sessionOnly);
    // Forget what is held in memory (cache and session secrets); the keychain keeps its entries.
    void clearMemory();
    // A secret for this run only, whatever the mode («Запомнить пароль» unticked): read() finds it, the
    // keychain never sees it.
    void holdInMemory(const QString &key, const QString &secret);

    QString serviceName() const { return m_service; }

    static QString sgoPasswordKey(const QString &account);
    static QString vkTokenKey() { return QStringLiteral("vk/token"); }
    static QString lrsKeyKey() { return QStringLiteral("u2035/lrs-key"); }
    static QString lrsSecretKey() { return QStringLiteral("u2035/lrs-secret"); }
    static QString s3AccessKeyKey() { return QStringLiteral("s3/access-key"); }
    static QString s3SecretKeyKey() { return QStringLiteral("s3/secret-key"); }

Q_SIGNALS:
    // The keychain could not be used; message is for a person. The UI offers "enter it each session".
    void keychainUnavailable(const QString &message);

private:
    void reportFailure(const Error &error);
    void readFrom(const QStringList &keys, const QStringList &gathered, QPointer<QObject> context,
                  ReadManyCallback done);

    QString m_service;
    bool m_sessionOnly = false;
    bool m_reportedUnavailable = false;
    QHash<QString, QString> m_memory; // read-through cache, and the only store in session-only mode
};
