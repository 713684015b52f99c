// A whole demo session — secrets put in the keychain, SGO sign-in and an administration call that sets a
// password, the U2035 connection check, VK calls, a document upload, logs at debug level — and then every
// file under the data dir and the settings file is searched for each secret, as is, in base64 and in hex.
// None may be there: secrets live in the OS keychain only.

#include "tst_netkit.h"
#include "tst_sandboxkit.h"

#include "net/logfile.h"
#include "net/logredactor.h"
#include "demoservices.h"
#include "servicehub.h"
#include "sandboxserver.h"
#include "sync/syncstate.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Sees every request the app sends, to learn the secrets that only exist on the wire (SGO's session token,
// the Authorization values).
class RecordingAccessManager : public QNetworkAccessManager
{
public:
    QSet<QString> wireSecrets;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        for (const QByteArray &name : {QByteArrayLiteral("at"), QByteArrayLiteral("Authorization")}) {
            const QByteArray value = request.rawHeader(name);
            if (!value.isEmpty())
                wireSecrets.insert(QString::fromLatin1(value));
        }
        return QNetworkAccessManager::createRequest(op, request, outgoing);
    }
};

QList<QByteArray> formsOf(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {utf8,
            utf8.toBase64(),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            utf8.toHex(),
            utf8.toHex().toUpper(),
            utf8.toPercentEncoding()};
}

} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoSessionLeavesNoSecretOnDisk();
};

void TestSecretLeak::demoSessionLeavesNoSecretOnDisk()
{
    QTemporaryDir data;
    QVERIFY(LogFile::install(data.filePath(QStringLiteral("logs"))));
    QLoggingCategory::setFilterRules(QStringLiteral("spodesk.*.debug=true"));

    SandboxServer sandbox(SandboxKit::smallCollege());
    QVERIFY(sandbox.start());
    SyncState sync;
    RecordingAccessManager wire;
    QString settingsFile;
    QSet<QString> secrets;
    {
        ServiceHub hub(data.path(), sync, ServiceHub::Options{false});
        hub.network().setManagerForCurrentThread(&wire);
        hub.context().retry.timeScale = 0.001;
        settingsFile = hub.settings().fileName();
        QVERIFY(settingsFile.startsWith(data.path()));

        const ServiceHub::DemoSetup demo =
            DemoServices::demoSetup(sandbox.demoServices(), QStringLiteral("admin"));
        secrets = {demo.sgoPassword, demo.vkToken, demo.lrsKey + QLatin1Char(':') + demo.lrsSecret,
                   demo.s3SecretKey};
        std::optional<CredentialStore::Error> stored;
        hub.configureDemo(demo, this, [&stored](const CredentialStore::Error &error) { stored = error; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
        QVERIFY2(!*stored, qPrintable(stored->detail)); // into the real Secret Service of this session

        int checks = 0;
        for (const NetError::Service service :
             {NetError::Service::Sgo, NetError::Service::U2035, NetError::Service::Vk}) {
            hub.checkConnection(service, this, [&checks](const NetError &error, const QString &) {
                QVERIFY2(!error, qPrintable(error.toLogText()));
                ++checks;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(checks, 3, 20000);

        const QString studentPassword = QStringLiteral("Ученик-Пароль-2026");
        secrets.insert(studentPassword);
        std::optional<NetError> changed;
        hub.sgo().changePassword(SandboxIds::sgoUserId(SandboxIds::PersonKind::Student, 1), studentPassword,
                                 true, this, [&changed](const NetError &error) { changed = error; });
        QTRY_VERIFY_WITH_TIMEOUT(changed.has_value(), 20000);
        QVERIFY(!*changed);

        std::optional<bool> uploaded;
        hub.objectStorage().put(QStringLiteral("practice/diary.pdf"), "%PDF-1.4 demo",
                                QStringLiteral("application/pdf"), this,
                                [&uploaded](const NetResult<ObjectStorageClient::StoredObject> &result) {
                                    uploaded = result.ok();
                                });
        QTRY_VERIFY_WITH_TIMEOUT(uploaded.has_value(), 20000);
        QVERIFY(*uploaded);

        // A failure with the service's words, kept in the failure log, and a sign-out.
        std::optional<NetResult<QJsonValue>> refused;
        hub.vk().call({QStringLiteral("messages.getChat"), {{QStringLiteral("chat_id"), 404}}}, this,
                      [&refused](const NetResult<QJsonValue> &result) { refused = result; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 20000);
        hub.reportFailure(QStringLiteral("Чат 404"), refused->error(), {});
        std::optional<NetError> loggedOut;
        hub.sgo().logout(this, [&loggedOut](const NetError &error) { loggedOut = error; });
        QTRY_VERIFY_WITH_TIMEOUT(loggedOut.has_value(), 20000);
        hub.settings().sync();
    }
    LogFile::uninstall();
    QLoggingCategory::setFilterRules(QString());

    secrets.unite(wire.wireSecrets);
    QVERIFY2(wire.wireSecrets.size() >= 3,
             "expected SGO session tokens and Authorization values on the wire");

    QStringList files;
    QDirIterator it(data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    const QString defaultSettings = QSettings().fileName();
    if (QFileInfo::exists(defaultSettings))
        files.append(defaultSettings);
    QVERIFY(files.contains(settingsFile));

    qint64 logBytes = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        if (path.contains(QLatin1String("/logs/")))
            logBytes += content.size();
        for (const QString &secret : std::as_const(secrets)) {
            for (const QByteArray &form : formsOf(secret))
                QVERIFY2(!content.contains(form),
                         qPrintable(QStringLiteral("%1 holds a secret (%2…)").arg(path, secret.left(3))));
        }
    }
    // The search meant something: the session did write a log, and the settings do name the services.
    QVERIFY(logBytes > 1000);
    QFile settings(settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(settings.readAll().contains("admin"));
}

NETKIT_KEYRING_TEST_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
