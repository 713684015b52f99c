// No keychain on this computer: the user is told so in plain words, may keep secrets in memory for the
// session, and nothing is ever written to a file instead.

#include "net/credentialstore.h"
#include "nokeychain.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Kind = CredentialStore::Error::Kind;
using NoKeychain::filesUnderHome;
using NoKeychain::home;
namespace {
void isolate()
{
    NoKeychain::isolate();
}
Q_CONSTRUCTOR_FUNCTION(isolate)
} // namespace

class TestCredentialNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeFailsPlainlyAndWritesNoFile();
    void readFailsTheSameWay();
    void sessionOnlyKeepsSecretsInMemory();
};

void TestCredentialNoBackend::writeFailsPlainlyAndWritesNoFile()
{
    CredentialStore store(QStringLiteral("spodesk-test"));
    QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
    std::optional<CredentialStore::Error> result;
    store.write(CredentialStore::vkTokenKey(), QStringLiteral("vk1.a.no-backend-canary"), this,
                [&result](const CredentialStore::Error &error) { result = error; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->keychainUnavailable(), qPrintable(result->detail));
    QCOMPARE(unavailable.count(), 1);
    const QString message = unavailable.at(0).at(0).toString();
    QCOMPARE(message, result->toUserText());
    QVERIFY(message.contains(QLatin1String("each session")));
    QVERIFY2(filesUnderHome().isEmpty(), qPrintable(filesUnderHome().join(QLatin1Char('\n'))));
}

void TestCredentialNoBackend::readFailsTheSameWay()
{
    CredentialStore store(QStringLiteral("spodesk-test"));
    std::optional<CredentialStore::Error> result;
    store.read(CredentialStore::lrsSecretKey(), this,
               [&result](const QString &, const CredentialStore::Error &error) { result = error; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->keychainUnavailable(), qPrintable(result->detail));
}

void TestCredentialNoBackend::sessionOnlyKeepsSecretsInMemory()
{
    CredentialStore store(QStringLiteral("spodesk-test"));
    store.setSessionOnly(true);
    std::optional<CredentialStore::Error> written;
    store.write(CredentialStore::lrsSecretKey(), QStringLiteral("session-only-canary"), this,
                [&written](const CredentialStore::Error &error) { written = error; });
    QTRY_VERIFY(written.has_value());
    QVERIFY(!*written);
    QString secret;
    store.read(CredentialStore::lrsSecretKey(), this,
               [&secret](const QString &s, const CredentialStore::Error &) { secret = s; });
    QTRY_COMPARE(secret, QStringLiteral("session-only-canary"));

    // Gone with the session: another store (as after a restart) has nothing.
    CredentialStore afterRestart(QStringLiteral("spodesk-test"));
    afterRestart.setSessionOnly(true);
    std::optional<CredentialStore::Error> missing;
    afterRestart.read(CredentialStore::lrsSecretKey(), this,
                      [&missing](const QString &, const CredentialStore::Error &e) { missing = e; });
    QTRY_VERIFY(missing.has_value());
    QCOMPARE(missing->kind, Kind::NotFound);
    QVERIFY(filesUnderHome().isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialNoBackend)
#include "tst_credentialnobackend.moc"
