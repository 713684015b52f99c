#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>

// Where the services are and who the app is to them — never a secret (those are in CredentialStore).
// Kept in an INI file of the data dir, one group per service.
class ServiceSettings : public QObject
{
    Q_OBJECT
public:
    struct U2035
    {
        QUrl lrsUrl; // the xAPI base, e.g. https://lrs…/data/xAPI (the client appends /statements)
        int batchSize = 50;
        QUrl storageUrl; // S3-compatible endpoint, path style (the client appends /<bucket>/<key>)
        QString bucket;
        QString region = QStringLiteral("us-east-1");
        bool operator==(const U2035 &) const = default;
    };
    struct Sgo
    {
        QUrl baseUrl;    // e.g. https://sgo.example.ru (the client appends /webapi/…)
        QString account; // the login; its password is CredentialStore::sgoPasswordKey(account)
        QString school;  // the organisation: its id (scid) or its name as SGO lists it; empty = the only one
        bool operator==(const Sgo &) const = default;
    };
    struct Vk
    {
        QUrl apiUrl = QUrl(QStringLiteral("https://api.vk.com/method"));
        QString communityId; // «Настройки коммуникативной среды»: the community the college's chats belong to
        bool operator==(const Vk &) const = default;
    };

    explicit ServiceSettings(const QString &filePath, QObject *parent = nullptr);

    // With this run's overrides (setRunOverrides) applied.
    U2035 u2035() const;
    // As saved: what the settings dialog edits.
    U2035 storedU2035() const { return m_u2035; }
    // With this run's SGO address (setSgoRunOverride) applied.
    Sgo sgo() const;
    Sgo storedSgo() const { return m_sgo; }
    Vk vk() const { return m_vk; }
    void setU2035(const U2035 &value);
    void setSgo(const Sgo &value);
    void setVk(const Vk &value);

    // `--u2035-url`, `--s3-url`: this run uses these addresses whatever is saved; nothing is written. Empty
    // URLs leave the saved ones in force.
    void setRunOverrides(const QUrl &lrsUrl, const QUrl &storageUrl);
    // `--sgo-url`: the same for SGO's address.
    void setSgoRunOverride(const QUrl &baseUrl);

    bool hasAnyService() const;
    QString fileName() const { return m_settings.fileName(); }
    // Writes pending changes to disk now (QSettings otherwise does it on its own schedule).
    void sync();

Q_SIGNALS:
    void changed();

private:
    void load();

    QSettings m_settings;
    U2035 m_u2035;
    QUrl m_lrsOverride;
    QUrl m_storageOverride;
    Sgo m_sgo;
    QUrl m_sgoOverride;
    Vk m_vk;
};
