// The sandbox's VK API: VK's envelope, tokens, the chat methods with the errors methods-chats.json names,
// the per-token rate limit and execute's 25-call limit.
#include "tst_sandboxkit.h"

#include "sandboxserver.h"
#include "testpaths.h"
#include "vkerror.h"

#include <QFile>
#include <QtTest>

using namespace SandboxKit;

namespace {

const QString adminToken = QStringLiteral("demo-vk-token");
const QString groupToken = QStringLiteral("demo-vk-group-token");
constexpr qint64 peerBase = 2000000000;

} // namespace

class TestSandboxVk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void errorTextsAreVksOwn();
    void responseEnvelope();
    void errorEnvelopeEchoesParametersButNotTheToken();
    void tokenInEveryPlace_data();
    void tokenInEveryPlace();
    void unknownTokenIsError5();
    void versionIsRequired();
    void createAddListRoundTrip();
    void chatErrorsFollowTheSchema();
    void communityTokenCannotAddUsers();
    void adminRoleAndEditChat();
    void removeChatUser();
    void rateLimitIsPerTokenAndSwitchable();
    void executeRunsUpTo25Calls();
    void executeRefusesThe26thCall();
    void executeThatDoesNotCompile();

private:
    // POST form to /method/<name> with v=5.199 and the token in the form.
    Response call(const QString &method, QList<QPair<QString, QString>> parameters,
                  const QString &token = adminToken);
    QJsonObject error(const Response &response) const
    {
        return response.object().value(QStringLiteral("error")).toObject();
    }
    int errorCode(const Response &response) const
    {
        return error(response).value(QStringLiteral("error_code")).toInt();
    }
    qint64 createChat(const QString &title, const QList<qint64> &users);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSandboxVk::init()
{
    m_server = std::make_unique<SandboxServer>(smallCollege());
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxVk::cleanup()
{
    m_network.reset();
    m_server.reset();
}

Response TestSandboxVk::call(const QString &method, QList<QPair<QString, QString>> parameters,
                             const QString &token)
{
    parameters.prepend({QStringLiteral("v"), QStringLiteral("5.199")});
    if (!token.isEmpty())
        parameters.append({QStringLiteral("access_token"), token});
    QNetworkRequest r = request(withPath(m_server->vkApiBaseUrl(), QLatin1Char('/') + method));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    return await(m_network->post(r, form(parameters)));
}

qint64 TestSandboxVk::createChat(const QString &title, const QList<qint64> &users)
{
    QStringList ids;
    for (qint64 id : users)
        ids << QString::number(id);
    const Response reply =
        call(QStringLiteral("messages.createChat"),
             {{QStringLiteral("title"), title}, {QStringLiteral("user_ids"), ids.join(QLatin1Char(','))}});
    return reply.object()
        .value(QStringLiteral("response"))
        .toObject()
        .value(QStringLiteral("chat_id"))
        .toInteger();
}

void TestSandboxVk::errorTextsAreVksOwn()
{
    QFile file(TestPaths::sharedDir() + QStringLiteral("/vk/errors.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject errors =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("errors")).toObject();
    int checked = 0;
    for (const QJsonValue &entry : errors) {
        const int code = entry.toObject().value(QStringLiteral("code")).toInt();
        const QString ours = VkError::description(code);
        if (ours.isEmpty())
            continue;
        QCOMPARE(ours, entry.toObject().value(QStringLiteral("description")).toString());
        ++checked;
    }
    QCOMPARE(checked, 18);
}

void TestSandboxVk::responseEnvelope()
{
    const Response reply =
        call(QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), QStringLiteral("225001")}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().keys(), QStringList{QStringLiteral("response")});
    const QJsonObject group = reply.object()
                                  .value(QStringLiteral("response"))
                                  .toObject()
                                  .value(QStringLiteral("groups"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(group.value(QStringLiteral("id")).toInteger(), m_server->vkCommunityId());
    QCOMPARE(m_server->vkCommunityId(), 225001);
    QCOMPARE(group.value(QStringLiteral("name")).toString(), QStringLiteral("Колледж сферы услуг"));
    // A community token knows its own community.
    QCOMPARE(call(QStringLiteral("groups.getById"), {}, groupToken).status, 200);
    QVERIFY(
        !call(QStringLiteral("groups.getById"), {}, groupToken).object().contains(QStringLiteral("error")));
}

void TestSandboxVk::errorEnvelopeEchoesParametersButNotTheToken()
{
    const Response reply =
        call(QStringLiteral("messages.noSuchMethod"), {{QStringLiteral("chat_id"), QStringLiteral("7")}});
    QCOMPARE(reply.status, 200); // VK answers errors inside a 200
    QCOMPARE(errorCode(reply), 3);
    QCOMPARE(error(reply).value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("Unknown method passed"));
    const QJsonArray params = error(reply).value(QStringLiteral("request_params")).toArray();
    QCOMPARE(params.first().toObject(),
             (QJsonObject{{QStringLiteral("key"), QStringLiteral("method")},
                          {QStringLiteral("value"), QStringLiteral("messages.noSuchMethod")}}));
    QVERIFY(params.contains(QJsonObject{{QStringLiteral("key"), QStringLiteral("chat_id")},
                                        {QStringLiteral("value"), QStringLiteral("7")}}));
    QVERIFY(!reply.body.contains(adminToken.toLatin1()));
}

void TestSandboxVk::tokenInEveryPlace_data()
{
    QTest::addColumn<QString>("place");
    QTest::newRow("query") << "query";
    QTest::newRow("form") << "form";
    QTest::newRow("Authorization: Bearer") << "bearer";
}

void TestSandboxVk::tokenInEveryPlace()
{
    QFETCH(QString, place);
    QUrlQuery query{{QStringLiteral("v"), QStringLiteral("5.199")},
                    {QStringLiteral("group_id"), QStringLiteral("225001")}};
    if (place == QLatin1String("query"))
        query.addQueryItem(QStringLiteral("access_token"), adminToken);
    QNetworkRequest r = request(withPath(m_server->vkApiBaseUrl(), QStringLiteral("/groups.getById"), query));
    Response reply;
    if (place == QLatin1String("form")) {
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        reply = await(m_network->post(r, form({{QStringLiteral("access_token"), adminToken}})));
    } else {
        if (place == QLatin1String("bearer"))
            r.setRawHeader("Authorization", "Bearer " + adminToken.toLatin1());
        reply = await(m_network->get(r));
    }
    QVERIFY2(reply.object().contains(QStringLiteral("response")), reply.body.constData());
}

void TestSandboxVk::unknownTokenIsError5()
{
    const Response unknown =
        call(QStringLiteral("groups.getById"), {{QStringLiteral("group_id"), QStringLiteral("225001")}},
             QStringLiteral("stolen"));
    QCOMPARE(errorCode(unknown), 5);
    QCOMPARE(error(unknown).value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("User authorization failed: invalid access_token (4)."));
    const Response none = call(QStringLiteral("groups.getById"), {}, QString());
    QCOMPARE(errorCode(none), 5);
    QCOMPARE(error(none).value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("User authorization failed: no access_token passed."));
}

void TestSandboxVk::versionIsRequired()
{
    QNetworkRequest r = request(withPath(m_server->vkApiBaseUrl(), QStringLiteral("/groups.getById"),
                                         QUrlQuery{{QStringLiteral("access_token"), adminToken}}));
    QCOMPARE(errorCode(await(m_network->get(r))), 8);
}

void TestSandboxVk::createAddListRoundTrip()
{
    // '+' and spaces survive form encoding both ways.
    const QString title = QStringLiteral("ДО-19-3 Группа + кураторы");
    const Response created =
        call(QStringLiteral("messages.createChat"),
             {{QStringLiteral("title"), title},
              {QStringLiteral("user_ids"), QStringLiteral("%1,%2").arg(vkStudent(1)).arg(vkStudent(2))}});
    const QJsonObject response = created.object().value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("chat_id")).toInteger(), 1);
    QCOMPARE(response.value(QStringLiteral("peer_ids")).toArray(), (QJsonArray{vkStudent(1), vkStudent(2)}));

    const Response added = call(QStringLiteral("messages.addChatUser"),
                                {{QStringLiteral("chat_id"), QStringLiteral("1")},
                                 {QStringLiteral("user_id"), QString::number(vkParent(1))}});
    QCOMPARE(added.object().value(QStringLiteral("response")).toInt(), 1);
    // Adding again is harmless, so a retried request can't fail.
    QCOMPARE(call(QStringLiteral("messages.addChatUser"),
                  {{QStringLiteral("chat_id"), QStringLiteral("1")},
                   {QStringLiteral("user_id"), QString::number(vkParent(1))}})
                 .object()
                 .value(QStringLiteral("response"))
                 .toInt(),
             1);

    const Response members = call(QStringLiteral("messages.getConversationMembers"),
                                  {{QStringLiteral("peer_id"), QString::number(peerBase + 1)}});
    const QJsonObject list = members.object().value(QStringLiteral("response")).toObject();
    QCOMPARE(list.value(QStringLiteral("count")).toInt(), 4);
    QList<qint64> ids;
    for (const QJsonValue &item : list.value(QStringLiteral("items")).toArray())
        ids << item.toObject().value(QStringLiteral("member_id")).toInteger();
    QCOMPARE(ids, (QList<qint64>{m_server->vkAdminUserId(), vkStudent(1), vkStudent(2), vkParent(1)}));
    QCOMPARE(m_server->vkAdminUserId(), vkStaff(1));
    const QJsonObject owner = list.value(QStringLiteral("items")).toArray().first().toObject();
    QVERIFY(owner.value(QStringLiteral("is_owner")).toBool());
    QVERIFY(owner.value(QStringLiteral("is_admin")).toBool());
    QCOMPARE(list.value(QStringLiteral("profiles")).toArray().size(), 4);

    const Response chat =
        call(QStringLiteral("messages.getChat"), {{QStringLiteral("chat_id"), QStringLiteral("1")}});
    QCOMPARE(
        chat.object().value(QStringLiteral("response")).toObject().value(QStringLiteral("title")).toString(),
        title);
    QCOMPARE(chat.object()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("members_count"))
                 .toInt(),
             4);
    const Response chats =
        call(QStringLiteral("messages.getChat"), {{QStringLiteral("chat_ids"), QStringLiteral("1")}});
    QCOMPARE(chats.object().value(QStringLiteral("response")).toArray().size(), 1);
}

