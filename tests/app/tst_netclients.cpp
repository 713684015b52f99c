// The four service clients against spodesk-sandbox, through the ServiceHub the Engine builds: the connection
// checks, SGO's sign-in flow and administration calls, VK calls and execute batches within VK's rate limit,
// the signed object-storage PUT, and work that waits while offline and resumes by itself.

#include "tst_netkit.h"
#include "tst_sandboxkit.h"

#include "demoservices.h"
#include "servicehub.h"
#include "sandboxserver.h"
#include "sync/syncstate.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

namespace {

using Kind = NetError::Kind;

const QString adminLogin = QStringLiteral("admin");

QJsonArray storedStatements(const SandboxServer &sandbox)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(sandbox.xapiBaseUrl().toString() + QStringLiteral("/statements")));
    request.setRawHeader("Authorization", "Basic " + QByteArray("demo:demo").toBase64());
    request.setRawHeader("X-Experience-API-Version", "1.0.3");
    QNetworkReply *reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    const QJsonArray statements =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("statements")).toArray();
    delete reply;
    return statements;
}

} // namespace

class TestNetClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void u2035ConnectionCheckIsAccepted();
    void missingSecretsAndAddressesAreTyped();

    void sgoSignsInAndRunsAdministrationCalls();
    void sgoWrongPasswordIsSgosOwnMessage();
    void sgoExpiredSessionSignsInOnceMore();
    void sgoConcurrentCallsShareOneSignIn();
    void sgoContextAndSyncPagesThroughTheSandbox();

    void vkCheckNamesTheCommunity();
    void vkExecuteSplitsIntoBatchesOf25();
    void vkExecuteKeepsEachCallsError();
    void vkClientStaysUnderVksRateLimit();
    void vkRateLimitErrorIsWaitedOutAndRetried();
    void vkRejectedTokenIsTypedAndNotRetried();
    void vkFormAndScriptAreBuiltAsVkExpects();

    void objectStoragePutIsSignedAndReadable();
    void objectStorageWrongKeyIsStoragesOwnError();

    void failureLogListsAndRetries();
    void offlineWorkWaitsAndResumesByItself();

    void callbacksOfAGoneContextAreNotCalled();

private:
    void configure(const SandboxSettings &settings = {});
    void storeSecret(const QString &key, const QString &value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncState> m_sync;
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<SandboxServer> m_sandbox;
};

void TestNetClients::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sync = std::make_unique<SyncState>();
    m_hub = std::make_unique<ServiceHub>(m_dir->path(), *m_sync, ServiceHub::Options{false});
    m_hub->context().retry.timeScale = 0.001;
    m_hub->context().timeout = std::chrono::milliseconds(5000);
    // No keychain here (tst_credentialstore covers it): the secrets stay in memory.
    m_hub->credentials().setSessionOnly(true);
}

void TestNetClients::cleanup()
{
    m_hub.reset();
    m_sandbox.reset();
    m_sync.reset();
    m_dir.reset();
}

void TestNetClients::configure(const SandboxSettings &settings)
{
    m_sandbox = std::make_unique<SandboxServer>(SandboxKit::smallCollege(), settings);
    QVERIFY(m_sandbox->start());
    bool written = false;
    m_hub->configureDemo(DemoServices::demoSetup(m_sandbox->demoServices(), adminLogin), this,
                         [&written](const CredentialStore::Error &error) {
                             QVERIFY(!error);
                             written = true;
                         });
    QTRY_VERIFY(written);
}

void TestNetClients::storeSecret(const QString &key, const QString &value)
{
    bool done = false;
    m_hub->credentials().write(key, value, this, [&done](const CredentialStore::Error &) { done = true; });
    QTRY_VERIFY(done);
}

void TestNetClients::u2035ConnectionCheckIsAccepted()
{
    configure();
    std::optional<NetError> result;
    QString summary;
    m_hub->checkConnection(NetError::Service::U2035, this, [&](const NetError &error, const QString &text) {
        result = error;
        summary = text;
    });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(!*result, qPrintable(result->toLogText()));
    QVERIFY(!summary.isEmpty());
    const QJsonArray stored = storedStatements(*m_sandbox);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0)
                 .toObject()
                 .value(QStringLiteral("verb"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("https://api.2035.university/connection.check"));
}

