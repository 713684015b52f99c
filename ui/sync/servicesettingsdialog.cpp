#include "sync/servicesettingsdialog.h"

#include "servicehub.h"
#include "widgets/problemlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QLineEdit *plainEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}

} // namespace

ServiceSettingsDialog::ServiceSettingsDialog(ServiceHub &hub, QWidget *parent)
    : QDialog(parent), m_hub(hub), m_tabs(new QTabWidget(this)), m_keychainProblem(new QFrame(this)),
      m_keychainText(new QLabel(m_keychainProblem))
{
    setObjectName(QStringLiteral("serviceSettingsDialog"));
    setWindowTitle(tr("Service settings"));
    m_tabs->setObjectName(QStringLiteral("serviceTabs"));
    m_tabs->addTab(buildU2035Tab(), tr("U2035 digital footprint"));
    m_tabs->addTab(buildSgoTab(), tr("SGO"));
    m_tabs->addTab(buildVkTab(), tr("VK chats"));

    // Shown when the keychain can't be used: say so plainly and offer to keep secrets for this session only.
    m_keychainProblem->setObjectName(QStringLiteral("keychainProblem"));
    m_keychainProblem->setFrameShape(QFrame::StyledPanel);
    m_keychainProblem->setAutoFillBackground(true);
    QPalette warning = m_keychainProblem->palette();
    warning.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    warning.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x00));
    m_keychainProblem->setPalette(warning);
    m_keychainText->setWordWrap(true);
    auto *sessionOnly = new QPushButton(tr("Enter them each session"), m_keychainProblem);
    sessionOnly->setObjectName(QStringLiteral("sessionOnlyButton"));
    auto *problemLayout = new QHBoxLayout(m_keychainProblem);
    problemLayout->addWidget(m_keychainText, 1);
    problemLayout->addWidget(sessionOnly);
    m_keychainProblem->hide();
    connect(sessionOnly, &QPushButton::clicked, this, [this] {
        m_hub.credentials().setSessionOnly(true);
        m_keychainText->setText(tr("Passwords and keys are kept in memory until the program closes; "
                                   "you will be asked for them again next time."));
        if (auto again = std::exchange(m_afterSessionChoice, nullptr))
            again();
    });
    connect(&m_hub.credentials(), &CredentialStore::keychainUnavailable, this,
            &ServiceSettingsDialog::showKeychainProblem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServiceSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServiceSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainProblem);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(620, 560);

    loadSettings();
    loadSecrets();
}

QLineEdit *ServiceSettingsDialog::secretEdit(NetError::Service service, const QString &name,
                                             std::function<QString()> key, bool identifier)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    if (!identifier)
        edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(tr("Not stored yet"));
    m_secrets[service].append(SecretField{edit, std::move(key), identifier});
    return edit;
}

QWidget *ServiceSettingsDialog::buildCheckRow(NetError::Service service, const QString &prefix)
{
    auto *row = new QWidget(this);
    auto *button = new QPushButton(tr("Check connection"), row);
    button->setObjectName(prefix + QStringLiteral("Check"));
    button->setToolTip(tr("Saves this service's settings and tries them"));
    auto *busy = new QProgressBar(row);
    busy->setObjectName(prefix + QStringLiteral("CheckBusy"));
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setMaximumWidth(80);
    busy->setMaximumHeight(12);
    busy->hide();
    auto *result = new ProblemLabel(prefix + QStringLiteral("CheckResult"), row);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *line = new QHBoxLayout;
    line->addWidget(button);
    line->addWidget(busy);
    line->addStretch(1);
    layout->addLayout(line);
    layout->addWidget(result);
    m_checks.insert(service, CheckRow{button, busy, result});
    connect(button, &QPushButton::clicked, this, [this, service] { check(service); });
    return row;
}