void TestSandboxVk::chatErrorsFollowTheSchema()
{
    const QString peer = QString::number(peerBase + 5);
    QCOMPARE(errorCode(call(QStringLiteral("messages.getConversationMembers"),
                            {{QStringLiteral("peer_id"), peer}})),
             927);
    QCOMPARE(
        error(call(QStringLiteral("messages.getConversationMembers"), {{QStringLiteral("peer_id"), peer}}))
            .value(QStringLiteral("error_msg"))
            .toString(),
        QStringLiteral("Chat does not exist"));

    QCOMPARE(createChat(QStringLiteral("Учительская"), {vkStaff(2)}), 1);
    QCOMPARE(errorCode(call(QStringLiteral("messages.removeChatUser"),
                            {{QStringLiteral("chat_id"), QStringLiteral("1")},
                             {QStringLiteral("user_id"), QString::number(vkStaff(3))}})),
             935);
    QCOMPARE(errorCode(call(QStringLiteral("messages.addChatUser"),
                            {{QStringLiteral("chat_id"), QStringLiteral("1")},
                             {QStringLiteral("user_id"), QStringLiteral("555")}})),
             936);
    QCOMPARE(errorCode(call(QStringLiteral("messages.createChat"),
                            {{QStringLiteral("title"), QStringLiteral("x")},
                             {QStringLiteral("user_ids"), QStringLiteral("555")}})),
             936);
    QCOMPARE(errorCode(call(QStringLiteral("messages.addChatUser"),
                            {{QStringLiteral("chat_id"), QStringLiteral("1")}})),
             100);
    QCOMPARE(error(call(QStringLiteral("messages.addChatUser"),
                        {{QStringLiteral("chat_id"), QStringLiteral("1")}}))
                 .value(QStringLiteral("error_msg"))
                 .toString(),
             QStringLiteral("One of the parameters specified was missing or invalid: user_id is undefined"));
    // The community isn't in the admin's chat: no access to its members.
    QCOMPARE(errorCode(call(QStringLiteral("messages.getConversationMembers"),
                            {{QStringLiteral("peer_id"), QString::number(peerBase + 1)}}, groupToken)),
             917);
}

