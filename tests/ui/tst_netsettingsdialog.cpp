// The service settings dialog and the sync failures panel, driven like a person would: typing, «Проверить
// соединение», «Копировать», Save, «Повторить», «Отмена». With SPODESK_SCREENSHOT_DIR set (and a real X
// display, e.g. under xvfb-run with QT_QPA_PLATFORM=xcb) each state is also captured with `import -window
// root`.

#include "servicehub.h"
#include "sandboxserver.h"
#include "sync/servicesettingsdialog.h"
#include "sync/syncstate.h"
#include "sync/syncfailurespanel.h"

#include "../app/tst_sandboxkit.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

// No keychain in this test process: the one test that wants the "no keychain" path gets it for real, the
// others keep secrets for the session.
void noKeychain()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/spodesk-no-bus");
}
Q_CONSTRUCTOR_FUNCTION(noKeychain)

template<typename T> T *find(QWidget *root, const QByteArray &name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no widget named %s", name.constData());
    return widget;
}

void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("SPODESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    window->raise();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QApplication::processEvents();
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"),
                                                 QDir(dir).filePath(name + QStringLiteral(".png"))});
}

} // namespace

class TestNetSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void checksEachServiceWithoutBlocking();
    void copiesTheCommunityIdentifier();
    void savesSettingsAndSecretsSeparately();
    void offersSessionSecretsWhenThereIsNoKeychain();
    void failuresPanelRetriesAndCancels();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncState> m_sync;
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<SandboxServer> m_sandbox;
};

void TestNetSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sync = std::make_unique<SyncState>();
    m_hub = std::make_unique<ServiceHub>(m_dir->path(), *m_sync, ServiceHub::Options{false});
    m_hub->context().retry.timeScale = 0.001;
    m_sandbox = std::make_unique<SandboxServer>(SandboxKit::smallCollege());
    QVERIFY(m_sandbox->start());
}

void TestNetSettingsDialog::cleanup()
{
    m_hub.reset();
    m_sandbox.reset();
    m_sync.reset();
    m_dir.reset();
}

void TestNetSettingsDialog::checksEachServiceWithoutBlocking()
{
    m_hub->credentials().setSessionOnly(true);
    ServiceSettingsDialog dialog(*m_hub);
    dialog.show();

    find<QLineEdit>(&dialog, "u2035LrsUrl")->setText(m_sandbox->xapiBaseUrl().toString());
    find<QLineEdit>(&dialog, "u2035LrsKey")->setText(QStringLiteral("demo"));
    find<QLineEdit>(&dialog, "u2035LrsSecret")->setText(QStringLiteral("demo"));
    QCOMPARE(find<QLineEdit>(&dialog, "u2035LrsSecret")->echoMode(), QLineEdit::Password);
    find<QLineEdit>(&dialog, "sgoUrl")->setText(m_sandbox->sgoBaseUrl().toString());
    find<QLineEdit>(&dialog, "sgoSchool")->setText(QString::number(m_sandbox->sgoSchoolId()));
    find<QLineEdit>(&dialog, "sgoAccount")->setText(QStringLiteral("admin"));
    find<QLineEdit>(&dialog, "sgoPassword")->setText(QStringLiteral("demo-password-2026"));
    find<QLineEdit>(&dialog, "vkApiUrl")->setText(m_sandbox->vkApiBaseUrl().toString());
    find<QLineEdit>(&dialog, "vkCommunityId")->setText(QString::number(m_sandbox->vkCommunityId()));
    find<QLineEdit>(&dialog, "vkToken")->setText(QStringLiteral("demo-vk-token"));

    SandboxFaults slow;
    slow.latencyMs = 300;
    m_sandbox->setFaults(slow);
    for (const char *prefix : {"u2035", "sgo", "vk"}) {
        const QByteArray name(prefix);
        dialog.showService(name == "sgo"  ? NetError::Service::Sgo
                           : name == "vk" ? NetError::Service::Vk
                                          : NetError::Service::U2035);
        QPushButton *check = find<QPushButton>(&dialog, QByteArray(name + "Check"));
        QLabel *result = find<QLabel>(&dialog, QByteArray(name + "CheckResult"));
        QTest::mouseClick(check, Qt::LeftButton);
        // The window stays live while the service is slow: the busy bar shows and the button waits.
        QVERIFY(find<QProgressBar>(&dialog, QByteArray(name + "CheckBusy"))->isVisible());
        QVERIFY(!check->isEnabled());
        if (name == "vk")
            screenshot(&dialog, QStringLiteral("service-settings-checking"));
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 15000);
        QVERIFY2(result->text().startsWith(QStringLiteral("✓")), qPrintable(result->text()));
    }
    QVERIFY(find<QLabel>(&dialog, "vkCheckResult")->text().contains(QStringLiteral("Колледж сферы услуг")));
    screenshot(&dialog, QStringLiteral("service-settings-vk"));
    dialog.showService(NetError::Service::U2035);
    screenshot(&dialog, QStringLiteral("service-settings-u2035"));

    // A refusal is worded for a person, with the service's own message.
    m_sandbox->setFaults({});
    dialog.showService(NetError::Service::Sgo);
    find<QLineEdit>(&dialog, "sgoPassword")->setText(QStringLiteral("wrong-password"));
    QTest::mouseClick(find<QPushButton>(&dialog, "sgoCheck"), Qt::LeftButton);
    QLabel *sgoResult = find<QLabel>(&dialog, "sgoCheckResult");
    QTRY_VERIFY(sgoResult->text().contains(QStringLiteral("Неправильный пароль или имя пользователя")));
    screenshot(&dialog, QStringLiteral("service-settings-sgo-refused"));
}