void TestNetClients::missingSecretsAndAddressesAreTyped()
{
    std::optional<NetError> noAddress;
    m_hub->lrs().checkConnection(this, [&](const NetError &error) { noAddress = error; });
    QTRY_VERIFY(noAddress.has_value());
    QCOMPARE(noAddress->kind, Kind::NotConfigured);

    m_sandbox = std::make_unique<SandboxServer>(SandboxKit::smallCollege());
    QVERIFY(m_sandbox->start());
    ServiceSettings::U2035 u2035;
    u2035.lrsUrl = m_sandbox->xapiBaseUrl();
    m_hub->settings().setU2035(u2035);
    std::optional<NetError> noSecret;
    m_hub->lrs().checkConnection(this, [&](const NetError &error) { noSecret = error; });
    QTRY_VERIFY(noSecret.has_value());
    QCOMPARE(noSecret->kind, Kind::NoCredentials);
    QCOMPARE(m_sandbox->requestCount(SandboxService::Xapi), 0);
    QVERIFY(noSecret->toUserText().contains(NetError::serviceName(NetError::Service::U2035)));
}

void TestNetClients::sgoSignsInAndRunsAdministrationCalls()
{
    configure();
    SgoClient &sgo = m_hub->sgo();
    QSignalSpy signedIn(&sgo, &SgoClient::signedIn);

    std::optional<NetResult<SgoAdminCalls::PeoplePage>> page;
    sgo.listPeople(SgoAdminCalls::Role::Student, SgoAdminCalls::StatusFilter::All, 1, 50, this,
                   [&](const NetResult<SgoAdminCalls::PeoplePage> &result) { page = result; });
    QTRY_VERIFY(page.has_value());
    QVERIFY2(page->ok(), qPrintable(page->error().toLogText()));
    QCOMPARE(page->value().total, 4);
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(sgo.hasSession());

    const qint64 parentId = SandboxIds::sgoUserId(SandboxIds::PersonKind::Parent, 1);
    const qint64 childId = SandboxIds::sgoUserId(SandboxIds::PersonKind::Student, 1);
    std::optional<NetResult<SgoAdminCalls::Person>> parent;
    sgo.person(parentId, this, [&](const NetResult<SgoAdminCalls::Person> &result) { parent = result; });
    QTRY_VERIFY(parent.has_value());
    QVERIFY(parent->ok());
    QCOMPARE(parent->value().children, QList<qint64>{childId});

    std::optional<NetError> tooShort;
    sgo.changePassword(childId, QStringLiteral("short"), true, this,
                       [&](const NetError &error) { tooShort = error; });
    QTRY_VERIFY(tooShort.has_value());
    QCOMPARE(tooShort->kind, Kind::ServiceError);
    QCOMPARE(tooShort->httpStatus, 400);
    QCOMPARE(tooShort->serviceMessage, QStringLiteral("Пароль должен содержать не менее 8 символов"));

    std::optional<NetError> changed;
    sgo.changePassword(childId, QStringLiteral("Новый-пароль-2026"), true, this,
                       [&](const NetError &error) { changed = error; });
    QTRY_VERIFY(changed.has_value());
    QVERIFY2(!*changed, qPrintable(changed->toLogText()));

    // A login issued by another organisation is changed there: SGO says so, in its own words.
    const qint64 elsewhere = SandboxIds::sgoUserId(SandboxIds::PersonKind::Student, 4);
    std::optional<NetError> refused;
    sgo.setMustChangePassword(elsewhere, true, this, [&](const NetError &error) { refused = error; });
    QTRY_VERIFY(refused.has_value());
    QCOMPARE(refused->httpStatus, 403);
    QVERIFY(!refused->serviceMessage.isEmpty());

    std::optional<NetError> linkedTwice;
    sgo.linkChild(parentId, childId, this, [&](const NetError &error) { linkedTwice = error; });
    QTRY_VERIFY(linkedTwice.has_value());
    QCOMPARE(linkedTwice->httpStatus, 409);
    QCOMPARE(linkedTwice->serviceMessage, QStringLiteral("Родитель уже привязан к этому ребёнку"));

    std::optional<NetError> unlinked;
    sgo.unlinkChild(parentId, childId, this, [&](const NetError &error) { unlinked = error; });
    QTRY_VERIFY(unlinked.has_value());
    QVERIFY(!*unlinked);
    std::optional<NetResult<QList<SgoAdminCalls::Person>>> children;
    sgo.children(parentId, this,
                 [&](const NetResult<QList<SgoAdminCalls::Person>> &result) { children = result; });
    QTRY_VERIFY(children.has_value());
    QVERIFY(children->ok());
    QVERIFY(children->value().isEmpty());

    std::optional<NetError> loggedOut;
    sgo.logout(this, [&](const NetError &error) { loggedOut = error; });
    QTRY_VERIFY(loggedOut.has_value());
    QVERIFY(!*loggedOut);
    QVERIFY(!sgo.hasSession());
    QCOMPARE(signedIn.count(), 1);
}