void TestSandboxVk::communityTokenCannotAddUsers()
{
    const Response created = call(QStringLiteral("messages.createChat"),
                                  {{QStringLiteral("title"), QStringLiteral("Родители ДО-19-3")},
                                   {QStringLiteral("user_ids"), QString::number(vkParent(1))},
                                   {QStringLiteral("group_id"), QStringLiteral("225001")}},
                                  groupToken);
    QCOMPARE(created.object()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("chat_id"))
                 .toInteger(),
             1);
    const Response refused = call(QStringLiteral("messages.addChatUser"),
                                  {{QStringLiteral("chat_id"), QStringLiteral("1")},
                                   {QStringLiteral("user_id"), QString::number(vkParent(2))}},
                                  groupToken);
    QCOMPARE(errorCode(refused), 27);
    const Response members = call(QStringLiteral("messages.getConversationMembers"),
                                  {{QStringLiteral("peer_id"), QString::number(peerBase + 1)}}, groupToken);
    QCOMPARE(members.object()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("groups"))
                 .toArray()
                 .size(),
             1);
    // The user token's admin is not a member of the community's chat.
    QCOMPARE(errorCode(
                 call(QStringLiteral("messages.editChat"), {{QStringLiteral("chat_id"), QStringLiteral("1")},
                                                            {QStringLiteral("title"), QStringLiteral("x")}})),
             925);
}

