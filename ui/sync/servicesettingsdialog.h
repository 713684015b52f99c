#pragma once

#include "net/credentialstore.h"
#include "net/neterror.h"

#include <QDialog>
#include <QMap>
#include <QList>

#include <functional>

class QFrame;
class ProblemLabel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class ServiceHub;

// Settings of the three services, a tab each (U2035, SGO, VK): addresses and account fields into the service
// settings, passwords and keys into the system keychain (never shown, only replaced), and «Проверить
// соединение» per service, which saves that tab and tries it without ever blocking the window. The VK tab
// shows the community identifier («Настройки коммуникативной среды») with a copy button.
class ServiceSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServiceSettingsDialog(ServiceHub &hub, QWidget *parent = nullptr);

    void showService(NetError::Service service);

    void accept() override;

private:
    struct SecretField
    {
        QLineEdit *edit = nullptr;
        std::function<QString()> key; // the keychain key, which for SGO depends on the login typed
        bool isIdentifier = false;    // an access key: shown once read, unlike a password
    };
    struct CheckRow
    {
        QPushButton *button = nullptr;
        QProgressBar *busy = nullptr;
        ProblemLabel *result = nullptr;
    };

    QWidget *buildU2035Tab();
    QWidget *buildSgoTab();
    QWidget *buildVkTab();
    QWidget *buildCheckRow(NetError::Service service, const QString &prefix);
    QLineEdit *secretEdit(NetError::Service service, const QString &name, std::function<QString()> key,
                          bool identifier);
    void loadSettings();
    void loadSecrets();

    void applySettings(NetError::Service service);
    void saveSecrets(const QList<SecretField> &fields,
                     std::function<void(const CredentialStore::Error &)> then);
    void check(NetError::Service service);
    void showCheckResult(NetError::Service service, const NetError &error, const QString &summary);
    void setBusy(NetError::Service service, bool busy);
    void showKeychainProblem(const QString &message);

    ServiceHub &m_hub;
    QTabWidget *m_tabs;
    QFrame *m_keychainProblem;
    QLabel *m_keychainText;
    std::function<void()> m_afterSessionChoice;

    QLineEdit *m_lrsUrl;
    QSpinBox *m_batchSize;
    QLineEdit *m_storageUrl;
    QLineEdit *m_bucket;
    QLineEdit *m_region;
    QLineEdit *m_sgoUrl;
    QLineEdit *m_sgoSchool;
    QLineEdit *m_sgoAccount;
    QLineEdit *m_vkApiUrl;
    QLineEdit *m_vkCommunity;
    QPushButton *m_copyCommunity;
    QMap<NetError::Service, QList<SecretField>> m_secrets;
    QMap<NetError::Service, CheckRow> m_checks;
    QPushButton *m_save = nullptr;
};