void TestNetClients::sgoWrongPasswordIsSgosOwnMessage()
{
    configure();
    storeSecret(CredentialStore::sgoPasswordKey(adminLogin), QStringLiteral("not-the-password"));
    std::optional<NetError> result;
    QString summary;
    m_hub->checkConnection(NetError::Service::Sgo, this, [&](const NetError &error, const QString &text) {
        result = error;
        summary = text;
    });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->kind, Kind::ServiceError);
    QCOMPARE(result->httpStatus, 409);
    QCOMPARE(result->serviceMessage, QStringLiteral("Неправильный пароль или имя пользователя"));
    QVERIFY(result->toUserText().contains(result->serviceMessage));
    QVERIFY(summary.isEmpty());
    QVERIFY(!m_hub->sgo().hasSession());
}

void TestNetClients::sgoExpiredSessionSignsInOnceMore()
{
    SandboxSettings settings;
    settings.sgoSessionLifetimeMs = 0; // every session is over by the time it is used
    configure(settings);
    QSignalSpy signedIn(&m_hub->sgo(), &SgoClient::signedIn);
    std::optional<NetResult<QByteArray>> reply;
    m_hub->sgo().request("GET", QStringLiteral("webapi/context"), {}, this,
                         [&](const NetResult<QByteArray> &result) { reply = result; });
    QTRY_VERIFY(reply.has_value());
    QCOMPARE(reply->error().httpStatus, 401);
    QCOMPARE(signedIn.count(), 2); // the first sign-in, and exactly one more after the 401
}

void TestNetClients::sgoConcurrentCallsShareOneSignIn()
{
    configure();
    QSignalSpy signedIn(&m_hub->sgo(), &SgoClient::signedIn);
    int done = 0;
    for (int i = 0; i < 3; ++i) {
        m_hub->sgo().request("GET", QStringLiteral("webapi/context"), {}, this,
                             [&done](const NetResult<QByteArray> &result) {
                                 QVERIFY(result.ok());
                                 const QJsonObject context = QJsonDocument::fromJson(result.value()).object();
                                 QCOMPARE(context.value(QStringLiteral("user"))
                                              .toObject()
                                              .value(QStringLiteral("login"))
                                              .toString(),
                                          adminLogin);
                                 ++done;
                             });
    }
    QTRY_COMPARE(done, 3);
    QCOMPARE(signedIn.count(), 1);
    QCOMPARE(m_sandbox->requestCount(SandboxService::Sgo),
             4 + 3); // logindata, getdata, schools, login; 3 calls
}