void TestSandboxVk::adminRoleAndEditChat()
{
    QCOMPARE(createChat(QStringLiteral("Группа"), {vkStaff(2), vkStudent(1)}), 1);
    const QString peer = QString::number(peerBase + 1);
    QCOMPARE(call(QStringLiteral("messages.setMemberRole"),
                  {{QStringLiteral("peer_id"), peer},
                   {QStringLiteral("member_id"), QString::number(vkStaff(2))},
                   {QStringLiteral("role"), QStringLiteral("admin")}})
                 .object()
                 .value(QStringLiteral("response"))
                 .toInt(),
             1);
    const QJsonArray items =
        call(QStringLiteral("messages.getConversationMembers"), {{QStringLiteral("peer_id"), peer}})
            .object()
            .value(QStringLiteral("response"))
            .toObject()
            .value(QStringLiteral("items"))
            .toArray();
    QVERIFY(items.at(1).toObject().value(QStringLiteral("is_admin")).toBool());
    QVERIFY(!items.at(2).toObject().value(QStringLiteral("is_admin")).toBool());
    QCOMPARE(errorCode(call(QStringLiteral("messages.setMemberRole"),
                            {{QStringLiteral("peer_id"), peer},
                             {QStringLiteral("member_id"), QString::number(vkStaff(3))},
                             {QStringLiteral("role"), QStringLiteral("admin")}})),
             935);
    QCOMPARE(errorCode(call(QStringLiteral("messages.setMemberRole"),
                            {{QStringLiteral("peer_id"), peer},
                             {QStringLiteral("member_id"), QString::number(vkStaff(2))},
                             {QStringLiteral("role"), QStringLiteral("owner")}})),
             100);
    QCOMPARE(call(QStringLiteral("messages.editChat"),
                  {{QStringLiteral("chat_id"), QStringLiteral("1")},
                   {QStringLiteral("title"), QStringLiteral("Группа ДО-19-3")}})
                 .object()
                 .value(QStringLiteral("response"))
                 .toInt(),
             1);
    QCOMPARE(call(QStringLiteral("messages.getChat"), {{QStringLiteral("chat_id"), QStringLiteral("1")}})
                 .object()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             QStringLiteral("Группа ДО-19-3"));
}

void TestSandboxVk::removeChatUser()
{
    QCOMPARE(createChat(QStringLiteral("Предмет"), {vkStudent(1), vkStudent(2)}), 1);
    QCOMPARE(call(QStringLiteral("messages.removeChatUser"),
                  {{QStringLiteral("chat_id"), QStringLiteral("1")},
                   {QStringLiteral("member_id"), QString::number(vkStudent(1))}})
                 .object()
                 .value(QStringLiteral("response"))
                 .toInt(),
             1);
    QCOMPARE(call(QStringLiteral("messages.getConversationMembers"),
                  {{QStringLiteral("peer_id"), QString::number(peerBase + 1)}})
                 .object()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             2);
    QCOMPARE(errorCode(call(QStringLiteral("messages.removeChatUser"),
                            {{QStringLiteral("chat_id"), QStringLiteral("1")},
                             {QStringLiteral("user_id"), QString::number(vkStudent(1))}})),
             935);
}