QWidget *ServiceSettingsDialog::buildU2035Tab()
{
    const auto service = NetError::Service::U2035;
    auto *page = new QWidget(this);
    auto *lrs = new QGroupBox(tr("Learning record store (LRS)"), page);
    m_lrsUrl =
        plainEdit(QStringLiteral("u2035LrsUrl"), QStringLiteral("https://lrs.example.ru/data/xAPI"), lrs);
    m_batchSize = new QSpinBox(lrs);
    m_batchSize->setObjectName(QStringLiteral("u2035BatchSize"));
    m_batchSize->setRange(1, 1000);
    m_batchSize->setToolTip(tr("How many statements are sent in one request"));
    auto *lrsForm = new QFormLayout(lrs);
    lrsForm->addRow(tr("Address:"), m_lrsUrl);
    lrsForm->addRow(tr("Key:"), secretEdit(
                                    service, QStringLiteral("u2035LrsKey"),
                                    [] { return CredentialStore::lrsKeyKey(); }, true));
    lrsForm->addRow(tr("Secret:"), secretEdit(
                                       service, QStringLiteral("u2035LrsSecret"),
                                       [] { return CredentialStore::lrsSecretKey(); }, false));
    lrsForm->addRow(tr("Statements per request:"), m_batchSize);

    auto *storage = new QGroupBox(tr("File storage for documents (S3)"), page);
    m_storageUrl =
        plainEdit(QStringLiteral("u2035StorageUrl"), QStringLiteral("https://s3.example.ru"), storage);
    m_bucket = plainEdit(QStringLiteral("u2035Bucket"), QString(), storage);
    m_region = plainEdit(QStringLiteral("u2035Region"), QStringLiteral("us-east-1"), storage);
    auto *storageForm = new QFormLayout(storage);
    storageForm->addRow(tr("Address:"), m_storageUrl);
    storageForm->addRow(tr("Bucket:"), m_bucket);
    storageForm->addRow(tr("Region:"), m_region);
    storageForm->addRow(tr("Access key:"), secretEdit(
                                               service, QStringLiteral("u2035StorageAccessKey"),
                                               [] { return CredentialStore::s3AccessKeyKey(); }, true));
    storageForm->addRow(tr("Secret key:"), secretEdit(
                                               service, QStringLiteral("u2035StorageSecretKey"),
                                               [] { return CredentialStore::s3SecretKeyKey(); }, false));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(lrs);
    layout->addWidget(storage);
    layout->addWidget(buildCheckRow(service, QStringLiteral("u2035")));
    layout->addStretch(1);
    return page;
}

QWidget *ServiceSettingsDialog::buildSgoTab()
{
    const auto service = NetError::Service::Sgo;
    auto *page = new QWidget(this);
    auto *account = new QGroupBox(tr("SGO account"), page);
    m_sgoUrl = plainEdit(QStringLiteral("sgoUrl"), QStringLiteral("https://sgo.example.ru"), account);
    m_sgoSchool = plainEdit(QStringLiteral("sgoSchool"), tr("As SGO lists it, or its number"), account);
    m_sgoAccount = plainEdit(QStringLiteral("sgoAccount"), QString(), account);
    auto *form = new QFormLayout(account);
    form->addRow(tr("Address:"), m_sgoUrl);
    form->addRow(tr("Organisation:"), m_sgoSchool);
    form->addRow(tr("Login:"), m_sgoAccount);
    form->addRow(tr("Password:"),
                 secretEdit(
                     service, QStringLiteral("sgoPassword"),
                     [this] { return CredentialStore::sgoPasswordKey(m_sgoAccount->text().trimmed()); },
                     false));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(account);
    layout->addWidget(buildCheckRow(service, QStringLiteral("sgo")));
    layout->addStretch(1);
    return page;
}

