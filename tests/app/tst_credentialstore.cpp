// Secrets in a real Secret Service: the test runs inside its own session bus with an unlocked gnome-keyring
// (NETKIT_KEYRING_TEST_MAIN re-executes it under dbus-run-session when .ci has not done so already).

#include "tst_netkit.h"

#include "net/credentialstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

using Kind = CredentialStore::Error::Kind;

struct ReadResult
{
    QString secret;
    CredentialStore::Error error;
    bool done = false;
};

ReadResult readFrom(CredentialStore &store, const QString &key)
{
    ReadResult result;
    store.read(key, &store, [&result](const QString &secret, const CredentialStore::Error &error) {
        result = {secret, error, true};
    });
    (void)QTest::qWaitFor([&result] { return result.done; }, 20000);
    return result;
}

CredentialStore::Error writeTo(CredentialStore &store, const QString &key, const QString &secret)
{
    std::optional<CredentialStore::Error> result;
    store.write(key, secret, &store, [&result](const CredentialStore::Error &error) { result = error; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    return result.value_or(CredentialStore::Error{Kind::Failed, QStringLiteral("no answer")});
}

CredentialStore::Error removeFrom(CredentialStore &store, const QString &key)
{
    std::optional<CredentialStore::Error> result;
    store.remove(key, &store, [&result](const CredentialStore::Error &error) { result = error; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    return result.value_or(CredentialStore::Error{Kind::Failed, QStringLiteral("no answer")});
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretSurvivesInTheKeychainNotInMemory();
    void everyKeyOfTheAppRoundTrips();
    void missingSecretIsNotFoundNamingTheKey();
    void removedSecretIsGone();
    void nothingLandsInPlainFiles();

private:
    QString m_service;
};

void TestCredentialStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "expected to run inside dbus-run-session");
    m_service = QStringLiteral("spodesk-test-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

void TestCredentialStore::secretSurvivesInTheKeychainNotInMemory()
{
    const QString secret = QStringLiteral("Пароль-для-СГО-2026");
    {
        CredentialStore writer(m_service);
        const CredentialStore::Error error =
            writeTo(writer, CredentialStore::sgoPasswordKey(QStringLiteral("admin")), secret);
        QVERIFY2(!error, qPrintable(error.detail));
    }
    // A fresh store has nothing in memory: the value can only have come from the Secret Service.
    CredentialStore reader(m_service);
    const ReadResult read = readFrom(reader, CredentialStore::sgoPasswordKey(QStringLiteral("admin")));
    QVERIFY2(!read.error, qPrintable(read.error.detail));
    QCOMPARE(read.secret, secret);

    // And the Secret Service itself holds it under the app's service name (QtKeychain's libsecret schema).
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"),
                  CredentialStore::sgoPasswordKey(QStringLiteral("admin"))});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), secret);
}

void TestCredentialStore::everyKeyOfTheAppRoundTrips()
{
    const QStringList keys{CredentialStore::vkTokenKey(), CredentialStore::lrsKeyKey(),
                           CredentialStore::lrsSecretKey(), CredentialStore::s3AccessKeyKey(),
                           CredentialStore::s3SecretKeyKey()};
    CredentialStore store(m_service);
    for (const QString &key : keys)
        QVERIFY(!writeTo(store, key, key + QStringLiteral("-value")));
    CredentialStore fresh(m_service);
    std::optional<QStringList> values;
    fresh.readAll(keys, this, [&values](const QStringList &secrets, const CredentialStore::Error &error) {
        QVERIFY(!error);
        values = secrets;
    });
    QTRY_VERIFY_WITH_TIMEOUT(values.has_value(), 20000);
    for (qsizetype i = 0; i < keys.size(); ++i)
        QCOMPARE(values->at(i), keys.at(i) + QStringLiteral("-value"));
}

void TestCredentialStore::missingSecretIsNotFoundNamingTheKey()
{
    CredentialStore store(m_service);
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    std::optional<CredentialStore::Error> error;
    store.readAll({CredentialStore::vkTokenKey(), QStringLiteral("sgo/nobody")}, this,
                  [&error](const QStringList &, const CredentialStore::Error &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 20000);
    QCOMPARE(error->kind, Kind::NotFound);
    QCOMPARE(error->detail, QStringLiteral("sgo/nobody"));
    QVERIFY(!error->keychainUnavailable());
    QCOMPARE(unavailable.count(), 0);
}

void TestCredentialStore::removedSecretIsGone()
{
    CredentialStore store(m_service);
    QVERIFY(!writeTo(store, QStringLiteral("sgo/temporary"), QStringLiteral("to-be-removed")));
    QVERIFY(!removeFrom(store, QStringLiteral("sgo/temporary")));
    QCOMPARE(readFrom(store, QStringLiteral("sgo/temporary")).error.kind, Kind::NotFound);
    CredentialStore fresh(m_service);
    QCOMPARE(readFrom(fresh, QStringLiteral("sgo/temporary")).error.kind, Kind::NotFound);
    QVERIFY(!removeFrom(fresh, QStringLiteral("sgo/never-there"))); // removing what is gone is fine
}

void TestCredentialStore::nothingLandsInPlainFiles()
{
    const QByteArray secret = "plain-file-canary-7f3e";
    CredentialStore store(m_service);
    QVERIFY(!writeTo(store, QStringLiteral("u2035/lrs-secret"), QString::fromLatin1(secret)));
    // The keyring file is encrypted; any other file under HOME holding the secret would be a fallback.
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
    }
}

NETKIT_KEYRING_TEST_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