void TestNetClients::sgoContextAndSyncPagesThroughTheSandbox()
{
    configure();
    std::optional<NetResult<SgoAdminCalls::Context>> context;
    m_hub->sgo().context(this, [&](const NetResult<SgoAdminCalls::Context> &result) { context = result; });
    QTRY_VERIFY(context.has_value());
    QVERIFY2(context->ok(), qPrintable(context->error().toLogText()));
    QCOMPARE(context->value().login, adminLogin);
    QCOMPARE(context->value().roles, Roles(Role::Admin));
    QCOMPARE(context->value().organisationId, m_sandbox->sgoSchoolId());

    // A pull of the students two at a time; the session ends on the server after the first page, so the
    // second page meets a 401, signs in again and goes on where it stopped.
    QSignalSpy signedIn(&m_hub->sgo(), &SgoClient::signedIn);
    using Page = NetResult<SgoAdminCalls::SyncPage<Student>>;
    std::optional<Page> page;
    const auto fetch = [&](const QString &until, int number) {
        page.reset();
        m_hub->sgo().syncPage<Student>({}, until, number, 2, this,
                                       [&](const Page &result) { page = result; });
    };
    fetch({}, 1);
    QTRY_VERIFY(page.has_value());
    QVERIFY2(page->ok(), qPrintable(page->error().toLogText()));
    QCOMPARE(page->value().pages, 2);
    const QString until = page->value().since;
    QList<qint64> ids;
    for (const Student &student : page->value().items)
        ids.append(student.id);

    std::optional<NetResult<QByteArray>> loggedOut;
    m_hub->sgo().request("POST", QStringLiteral("webapi/auth/logout"), {}, this,
                         [&](const NetResult<QByteArray> &result) { loggedOut = result; });
    QTRY_VERIFY(loggedOut.has_value());
    QVERIFY(loggedOut->ok());

    fetch(until, 2);
    QTRY_VERIFY(page.has_value());
    QVERIFY2(page->ok(), qPrintable(page->error().toLogText()));
    QCOMPARE(page->value().page, 2);
    QCOMPARE(page->value().since, until);
    for (const Student &student : page->value().items)
        ids.append(student.id);
    QCOMPARE(signedIn.count(), 1); // exactly one more sign-in
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{SandboxKit::sgoStudent(1), SandboxKit::sgoStudent(2),
                                 SandboxKit::sgoStudent(3), SandboxKit::sgoStudent(4)}));

    // Nothing changed since: an empty page with the same token.
    page.reset();
    m_hub->sgo().syncPage<Student>(until, {}, 1, 500, this, [&](const Page &result) { page = result; });
    QTRY_VERIFY(page.has_value());
    QVERIFY(page->ok());
    QVERIFY(page->value().items.isEmpty());
    QCOMPARE(page->value().since, until);

    // A page beyond the last is SGO's 400 with its message.
    page.reset();
    m_hub->sgo().syncPage<Student>({}, {}, 9, 500, this, [&](const Page &result) { page = result; });
    QTRY_VERIFY(page.has_value());
    QCOMPARE(page->error().httpStatus, 400);
    QVERIFY(!page->error().serviceMessage.isEmpty());
}

void TestNetClients::vkCheckNamesTheCommunity()
{
    configure();
    std::optional<NetError> result;
    QString summary;
    m_hub->checkConnection(NetError::Service::Vk, this, [&](const NetError &error, const QString &text) {
        result = error;
        summary = text;
    });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(!*result, qPrintable(result->toLogText()));
    QVERIFY2(summary.contains(QStringLiteral("Колледж сферы услуг")), qPrintable(summary));
}

void TestNetClients::vkExecuteSplitsIntoBatchesOf25()
{
    configure();
    QList<VkClient::Call> calls;
    for (int i = 0; i < 30; ++i)
        calls.append(
            {QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), m_sandbox->vkCommunityId()}}});
    std::optional<QList<NetResult<QJsonValue>>> results;
    m_hub->vk().execute(calls, this, [&](const QList<NetResult<QJsonValue>> &r) { results = r; });
    QTRY_VERIFY_WITH_TIMEOUT(results.has_value(), 10000);
    QCOMPARE(results->size(), 30);
    for (const auto &result : std::as_const(*results)) {
        QVERIFY2(result.ok(), qPrintable(result.error().toLogText()));
        QCOMPARE(VkReplies::parseGroups(result.value()).value().at(0).id, m_sandbox->vkCommunityId());
    }
    QCOMPARE(m_sandbox->requestCount(SandboxService::Vk), 2);
}