void TestSandboxVk::rateLimitIsPerTokenAndSwitchable()
{
    const QList<QPair<QString, QString>> harmless{{QStringLiteral("group_id"), QStringLiteral("225001")}};
    for (int i = 0; i < 5; ++i) // off by default
        QVERIFY(!call(QStringLiteral("groups.getById"), harmless).object().contains(QStringLiteral("error")));

    SandboxFaults faults;
    faults.rateLimit = true;
    m_server->setFaults(faults);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!call(QStringLiteral("groups.getById"), harmless).object().contains(QStringLiteral("error")));
    const Response fourth = call(QStringLiteral("groups.getById"), harmless);
    if (clock.elapsed() >= 1000)
        QSKIP("four requests took over a second on this machine; the limit is per second");
    QCOMPARE(errorCode(fourth), 6);
    QCOMPARE(error(fourth).value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("Too many requests per second"));
    // Another token has its own budget; a community token has twenty per second.
    for (int i = 0; i < 4; ++i)
        QVERIFY(!call(QStringLiteral("groups.getById"), {}, groupToken)
                     .object()
                     .contains(QStringLiteral("error")));
}

void TestSandboxVk::executeRunsUpTo25Calls()
{
    QCOMPARE(createChat(QStringLiteral("Группа"), {}), 1);
    QStringList calls;
    for (int i = 1; i <= 3; ++i)
        calls << QStringLiteral("API.messages.addChatUser({\"chat_id\":1,\"user_id\":%1})").arg(vkStudent(i));
    for (int i = 0; i < 21; ++i) // people VK doesn't know
        calls << QStringLiteral("API.messages.addChatUser({\"chat_id\": 1, \"user_id\": %1})").arg(555 + i);
    calls << QStringLiteral("API.messages.getConversationMembers({\"peer_id\":%1,\"count\":100})")
                 .arg(peerBase + 1);
    const Response reply = call(
        QStringLiteral("execute"),
        {{QStringLiteral("code"), QStringLiteral("return [%1];").arg(calls.join(QStringLiteral(",\n ")))}});
    const QJsonArray results = reply.object().value(QStringLiteral("response")).toArray();
    QCOMPARE(results.size(), 25);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(results.at(i), QJsonValue(1));
    for (int i = 3; i < 24; ++i)
        QCOMPARE(results.at(i), QJsonValue(false));
    QCOMPARE(results.at(24).toObject().value(QStringLiteral("count")).toInt(), 4);

    const QJsonArray errors = reply.object().value(QStringLiteral("execute_errors")).toArray();
    QCOMPARE(errors.size(), 21);
    QCOMPARE(errors.first().toObject(),
             (QJsonObject{{QStringLiteral("method"), QStringLiteral("messages.addChatUser")},
                          {QStringLiteral("error_code"), 936},
                          {QStringLiteral("error_msg"), QStringLiteral("Contact not found")}}));
    // One execute is one request for the rate limit.
    QCOMPARE(m_server->requestCount(SandboxService::Vk), 2);
}

void TestSandboxVk::executeRefusesThe26thCall()
{
    QStringList calls;
    for (int i = 0; i < 26; ++i)
        calls << QStringLiteral("API.groups.getById({\"group_id\":225001})");
    const Response reply =
        call(QStringLiteral("execute"),
             {{QStringLiteral("code"), QStringLiteral("return [%1];").arg(calls.join(QLatin1Char(',')))}});
    QCOMPARE(errorCode(reply), 13);
    QCOMPARE(error(reply).value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("Runtime error occurred during code invocation: too many API calls"));
}

void TestSandboxVk::executeThatDoesNotCompile()
{
    const Response reply = call(QStringLiteral("execute"),
                                {{QStringLiteral("code"), QStringLiteral("var a = API.users.get(;")}});
    QCOMPARE(errorCode(reply), 12);
}

QTEST_GUILESS_MAIN(TestSandboxVk)
#include "tst_sandboxvk.moc"