QWidget *ServiceSettingsDialog::buildVkTab()
{
    const auto service = NetError::Service::Vk;
    auto *page = new QWidget(this);
    auto *community = new QGroupBox(tr("Communication environment settings"), page);
    m_vkCommunity = plainEdit(QStringLiteral("vkCommunityId"), QStringLiteral("club225001"), community);
    m_copyCommunity = new QPushButton(tr("Copy"), community);
    m_copyCommunity->setObjectName(QStringLiteral("vkCopyCommunityId"));
    m_copyCommunity->setToolTip(tr("Copy the community identifier to the clipboard"));
    connect(m_copyCommunity, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_vkCommunity->text().trimmed());
        m_copyCommunity->setText(tr("Copied"));
    });
    connect(m_vkCommunity, &QLineEdit::textChanged, this, [this] { m_copyCommunity->setText(tr("Copy")); });
    auto *communityLine = new QHBoxLayout;
    communityLine->addWidget(m_vkCommunity, 1);
    communityLine->addWidget(m_copyCommunity);
    auto *communityForm = new QFormLayout(community);
    communityForm->addRow(tr("VK community identifier:"), communityLine);

    auto *api = new QGroupBox(tr("VK API"), page);
    m_vkApiUrl = plainEdit(QStringLiteral("vkApiUrl"), QStringLiteral("https://api.vk.com/method"), api);
    auto *form = new QFormLayout(api);
    form->addRow(tr("API address:"), m_vkApiUrl);
    form->addRow(tr("Access token:"), secretEdit(
                                          service, QStringLiteral("vkToken"),
                                          [] { return CredentialStore::vkTokenKey(); }, false));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(community);
    layout->addWidget(api);
    layout->addWidget(buildCheckRow(service, QStringLiteral("vk")));
    layout->addStretch(1);
    return page;
}

void ServiceSettingsDialog::showService(NetError::Service service)
{
    switch (service) {
    case NetError::Service::Sgo:
        m_tabs->setCurrentIndex(1);
        break;
    case NetError::Service::Vk:
        m_tabs->setCurrentIndex(2);
        break;
    default:
        m_tabs->setCurrentIndex(0);
        break;
    }
}

void ServiceSettingsDialog::loadSettings()
{
    const ServiceSettings &settings = m_hub.settings();
    const ServiceSettings::U2035 u2035 = settings.storedU2035();
    m_lrsUrl->setText(u2035.lrsUrl.toString());
    m_batchSize->setValue(u2035.batchSize);
    m_storageUrl->setText(u2035.storageUrl.toString());
    m_bucket->setText(u2035.bucket);
    m_region->setText(u2035.region);
    const ServiceSettings::Sgo sgo = settings.storedSgo();
    m_sgoUrl->setText(sgo.baseUrl.toString());
    m_sgoSchool->setText(sgo.school);
    m_sgoAccount->setText(sgo.account);
    const ServiceSettings::Vk vk = settings.vk();
    m_vkApiUrl->setText(vk.apiUrl.toString());
    m_vkCommunity->setText(vk.communityId);
}

void ServiceSettingsDialog::loadSecrets()
{
    // Passwords are never shown: the field only says whether one is stored. Access keys are identifiers and
    // are shown once read.
    for (const QList<SecretField> &fields : std::as_const(m_secrets)) {
        for (const SecretField &field : fields) {
            QPointer<QLineEdit> edit = field.edit;
            const bool identifier = field.isIdentifier;
            m_hub.credentials().read(
                field.key(), this,
                [this, edit, identifier](const QString &secret, const CredentialStore::Error &error) {
                    if (!edit || error)
                        return;
                    if (identifier && edit->text().isEmpty())
                        edit->setText(secret);
                    else if (!identifier)
                        edit->setPlaceholderText(tr("Stored in the system keychain — type to replace"));
                });
        }
    }
}