void TestNetClients::vkExecuteKeepsEachCallsError()
{
    configure();
    const QList<VkClient::Call> calls{
        {QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), m_sandbox->vkCommunityId()}}},
        {QStringLiteral("messages.getChat"), {{QStringLiteral("chat_id"), 999}}},
    };
    std::optional<QList<NetResult<QJsonValue>>> results;
    m_hub->vk().execute(calls, this, [&](const QList<NetResult<QJsonValue>> &r) { results = r; });
    QTRY_VERIFY(results.has_value());
    QCOMPARE(results->size(), 2);
    QVERIFY(results->at(0).ok());
    QCOMPARE(results->at(1).error().kind, Kind::ServiceError);
    QCOMPARE(results->at(1).error().serviceCode, QStringLiteral("925"));
}

void TestNetClients::vkClientStaysUnderVksRateLimit()
{
    configure();
    SandboxFaults faults;
    faults.rateLimit = true;
    m_sandbox->setFaults(faults);
    int ok = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 7; ++i) {
        m_hub->vk().call(
            {QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), m_sandbox->vkCommunityId()}}},
            this, [&ok](const NetResult<QJsonValue> &result) {
                QVERIFY2(result.ok(), qPrintable(result.error().toLogText()));
                ++ok;
            });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok, 7, 10000);
    // 3 per second: the 7th may only leave two seconds after the first. Nothing was refused with error 6.
    QVERIFY(clock.elapsed() >= 1900);
    QCOMPARE(m_sandbox->requestCount(SandboxService::Vk), 7);
}

void TestNetClients::vkRateLimitErrorIsWaitedOutAndRetried()
{
    configure();
    SandboxFaults faults;
    faults.rateLimit = true;
    m_sandbox->setFaults(faults);
    m_hub->vk().setRateLimit(100, std::chrono::milliseconds(1000)); // as if another device used the token too
    m_hub->context().retry.timeScale = 1.0;                         // VK's one second, really waited
    int ok = 0;
    for (int i = 0; i < 5; ++i) {
        m_hub->vk().call(
            {QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), m_sandbox->vkCommunityId()}}},
            this, [&ok](const NetResult<QJsonValue> &result) {
                QVERIFY2(result.ok(), qPrintable(result.error().toLogText()));
                ++ok;
            });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok, 5, 10000);
    QVERIFY(m_sandbox->requestCount(SandboxService::Vk) > 5);
}

void TestNetClients::vkRejectedTokenIsTypedAndNotRetried()
{
    configure();
    storeSecret(CredentialStore::vkTokenKey(), QStringLiteral("not-a-token"));
    std::optional<NetResult<QJsonValue>> result;
    m_hub->vk().call({QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), 1}}}, this,
                     [&](const NetResult<QJsonValue> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().kind, Kind::ServiceError);
    QCOMPARE(result->error().serviceCode, QStringLiteral("5"));
    QCOMPARE(m_sandbox->requestCount(SandboxService::Vk), 1);
}

void TestNetClients::vkFormAndScriptAreBuiltAsVkExpects()
{
    const auto form = VkClient::formParams({{QStringLiteral("user_ids"), QVariantList{1, 2, 3}},
                                            {QStringLiteral("visible_messages_count"), 0},
                                            {QStringLiteral("extended"), true},
                                            {QStringLiteral("title"), QStringLiteral("ДО-19-3, группа")}});
    QCOMPARE(form.value(0), qMakePair(QStringLiteral("extended"), QStringLiteral("1")));
    QCOMPARE(form.value(1), qMakePair(QStringLiteral("title"), QStringLiteral("ДО-19-3, группа")));
    QCOMPARE(form.value(2), qMakePair(QStringLiteral("user_ids"), QStringLiteral("1,2,3")));
    const QString code =
        VkClient::executeCode({{QStringLiteral("messages.addChatUser"),
                                {{QStringLiteral("chat_id"), 1}, {QStringLiteral("user_id"), 2}}},
                               {QStringLiteral("messages.getChat"), {{QStringLiteral("chat_id"), 1}}}});
    QCOMPARE(
        code,
        QStringLiteral(
            R"(return [API.messages.addChatUser({"chat_id":1,"user_id":2}),API.messages.getChat({"chat_id":1})];)"));
}