void TestNetSettingsDialog::copiesTheCommunityIdentifier()
{
    ServiceSettings::Vk vk;
    vk.communityId = QStringLiteral("club225001");
    m_hub->settings().setVk(vk);
    ServiceSettingsDialog dialog(*m_hub);
    dialog.showService(NetError::Service::Vk);
    dialog.show();
    QCOMPARE(find<QLineEdit>(&dialog, "vkCommunityId")->text(), QStringLiteral("club225001"));
    QApplication::clipboard()->clear();
    QTest::mouseClick(find<QPushButton>(&dialog, "vkCopyCommunityId"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("club225001"));
}

void TestNetSettingsDialog::savesSettingsAndSecretsSeparately()
{
    m_hub->credentials().setSessionOnly(true);
    {
        ServiceSettingsDialog dialog(*m_hub);
        dialog.show();
        find<QLineEdit>(&dialog, "sgoUrl")->setText(QStringLiteral("https://sgo.example.ru"));
        find<QLineEdit>(&dialog, "sgoAccount")->setText(QStringLiteral("kagan"));
        find<QLineEdit>(&dialog, "sgoPassword")->setText(QStringLiteral("Секрет-Каган-1"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(find<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(accepted.count(), 1);
    }
    QCOMPARE(m_hub->settings().sgo().account, QStringLiteral("kagan"));
    QCOMPARE(m_hub->settings().sgo().baseUrl, QUrl(QStringLiteral("https://sgo.example.ru")));
    QString stored;
    m_hub->credentials().read(
        CredentialStore::sgoPasswordKey(QStringLiteral("kagan")), this,
        [&stored](const QString &secret, const CredentialStore::Error &) { stored = secret; });
    QTRY_COMPARE(stored, QStringLiteral("Секрет-Каган-1"));
    QFile settings(m_hub->settings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("Секрет"));

    // Reopened: the password is not shown, only that one is stored.
    ServiceSettingsDialog again(*m_hub);
    QLineEdit *password = find<QLineEdit>(&again, "sgoPassword");
    QVERIFY(password->text().isEmpty());
    QTRY_VERIFY(password->placeholderText() != QLatin1String("Not stored yet"));
}

void TestNetSettingsDialog::offersSessionSecretsWhenThereIsNoKeychain()
{
    ServiceSettingsDialog dialog(*m_hub);
    dialog.show();
    find<QLineEdit>(&dialog, "vkToken")->setText(QStringLiteral("vk1.a.typed-token"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(find<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QFrame *problem = find<QFrame>(&dialog, "keychainProblem");
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 30000);
    QCOMPARE(accepted.count(), 0);
    screenshot(&dialog, QStringLiteral("service-settings-no-keychain"));

    QTest::mouseClick(find<QPushButton>(&dialog, "sessionOnlyButton"), Qt::LeftButton);
    QTRY_COMPARE(accepted.count(), 1);
    QVERIFY(m_hub->credentials().isSessionOnly());
    QString token;
    m_hub->credentials().read(
        CredentialStore::vkTokenKey(), this,
        [&token](const QString &secret, const CredentialStore::Error &) { token = secret; });
    QTRY_COMPARE(token, QStringLiteral("vk1.a.typed-token"));
}

void TestNetSettingsDialog::failuresPanelRetriesAndCancels()
{
    FailureLog &log = m_hub->failures();
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SyncFailuresPanel panel(log);
    panel.resize(900, 320);
    panel.show();
    QVERIFY(find<QLabel>(&panel, "failuresEmpty")->isVisible());

    int retried = 0;
    NetError refused = NetError::serviceError(NetError::Service::Vk, QStringLiteral("917"),
                                              QStringLiteral("You don't have access to this chat"));
    log.add(QStringLiteral("Чат «ДО-19-3 Группа»: добавить 2 участников"), refused,
            [&retried] { ++retried; });
    NetError conflict = NetError::make(NetError::Kind::Conflict, NetError::Service::U2035);
    conflict.httpStatus = 409;
    conflict.serviceMessage = QStringLiteral("f8d6f5a0-0b4e-4a8e-9d6e-1b1b1b1b1b1b is conflicting");
    log.add(QStringLiteral("ЦС: оценки группы ИС-21, 3 записи"), conflict, [&retried] { ++retried; });
    log.add(QStringLiteral("Пароль родителя Алексеева П."),
            NetError::make(NetError::Kind::Offline, NetError::Service::Sgo), [&retried] { ++retried; });
    QTreeView *view = find<QTreeView>(&panel, "failuresView");
    QTRY_VERIFY(view->isVisible());
    QPushButton *retry = find<QPushButton>(&panel, "retryButton");
    QVERIFY(!retry->isEnabled());
    panel.showProgress(QStringLiteral("Отправка ЦС: 40 из 120"), 40, 120);
    screenshot(&panel, QStringLiteral("sync-failures"));

    view->selectionModel()->select(log.index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(retried, 1);
    QCOMPARE(log.rowCount(), 2);

    view->selectionModel()->select(log.index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::mouseClick(find<QPushButton>(&panel, "dismissButton"), Qt::LeftButton);
    QCOMPARE(log.rowCount(), 1);
    QTest::mouseClick(find<QPushButton>(&panel, "retryAllButton"), Qt::LeftButton);
    QCOMPARE(retried, 2);
    QTRY_VERIFY(find<QLabel>(&panel, "failuresEmpty")->isVisible());

    QSignalSpy cancel(&panel, &SyncFailuresPanel::cancelRequested);
    QVERIFY(find<QWidget>(&panel, "progressRow")->isVisible());
    QTest::mouseClick(find<QPushButton>(&panel, "cancelButton"), Qt::LeftButton);
    QCOMPARE(cancel.count(), 1);
    panel.hideProgress();
    QVERIFY(!find<QWidget>(&panel, "progressRow")->isVisible());
}

QTEST_MAIN(TestNetSettingsDialog)
#include "tst_netsettingsdialog.moc"