void ServiceSettingsDialog::applySettings(NetError::Service service)
{
    ServiceSettings &settings = m_hub.settings();
    switch (service) {
    case NetError::Service::Sgo:
        settings.setSgo({urlFrom(m_sgoUrl), m_sgoAccount->text().trimmed(), m_sgoSchool->text().trimmed()});
        break;
    case NetError::Service::Vk:
        settings.setVk({urlFrom(m_vkApiUrl).isEmpty() ? ServiceSettings::Vk().apiUrl : urlFrom(m_vkApiUrl),
                        m_vkCommunity->text().trimmed()});
        break;
    default: {
        ServiceSettings::U2035 u2035;
        u2035.lrsUrl = urlFrom(m_lrsUrl);
        u2035.batchSize = m_batchSize->value();
        u2035.storageUrl = urlFrom(m_storageUrl);
        u2035.bucket = m_bucket->text().trimmed();
        u2035.region =
            m_region->text().trimmed().isEmpty() ? QStringLiteral("us-east-1") : m_region->text().trimmed();
        settings.setU2035(u2035);
        break;
    }
    }
    settings.sync();
}

void ServiceSettingsDialog::saveSecrets(const QList<SecretField> &fields,
                                        std::function<void(const CredentialStore::Error &)> then)
{
    // Only what was typed is written; an empty field keeps the stored secret.
    QList<QPair<QString, QString>> toWrite;
    for (const SecretField &field : fields) {
        if (!field.edit->text().isEmpty())
            toWrite.append({field.key(), field.edit->text()});
    }
    auto remaining = std::make_shared<int>(static_cast<int>(toWrite.size()));
    auto failed = std::make_shared<CredentialStore::Error>();
    if (toWrite.isEmpty()) {
        then({});
        return;
    }
    for (const auto &[key, secret] : std::as_const(toWrite)) {
        m_hub.credentials().write(key, secret, this,
                                  [remaining, failed, then](const CredentialStore::Error &error) {
                                      if (error && !*failed)
                                          *failed = error;
                                      if (--*remaining == 0)
                                          then(*failed);
                                  });
    }
}

void ServiceSettingsDialog::setBusy(NetError::Service service, bool busy)
{
    const CheckRow row = m_checks.value(service);
    row.button->setEnabled(!busy);
    row.busy->setVisible(busy);
    if (busy) {
        row.result->showNote(tr("Checking…"));
    }
}

void ServiceSettingsDialog::check(NetError::Service service)
{
    applySettings(service);
    setBusy(service, true);
    saveSecrets(m_secrets.value(service), [this, service](const CredentialStore::Error &error) {
        if (error) {
            setBusy(service, false);
            showCheckResult(service,
                            NetError::make(NetError::Kind::NoCredentials, service, error.toUserText()), {});
            if (error.keychainUnavailable())
                m_afterSessionChoice = [this, service] { check(service); };
            return;
        }
        m_hub.checkConnection(service, this, [this, service](const NetError &result, const QString &summary) {
            setBusy(service, false);
            showCheckResult(service, result, summary);
        });
    });
}

void ServiceSettingsDialog::showCheckResult(NetError::Service service, const NetError &error,
                                            const QString &summary)
{
    ProblemLabel *label = m_checks.value(service).result;
    if (error)
        label->showProblem(error.describe(), ProblemLabel::Tone::Error);
    else
        label->showProblem(QStringLiteral("✓ ") + summary, ProblemLabel::Tone::Done);
}

void ServiceSettingsDialog::showKeychainProblem(const QString &message)
{
    m_keychainText->setText(message);
    m_keychainProblem->show();
}

void ServiceSettingsDialog::accept()
{
    for (const NetError::Service service :
         {NetError::Service::U2035, NetError::Service::Sgo, NetError::Service::Vk})
        applySettings(service);
    QList<SecretField> all;
    for (const QList<SecretField> &fields : std::as_const(m_secrets))
        all.append(fields);
    m_save->setEnabled(false);
    saveSecrets(all, [this](const CredentialStore::Error &error) {
        m_save->setEnabled(true);
        if (error) {
            // Stay open: the user can choose to keep the secrets for this session, then save again.
            if (error.keychainUnavailable())
                m_afterSessionChoice = [this] { accept(); };
            else
                showKeychainProblem(error.toUserText());
            return;
        }
        QDialog::accept();
    });
}