void TestNetClients::objectStoragePutIsSignedAndReadable()
{
    configure();
    const QByteArray document = "%PDF-1.4 practice diary of Анна Алексеева";
    std::optional<NetResult<ObjectStorageClient::StoredObject>> stored;
    m_hub->objectStorage().put(
        QStringLiteral("practice/2026/дневник практики.pdf"), document, QStringLiteral("application/pdf"),
        this, [&](const NetResult<ObjectStorageClient::StoredObject> &result) { stored = result; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY2(stored->ok(), qPrintable(stored->error().toLogText()));
    QCOMPARE(stored->value().sha256Hex,
             QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
    QCOMPARE(stored->value().length, document.size());
    QVERIFY(!stored->value().etag.isEmpty());

    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(stored->value().url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->readAll(), document);
    delete reply;
}

void TestNetClients::objectStorageWrongKeyIsStoragesOwnError()
{
    configure();
    storeSecret(CredentialStore::s3SecretKeyKey(), QStringLiteral("not-the-secret"));
    std::optional<NetResult<ObjectStorageClient::StoredObject>> stored;
    m_hub->objectStorage().put(
        QStringLiteral("a.txt"), "x", QStringLiteral("text/plain"), this,
        [&](const NetResult<ObjectStorageClient::StoredObject> &result) { stored = result; });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->error().kind, Kind::ServiceError);
    QCOMPARE(stored->error().httpStatus, 403);
    QCOMPARE(stored->error().serviceCode, QStringLiteral("SignatureDoesNotMatch"));
}

void TestNetClients::failureLogListsAndRetries()
{
    FailureLog &log = m_hub->failures();
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int retried = 0;
    NetError refused = NetError::serviceError(NetError::Service::Vk, QStringLiteral("917"),
                                              QStringLiteral("You don't have access to this chat"));
    const quint64 first = log.add(QStringLiteral("Чат «ДО-19-3 Группа»: добавить 2 участников"), refused,
                                  [&retried] { ++retried; });
    log.add(QStringLiteral("Оценки: 3 записи"), NetError::make(Kind::Offline, NetError::Service::U2035),
            [&retried] { ++retried; });
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.columnCount(), int(FailureLog::ColumnCount));
    QCOMPARE(log.failedCount(), 1);
    QCOMPARE(log.waitingCount(), 1);
    QCOMPARE(m_sync->failed(), 1);
    QCOMPARE(m_sync->pending(), 1);
    QVERIFY(log.index(0, FailureLog::MessageColumn)
                .data()
                .toString()
                .contains(QLatin1String("You don't have access to this chat")));
    QCOMPARE(log.index(0, FailureLog::ServiceColumn).data().toString(),
             NetError::serviceName(NetError::Service::Vk));
    QVERIFY(log.index(1, 0).data(FailureLog::WaitingRole).toBool());
    QVERIFY(!log.headerData(FailureLog::WhatColumn, Qt::Horizontal).toString().isEmpty());

    QVERIFY(log.retry(first));
    QCOMPARE(retried, 1);
    QCOMPARE(log.rowCount(), 1);
    QVERIFY(!log.retry(first));
    m_hub->setQueued(QStringLiteral("footprint"), 5);
    QCOMPARE(m_sync->pending(), 6);
    log.clear();
    QCOMPARE(m_sync->failed(), 0);
    QCOMPARE(m_sync->pending(), 5);
}

void TestNetClients::offlineWorkWaitsAndResumesByItself()
{
    const quint16 port = NetKit::unusedPort();
    QUrl lrs(QStringLiteral("http://127.0.0.1/xAPI"));
    lrs.setPort(port);
    ServiceSettings::U2035 u2035;
    u2035.lrsUrl = lrs;
    m_hub->settings().setU2035(u2035);
    storeSecret(CredentialStore::lrsKeyKey(), QStringLiteral("demo"));
    storeSecret(CredentialStore::lrsSecretKey(), QStringLiteral("demo"));
    m_hub->connectivity().setProbeIntervals(std::chrono::milliseconds(50), std::chrono::milliseconds(200));

    // What an outbox does: send, and hand a failure to the hub with a way to send again.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject statement = LrsClient::connectionCheckStatement(QDateTime::currentDateTime());
    statement.insert(QStringLiteral("id"), id);
    int delivered = 0;
    auto send = std::make_shared<std::function<void()>>();
    *send = [this, statement, &delivered, weak = std::weak_ptr(send)] {
        m_hub->lrs().postStatements(
            QJsonArray{statement}, this, [this, &delivered, weak](const NetResult<QStringList> &ids) {
                if (ids.ok()) {
                    ++delivered;
                    return;
                }
                if (const auto again = weak.lock())
                    m_hub->reportFailure(QStringLiteral("ЦС: 1 запись"), ids.error(), *again);
            });
    };
    (*send)();
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->failures().waitingCount(), 1, 10000);
    QVERIFY(!m_sync->isOnline());
    QVERIFY(m_sync->pending() >= 1);
    QCOMPARE(m_sync->failed(), 0);

    // The service comes back on the same address: nobody presses anything.
    m_sandbox = std::make_unique<SandboxServer>(SandboxKit::smallCollege());
    QVERIFY(m_sandbox->start(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(delivered, 1, 10000);
    QTRY_VERIFY(m_sync->isOnline());
    QCOMPARE(m_hub->failures().rowCount(), 0);
    QCOMPARE(m_sync->pending(), 0);
    QCOMPARE(storedStatements(*m_sandbox).at(0).toObject().value(QStringLiteral("id")).toString(), id);
}

void TestNetClients::callbacksOfAGoneContextAreNotCalled()
{
    configure();
    // Signed in first, so that SGO's call leaves at once like the others.
    std::optional<NetError> signedIn;
    m_hub->sgo().signIn(this, [&signedIn](const NetError &error) { signedIn = error; });
    QTRY_VERIFY(signedIn.has_value());
    QVERIFY(!*signedIn);
    // Every reply is held back, so the callers are gone before any comes.
    SandboxFaults slow;
    slow.latencyMs = 300;
    m_sandbox->setFaults(slow);

    int called = 0;
    auto caller = std::make_unique<QObject>();
    const auto count = [&called](const auto &) { ++called; };
    m_hub->lrs().postStatements(QJsonArray{LrsClient::connectionCheckStatement(QDateTime::currentDateTime())},
                                caller.get(), count);
    m_hub->objectStorage().put(QStringLiteral("practice/gone.txt"), "gone", QStringLiteral("text/plain"),
                               caller.get(), count);
    m_hub->vk().call({QStringLiteral("groups.getById"),
                      {{QStringLiteral("group_id"), QString::number(m_sandbox->vkCommunityId())}}},
                     caller.get(), count);
    m_hub->sgo().person(SandboxIds::sgoUserId(SandboxIds::PersonKind::Student, 1), caller.get(), count);
    const int sgoBefore = m_sandbox->requestCount(SandboxService::Sgo);
    QTRY_VERIFY(m_sandbox->requestCount(SandboxService::Xapi) == 1 &&
                m_sandbox->requestCount(SandboxService::Storage) == 1 &&
                m_sandbox->requestCount(SandboxService::Vk) == 1 &&
                m_sandbox->requestCount(SandboxService::Sgo) == sgoBefore + 1);
    QVERIFY(m_hub->connectivity().activeRequests() > 0);
    caller.reset();

    // The replies come, the jobs end and go; nobody is called.
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->connectivity().activeRequests(), 0, 10000);
    QCOMPARE(called, 0);
    // The client itself carries on: the next caller hears its answer.
    std::optional<NetResult<QJsonValue>> answer;
    m_hub->vk().call({QStringLiteral("groups.getById"),
                      {{QStringLiteral("group_id"), QString::number(m_sandbox->vkCommunityId())}}},
                     this, [&answer](const NetResult<QJsonValue> &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY2(answer->ok(), qPrintable(answer->error().toLogText()));
    QCOMPARE(called, 0);
}

QTEST_MAIN(TestNetClients)
#include "tst_netclients.moc"
