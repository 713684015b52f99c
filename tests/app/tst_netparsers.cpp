// Every reply parser on fixed corpora: the shapes the services send give values, everything else gives a
// typed error (never a crash, never a half value).

#include "net/lrsreplies.h"
#include "net/s3replies.h"
#include "net/sgoadmincalls.h"
#include "net/sgoreplies.h"
#include "net/vkreplies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Kind = NetError::Kind;

namespace {

// Parses body as a page of the named kind; the error kind (None when it parsed), and how many items and
// deleted keys it held.
Kind parseSyncPageOf(const QString &kind, const QByteArray &body, int *items = nullptr,
                     int *deleted = nullptr)
{
    using namespace SgoAdminCalls;
    const auto run = [&](auto result) {
        if (result.ok()) {
            if (items)
                *items = int(result.value().items.size());
            if (deleted)
                *deleted = int(result.value().deleted.size());
        }
        return result.error().kind;
    };
    switch (*syncKindFromName(kind)) {
    case SyncKind::Organisation:
        return run(parseSyncPage<SyncOrganisation>(body));
    case SyncKind::Groups:
        return run(parseSyncPage<Group>(body));
    case SyncKind::Students:
        return run(parseSyncPage<Student>(body));
    case SyncKind::Orders:
        return run(parseSyncPage<EnrolmentOrder>(body));
    case SyncKind::Parents:
        return run(parseSyncPage<Parent>(body));
    case SyncKind::ParentLinks:
        return run(parseSyncPage<ParentLink>(body));
    case SyncKind::Staff:
        return run(parseSyncPage<StaffMember>(body));
    case SyncKind::Subjects:
        return run(parseSyncPage<Subject>(body));
    case SyncKind::Assignments:
        return run(parseSyncPage<TeachingAssignment>(body));
    case SyncKind::Lessons:
        return run(parseSyncPage<Lesson>(body));
    case SyncKind::Marks:
        return run(parseSyncPage<Mark>(body));
    case SyncKind::Programs:
        return run(parseSyncPage<Program>(body));
    case SyncKind::ProgramBlocks:
        return run(parseSyncPage<ProgramBlock>(body));
    case SyncKind::Activities:
        return run(parseSyncPage<Activity>(body));
    case SyncKind::FinalGrades:
        return run(parseSyncPage<FinalGrade>(body));
    }
    return Kind::None;
}

QByteArray page(const QByteArray &items, const QByteArray &deleted = "[]", int number = 1, int pages = 1)
{
    return R"({"items":)" + items + R"(,"deleted":)" + deleted + R"(,"page":)" + QByteArray::number(number) +
           R"(,"pages":)" + QByteArray::number(pages) + R"(,"since":"17"})";
}

const QByteArray goodContext =
    R"({"userId":3000001,"user":{"id":3000001,"name":"Каган Наталья Владимировна","lastName":"Каган","firstName":"Наталья","middleName":"Владимировна","login":"kagan"},"schoolId":1001,"organisation":{"id":1001,"name":"ГБПОУ Колледж"},"year":{"id":2026,"start":"2026-09-01","end":"2027-08-31"},"roles":[1,3,100,7],"rights":["manageChats","somethingNew"]})";

} // namespace

namespace {

QJsonValue json(const char *text)
{
    const QByteArray wrapped = QByteArray("[") + text + "]";
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

// Bodies no service sends, fed to every parser.
QList<QByteArray> hostileBodies()
{
    return {QByteArray(),
            QByteArray("   "),
            QByteArray("null"),
            QByteArray("true"),
            QByteArray("42"),
            QByteArray("\"text\""),
            QByteArray("[]"),
            QByteArray("{}"),
            QByteArray("{\"response\":"),
            QByteArray("<html><body>502 Bad Gateway</body></html>"),
            QByteArray("\xff\xfe\x00\x01", 4),
            QByteArray(100000, '['),
            QByteArray("{\"a\":") + QByteArray(5000, '{'),
            QByteArray("[\"") + QByteArray(70000, 'x') + "\"]"};
}

} // namespace

class TestNetParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lrsStatementIds_data();
    void lrsStatementIds();
    void lrsFailures_data();
    void lrsFailures();

    void vkEnvelope_data();
    void vkEnvelope();
    void vkExecute_data();
    void vkExecute();
    void vkChatShapes();
    void vkRejectsWrongChatShapes_data();
    void vkRejectsWrongChatShapes();

    void sgoSignInReplies();
    void sgoRejectsWrongSignInReplies_data();
    void sgoRejectsWrongSignInReplies();
    void sgoFailures_data();
    void sgoFailures();
    void sgoAdminCalls();
    void sgoAdminRejectsWrongPeople_data();
    void sgoAdminRejectsWrongPeople();
    void sgoContext();
    void sgoRejectsWrongContext_data();
    void sgoRejectsWrongContext();
    void sgoSyncPath();
    void sgoSyncPages_data();
    void sgoSyncPages();
    void sgoSyncRejectsWrongPages_data();
    void sgoSyncRejectsWrongPages();

    void s3Failures_data();
    void s3Failures();

    void hostileBodiesGiveTypedErrors();
};

void TestNetParsers::lrsStatementIds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("count"); // -1: an error
    QTest::newRow("one id") << QByteArray(R"(["f8d6f5a0-0b4e-4a8e-9d6e-1b1b1b1b1b1b"])") << 1 << 1;
    QTest::newRow("two ids")
        << QByteArray(R"(["f8d6f5a0-0b4e-4a8e-9d6e-1b1b1b1b1b1b","e3d3452a-ec74-42dd-90c1-cb659e47dab0"])")
        << 2 << 2;
    QTest::newRow("any count when not expected") << QByteArray("[]") << -1 << 0;
    QTest::newRow("fewer ids than statements")
        << QByteArray(R"(["f8d6f5a0-0b4e-4a8e-9d6e-1b1b1b1b1b1b"])") << 2 << -1;
    QTest::newRow("not a UUID") << QByteArray(R"(["statement-1"])") << 1 << -1;
    QTest::newRow("a number") << QByteArray("[1]") << 1 << -1;
    QTest::newRow("an object") << QByteArray(R"({"ids":[]})") << 0 << -1;
    QTest::newRow("HTML") << QByteArray("<html/>") << 1 << -1;
}

void TestNetParsers::lrsStatementIds()
{
    QFETCH(QByteArray, body);
    QFETCH(int, expected);
    QFETCH(int, count);
    const NetResult<QStringList> ids = LrsReplies::parseStatementIds(body, expected);
    if (count < 0) {
        QCOMPARE(ids.error().kind, Kind::MalformedBody);
        QCOMPARE(ids.error().service, NetError::Service::U2035);
    } else {
        QVERIFY(ids.ok());
        QCOMPARE(ids.value().size(), count);
    }
}

void TestNetParsers::lrsFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    // Bodies as Learning Locker's xapi-statements 5.0.1 sends them.
    QTest::newRow("409 conflict") << 409 << QByteArray(R"({"errorId":"d7","message":"f8d6 is conflicting"})")
                                  << Kind::Conflict << "f8d6 is conflicting";
    QTest::newRow("400 with warnings")
        << 400 << QByteArray(R"({"errorId":"72","warnings":["Problem in 'statements.0.actor'"]})")
        << Kind::ServiceError << "Problem in 'statements.0.actor'";
    QTest::newRow("400 without reason") << 400 << QByteArray() << Kind::HttpStatus << "";
    QTest::newRow("401 with message")
        << 401 << QByteArray(R"({"message":"Unauthorised"})") << Kind::HttpStatus << "Unauthorised";
    QTest::newRow("502 from a proxy")
        << 502 << QByteArray("<html>Bad Gateway</html>") << Kind::HttpStatus << "";
}

void TestNetParsers::lrsFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    const NetError error = LrsReplies::parseFailure(status, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.serviceMessage, message);
}

void TestNetParsers::vkEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("response object") << QByteArray(R"({"response":{"chat_id":5}})") << Kind::None << "";
    QTest::newRow("response 1") << QByteArray(R"({"response":1})") << Kind::None << "";
    QTest::newRow("rate limit")
        << QByteArray(
               R"({"error":{"error_code":6,"error_msg":"Too many requests per second","request_params":[{"key":"method","value":"messages.getChat"}]}})")
        << Kind::ServiceError << "6";
    QTest::newRow("chat does not exist")
        << QByteArray(R"({"error":{"error_code":927,"error_msg":"Chat does not exist"}})")
        << Kind::ServiceError << "927";
    QTest::newRow("captcha")
        << QByteArray(
               R"({"error":{"error_code":14,"error_msg":"Captcha needed","captcha_sid":"548","captcha_img":"https://api.vk.com/captcha.php?sid=548"}})")
        << Kind::ServiceError << "14";
    QTest::newRow("error without code")
        << QByteArray(R"({"error":{"error_msg":"?"}})") << Kind::MalformedBody << "";
    QTest::newRow("error code as text")
        << QByteArray(R"({"error":{"error_code":"6x","error_msg":"?"}})") << Kind::MalformedBody << "";
    QTest::newRow("error not an object") << QByteArray(R"({"error":"boom"})") << Kind::MalformedBody << "";
    QTest::newRow("neither") << QByteArray(R"({"result":1})") << Kind::MalformedBody << "";
    QTest::newRow("array root") << QByteArray("[1]") << Kind::MalformedBody << "";
}

void TestNetParsers::vkEnvelope()
{
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    const NetResult<QJsonValue> result = VkReplies::parseEnvelope(body);
    QCOMPARE(result.error().kind, kind);
    QCOMPARE(result.error().serviceCode, code);
    if (code == QLatin1String("14"))
        QCOMPARE(result.error().extra.value(QStringLiteral("captcha_sid")).toString(), QStringLiteral("548"));
    if (code == QLatin1String("6"))
        QVERIFY(result.error().extra.contains(QStringLiteral("request_params")));
}

void TestNetParsers::vkExecute_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("calls");
    QTest::addColumn<QString>(
        "outcomes"); // one letter per call: o ok, e error; "!" the whole reply is an error
    QTest::newRow("all fine") << QByteArray(R"({"response":[1,{"chat_id":3}]})") << 2 << "oo";
    QTest::newRow("one failed")
        << QByteArray(
               R"({"response":[1,false,1],"execute_errors":[{"method":"messages.getChat","error_code":927,"error_msg":"Chat does not exist"}]})")
        << 3 << "oeo";
    QTest::newRow("failed without a reason") << QByteArray(R"({"response":[false]})") << 1 << "e";
    QTest::newRow("whole execute refused")
        << QByteArray(R"({"error":{"error_code":13,"error_msg":"Runtime error"}})") << 1 << "!";
    QTest::newRow("wrong count") << QByteArray(R"({"response":[1]})") << 2 << "!";
    QTest::newRow("errors not a list")
        << QByteArray(R"({"response":[false],"execute_errors":{}})") << 1 << "!";
}

void TestNetParsers::vkExecute()
{
    QFETCH(QByteArray, body);
    QFETCH(int, calls);
    QFETCH(QString, outcomes);
    const auto results = VkReplies::parseExecute(body, calls);
    if (outcomes == QLatin1String("!")) {
        QVERIFY(!results.ok());
        return;
    }
    QVERIFY(results.ok());
    QCOMPARE(results.value().size(), calls);
    for (int i = 0; i < calls; ++i)
        QCOMPARE(results.value().at(i).ok(), outcomes.at(i) == QLatin1Char('o'));
    if (outcomes == QLatin1String("oeo"))
        QCOMPARE(results.value().at(1).error().serviceCode, QStringLiteral("927"));
}

void TestNetParsers::vkChatShapes()
{
    const auto chat = VkReplies::parseChat(json(
        R"({"id":3,"type":"chat","title":"ДО-19-3 Группа","admin_id":100000002,"users":[100000002,200000001],"members_count":2})"));
    QVERIFY(chat.ok());
    QCOMPARE(chat.value().id, 3);
    QCOMPARE(chat.value().title, QStringLiteral("ДО-19-3 Группа"));
    QCOMPARE(chat.value().users, (QList<qint64>{100000002, 200000001}));

    const auto full = VkReplies::parseChat(json(
        R"({"id":4,"title":"t","users":[{"id":7,"first_name":"A","invited_by":1}],"left":0,"kicked":1})"));
    QVERIFY(full.ok());
    QCOMPARE(full.value().users, QList<qint64>{7});
    QCOMPARE(full.value().membersCount, 1);
    QVERIFY(full.value().kicked);

    QVERIFY(VkReplies::parseChats(json(R"([{"id":1,"title":"a"},{"id":2,"title":"b"}])")).ok());
    QCOMPARE(VkReplies::parseCreateChat(json(R"({"chat_id":12,"peer_ids":[1,2]})")).value().chatId, 12);
    QCOMPARE(VkReplies::parseCreateChat(json("12")).value().chatId, 12);
    const auto added = VkReplies::parseAddChatUsers(
        json(R"({"invitees":[1,2],"failed_peer_ids":[3],"failed_phone_numbers":["+79990000000"]})"));
    QVERIFY(added.ok());
    QCOMPARE(added.value().failedPeerIds, QList<qint64>{3});
    const auto members = VkReplies::parseConversationMembers(json(
        R"({"count":2,"items":[{"member_id":1,"invited_by":1,"join_date":1700000000,"is_admin":true,"is_owner":true},{"member_id":-225001,"can_kick":1}],"profiles":[{"id":1,"first_name":"Ирина","last_name":"Соколова"}]})"));
    QVERIFY(members.ok());
    QCOMPARE(members.value().items.size(), 2);
    QVERIFY(members.value().items.at(0).isOwner);
    QVERIFY(members.value().items.at(1).canKick);
    QCOMPARE(members.value().profiles.at(0).lastName, QStringLiteral("Соколова"));
    const auto conversations = VkReplies::parseConversationsById(json(
        R"({"count":1,"items":[{"peer":{"id":2000000003,"type":"chat","local_id":3},"chat_settings":{"title":"ДО-19-3","owner_id":100000002,"members_count":12,"admin_ids":[100000002],"state":"in"}}]})"));
    QVERIFY(conversations.ok());
    QCOMPARE(conversations.value().at(0).peerId, VkReplies::chatPeerBase + 3);
    const QJsonValue link = json(R"({"link":"https://vk.me/join/abc"})");
    QCOMPARE(VkReplies::parseInviteLink(link).value(), QStringLiteral("https://vk.me/join/abc"));
    QCOMPARE(VkReplies::parseDeleteConversation(json(R"({"last_deleted_id":77})")).value(), 77);
    QVERIFY(!VkReplies::parseOk(json("1")));
    QCOMPARE(VkReplies::parseOk(json("0")).kind, Kind::MalformedBody);
    QCOMPARE(VkReplies::parseSend(json("501")).value().at(0).messageId, 501);
    const auto sent = VkReplies::parseSend(json(
        R"([{"peer_id":2000000003,"message_id":9},{"peer_id":5,"error":{"code":901,"description":"Can't send messages for users without permission"}}])"));
    QVERIFY(sent.ok());
    QCOMPARE(sent.value().at(1).error.serviceCode, QStringLiteral("901"));
    const auto groups = VkReplies::parseGroups(json(
        R"({"groups":[{"id":225001,"name":"Колледж сферы услуг","screen_name":"club225001"}],"profiles":[]})"));
    QVERIFY(groups.ok());
    QCOMPARE(groups.value().at(0).id, 225001);
    QVERIFY(VkReplies::parseGroups(json(R"([{"id":1,"name":"old style"}])")).ok());
}

void TestNetParsers::vkRejectsWrongChatShapes_data()
{
    QTest::addColumn<QByteArray>("which");
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("chat without title") << QByteArray("chat") << QByteArray(R"({"id":3})");
    QTest::newRow("chat id as text") << QByteArray("chat") << QByteArray(R"({"id":"x","title":"t"})");
    QTest::newRow("chat id fractional") << QByteArray("chat") << QByteArray(R"({"id":1.5,"title":"t"})");
    QTest::newRow("users not a list")
        << QByteArray("chat") << QByteArray(R"({"id":1,"title":"t","users":5})");
    QTest::newRow("create without chat_id") << QByteArray("create") << QByteArray(R"({"peer_ids":[1]})");
    QTest::newRow("add without invitees")
        << QByteArray("add") << QByteArray(R"({"failed_peer_ids":[],"failed_phone_numbers":[]})");
    QTest::newRow("phone number as number")
        << QByteArray("add")
        << QByteArray(R"({"invitees":[],"failed_peer_ids":[],"failed_phone_numbers":[7999]})");
    QTest::newRow("members without count") << QByteArray("members") << QByteArray(R"({"items":[]})");
    QTest::newRow("member is_admin as text")
        << QByteArray("members") << QByteArray(R"({"count":1,"items":[{"member_id":1,"is_admin":"yes"}]})");
    QTest::newRow("conversation without peer")
        << QByteArray("conversations") << QByteArray(R"({"items":[{}]})");
    QTest::newRow("link missing") << QByteArray("link") << QByteArray("{}");
    QTest::newRow("groups not a list") << QByteArray("groups") << QByteArray(R"({"groups":{}})");
    QTest::newRow("send entry without peer") << QByteArray("send") << QByteArray(R"([{"message_id":1}])");
}

void TestNetParsers::vkRejectsWrongChatShapes()
{
    QFETCH(QByteArray, which);
    QFETCH(QByteArray, response);
    const QJsonValue value = json(response.constData());
    NetError error;
    if (which == "chat")
        error = VkReplies::parseChat(value).error();
    else if (which == "create")
        error = VkReplies::parseCreateChat(value).error();
    else if (which == "add")
        error = VkReplies::parseAddChatUsers(value).error();
    else if (which == "members")
        error = VkReplies::parseConversationMembers(value).error();
    else if (which == "conversations")
        error = VkReplies::parseConversationsById(value).error();
    else if (which == "link")
        error = VkReplies::parseInviteLink(value).error();
    else if (which == "groups")
        error = VkReplies::parseGroups(value).error();
    else if (which == "send")
        error = VkReplies::parseSend(value).error();
    QCOMPARE(error.kind, Kind::MalformedBody);
    QCOMPARE(error.service, NetError::Service::Vk);
    QVERIFY(!error.detail.isEmpty());
}

void TestNetParsers::sgoSignInReplies()
{
    const auto data = SgoReplies::parseAuthData(R"({"lt":"123456789","ver":"42","salt":"8345612001"})");
    QVERIFY(data.ok());
    QCOMPARE(data.value().salt, QStringLiteral("8345612001"));
    QCOMPARE(SgoReplies::parseAuthData(R"({"lt":123456789,"ver":42,"salt":"1"})").value().lt,
             QStringLiteral("123456789"));

    const auto schools = SgoReplies::parseSchools(
        R"([{"id":1201,"name":"ГБПОУ «Колледж сферы услуг»","shortName":"КСУ","countryId":2,"stateId":1,"municipalityDistrictId":1,"cityId":1,"preschool":false}])");
    QVERIFY(schools.ok());
    QCOMPARE(schools.value().at(0).scid, 1201);
    QCOMPARE(schools.value().at(0).cid, 2);
    QCOMPARE(schools.value().at(0).cn, 1);

    const auto session = SgoReplies::parseLogin(
        R"({"at":"5f2a9c0e11d4b7a3","timeOut":2700000,"entryPoint":"/angular/school/main/","errorMessage":null})");
    QVERIFY(session.ok());
    QCOMPARE(session.value().at, QByteArray("5f2a9c0e11d4b7a3"));
    QCOMPARE(session.value().timeOutMs, 2700000);
}

void TestNetParsers::sgoRejectsWrongSignInReplies_data()
{
    QTest::addColumn<QByteArray>("which");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("getdata without salt") << QByteArray("getdata") << QByteArray(R"({"lt":"1","ver":"2"})");
    QTest::newRow("getdata empty salt")
        << QByteArray("getdata") << QByteArray(R"({"lt":"1","ver":"2","salt":""})");
    QTest::newRow("getdata salt as object")
        << QByteArray("getdata") << QByteArray(R"({"lt":"1","ver":"2","salt":{}})");
    QTest::newRow("schools as object") << QByteArray("schools") << QByteArray(R"({"id":1})");
    QTest::newRow("school without city")
        << QByteArray("schools") << QByteArray(R"([{"id":1,"name":"x","countryId":2,"stateId":1}])");
    QTest::newRow("login without at") << QByteArray("login") << QByteArray(R"({"timeOut":1})");
    QTest::newRow("login at with a newline")
        << QByteArray("login") << QByteArray(R"({"at":"abc\r\nSet-Cookie: x"})");
    QTest::newRow("login at empty") << QByteArray("login") << QByteArray(R"({"at":""})");
    QTest::newRow("login timeOut as text")
        << QByteArray("login") << QByteArray(R"({"at":"a","timeOut":"soon"})");
}

void TestNetParsers::sgoRejectsWrongSignInReplies()
{
    QFETCH(QByteArray, which);
    QFETCH(QByteArray, body);
    NetError error;
    if (which == "getdata")
        error = SgoReplies::parseAuthData(body).error();
    else if (which == "schools")
        error = SgoReplies::parseSchools(body).error();
    else
        error = SgoReplies::parseLogin(body).error();
    QCOMPARE(error.kind, Kind::MalformedBody);
    QCOMPARE(error.service, NetError::Service::Sgo);
}

void TestNetParsers::sgoFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong password") << 409
                                    << QByteArray(R"({"message":"Неправильный пароль или имя пользователя"})")
                                    << Kind::ServiceError << "Неправильный пароль или имя пользователя";
    QTest::newRow("password too short")
        << 400 << QByteArray(R"({"message":"Пароль должен содержать не менее 8 символов"})")
        << Kind::ServiceError << "Пароль должен содержать не менее 8 символов";
    QTest::newRow("session expired") << 401 << QByteArray(R"({"message":"Сеанс завершён"})")
                                     << Kind::HttpStatus << "Сеанс завершён";
    QTest::newRow("already linked, no words") << 409 << QByteArray() << Kind::Conflict << "";
    QTest::newRow("server error page") << 500 << QByteArray("<html/>") << Kind::HttpStatus << "";
}

void TestNetParsers::sgoFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    const NetError error = SgoReplies::parseFailure(status, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.serviceMessage, message);
    QCOMPARE(error.httpStatus, status);
}

void TestNetParsers::sgoAdminCalls()
{
    using namespace SgoAdminCalls;
    QCOMPARE(peoplePath(SgoAdminCalls::Role::Parent, StatusFilter::Active, 2, 50),
             QStringLiteral("webapi/users?role=parent&status=active&page=2&pageSize=50"));
    QCOMPARE(passwordPath(2000001), QStringLiteral("webapi/users/2000001/password"));
    QCOMPARE(childLinkPath(2000001, 1000004), QStringLiteral("webapi/users/2000001/children/1000004"));
    QCOMPARE(QJsonDocument::fromJson(passwordBody(QStringLiteral("Новый-пароль"), true)).object(),
             (QJsonObject{{QStringLiteral("newPassword"), QStringLiteral("Новый-пароль")},
                          {QStringLiteral("mustChangePassword"), true}}));
    QCOMPARE(QJsonDocument::fromJson(linkChildBody(1000004))
                 .object()
                 .value(QStringLiteral("studentId"))
                 .toInteger(),
             1000004);

    const auto page = parsePeoplePage(
        R"({"items":[{"id":1000001,"role":"student","lastName":"Алексеева","firstName":"Анна","middleName":"","login":"alekseeva.a","entry":"quickEntry","homeOrganisation":"","mustChangePassword":false,"groupName":"ДО-19-3"}],"total":4})");
    QVERIFY(page.ok());
    QCOMPARE(page.value().total, 4);
    QCOMPARE(page.value().items.at(0).groupName, QStringLiteral("ДО-19-3"));
    QCOMPARE(page.value().items.at(0).entry, Entry::QuickEntry);

    const auto parent = parsePerson(
        R"({"id":2000001,"role":"parent","lastName":"Алексеев","firstName":"Пётр","middleName":null,"login":"alekseev.p","entry":"otherOrganisation","homeOrganisation":"Школа № 17","mustChangePassword":true,"children":[1000001]})");
    QVERIFY(parent.ok());
    QCOMPARE(parent.value().role, SgoAdminCalls::Role::Parent);
    QCOMPARE(parent.value().entry, Entry::OtherOrganisation);
    QCOMPARE(parent.value().children, QList<qint64>{1000001});
    QVERIFY(parent.value().mustChangePassword);

    QVERIFY(parsePeople("[]").ok());
}

void TestNetParsers::sgoAdminRejectsWrongPeople_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("page without total") << QByteArray(R"({"items":[]})");
    QTest::newRow("unknown role") << QByteArray(
        R"({"items":[{"id":1,"role":"teacher","lastName":"a","firstName":"b","entry":"import"}],"total":1})");
    QTest::newRow("unknown entry") << QByteArray(
        R"({"items":[{"id":1,"role":"student","lastName":"a","firstName":"b","entry":"magic"}],"total":1})");
    QTest::newRow("id as text") << QByteArray(
        R"({"items":[{"id":"1","role":"student","lastName":"a","firstName":"b","entry":"import"}],"total":1})");
    QTest::newRow("children not ids") << QByteArray(
        R"({"items":[{"id":1,"role":"parent","lastName":"a","firstName":"b","entry":"import","children":["x"]}],"total":1})");
}

void TestNetParsers::sgoAdminRejectsWrongPeople()
{
    QFETCH(QByteArray, body);
    QCOMPARE(SgoAdminCalls::parsePeoplePage(body).error().kind, Kind::MalformedBody);
}

void TestNetParsers::sgoContext()
{
    using namespace SgoAdminCalls;
    QCOMPARE(contextPath(), QStringLiteral("webapi/context"));
    const auto context = parseContext(goodContext);
    QVERIFY(context.ok());
    QCOMPARE(context.value().personId, 3000001);
    QCOMPARE(context.value().name.last, QStringLiteral("Каган"));
    QCOMPARE(context.value().organisationId, 1001);
    QCOMPARE(context.value().year.start, QDate(2026, 9, 1));
    QCOMPARE(context.value().roleIds, (QList<int>{1, 3, 100, 7}));
    QCOMPARE(context.value().roles, Roles(::Role::Admin | ::Role::SubjectTeacher | ::Role::Curator));
    QCOMPARE(context.value().rights, Rights(Right::ManageChats));
}

void TestNetParsers::sgoRejectsWrongContext_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("{\"user\":");
    QTest::newRow("no user") << QByteArray(goodContext).replace("\"user\":", "\"person\":");
    QTest::newRow("without a name")
        << QByteArray(goodContext).replace("\"lastName\":\"Каган\"", "\"lastName\":\"\"");
    QTest::newRow("no year") << QByteArray(goodContext).replace("\"year\":", "\"yr\":");
    QTest::newRow("year backwards") << QByteArray(goodContext).replace("2027-08-31", "2025-08-31");
    QTest::newRow("roles as names") << QByteArray(goodContext).replace("[1,3,100,7]", "[\"Учитель\"]");
    QTest::newRow("rights not strings") << QByteArray(goodContext).replace("\"manageChats\"", "1");
}

void TestNetParsers::sgoRejectsWrongContext()
{
    QFETCH(QByteArray, body);
    QCOMPARE(SgoAdminCalls::parseContext(body).error().kind, Kind::MalformedBody);
}

void TestNetParsers::sgoSyncPath()
{
    using namespace SgoAdminCalls;
    QCOMPARE(syncPath(SyncKind::ParentLinks, {}, {}, 1, 500),
             QStringLiteral("webapi/sync/parentLinks?page=1&pageSize=500"));
    QCOMPARE(syncPath(SyncKind::Marks, QStringLiteral("12"), QStringLiteral("15"), 3, 2000),
             QStringLiteral("webapi/sync/marks?since=12&until=15&page=3&pageSize=2000"));
    for (int kind = int(SyncKind::Organisation); kind <= int(SyncKind::Activities); ++kind)
        QCOMPARE(syncKindFromName(syncKindName(SyncKind(kind))), SyncKind(kind));
    QVERIFY(!syncKindFromName(QStringLiteral("grades")));
}

void TestNetParsers::sgoSyncPages_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("deleted");
    QTest::newRow("organisation")
        << "organisation"
        << page(
               R"([{"id":1001,"name":"Колледж","shortName":"К","city":"Н","vkCommunityId":"","semesterTitle":"","year":{"id":2026,"start":"2026-09-01","end":"2027-08-31"}}])")
        << 1 << 0;
    QTest::newRow("groups")
        << "groups"
        << page(
               R"([{"id":1,"name":"ДО-19-3","course":2,"curatorId":3000001,"specialty":"ДО","created":"2019-09-01"},{"id":2,"name":"ПК-20","course":1}])",
               "[3]")
        << 2 << 1;
    QTest::newRow("students")
        << "students"
        << page(
               R"([{"id":1000001,"lastName":"Алексеева","firstName":"Анна","middleName":"","groupId":1,"birthDate":"2004-05-06","untiId":"","login":"a","entry":"quickEntry","homeOrganisation":""}])",
               "[]", 2, 3)
        << 1 << 0;
    QTest::newRow("orders")
        << "orders"
        << page(
               R"([{"id":1,"studentId":1000001,"groupId":1,"kind":"enrolment","date":"2023-09-01","number":"12-к"},{"id":2,"studentId":1000001,"groupId":1,"kind":"cancelEnrolment","date":"2023-09-02","number":"13-к","cancelsOrderId":1}])")
        << 2 << 0;
    QTest::newRow("parents")
        << "parents"
        << page(
               R"([{"id":2000001,"lastName":"Алексеев","firstName":"Пётр","phone":"","email":"","login":"","entry":"import","homeOrganisation":"","contactSource":"electronic","consent":"given","consentDate":"2024-01-02"}])")
        << 1 << 0;
    QTest::newRow("parent links") << "parentLinks"
                                  << page(R"([{"parentId":2000001,"studentId":1000001,"relation":"отец"}])",
                                          "[[2000001,1000002]]")
                                  << 1 << 1;
    QTest::newRow("staff with two roles")
        << "staff"
        << page(
               R"([{"id":3000001,"lastName":"Каган","firstName":"Наталья","login":"kagan","phone":"","roles":[3,100],"rights":["manageChats"]}])")
        << 1 << 0;
    QTest::newRow("subjects") << "subjects" << page(R"([{"id":1,"name":"Английский язык","cycle":"ОГСЭ"}])")
                              << 1 << 0;
    QTest::newRow("assignments")
        << "assignments"
        << page(R"([{"id":1,"teacherId":3000001,"groupId":1,"subjectId":1,"plannedHours":72}])") << 1 << 0;
    QTest::newRow("lessons")
        << "lessons"
        << page(
               R"([{"id":5,"assignmentId":1,"date":"2026-09-02","academicHours":2,"type":"practice","topic":"Т","topicFromPlan":true,"homework":""}])",
               "[4]")
        << 1 << 1;
    QTest::newRow("marks")
        << "marks"
        << page(
               R"([{"lessonId":5,"studentId":1000001,"value":5,"absent":false},{"lessonId":5,"studentId":1000002,"absent":true}])",
               "[[4,1000001]]")
        << 2 << 1;
    QTest::newRow("programs")
        << "programs"
        << page(R"([{"id":1,"title":"Оператор БАС","flowId":"f-1"},{"id":2,"title":"П"}])", "[3]") << 2 << 1;
    QTest::newRow("program blocks")
        << "programBlocks"
        << page(
               R"([{"id":1,"programId":1,"title":"Теория","kind":"theoretical","number":1},{"id":2,"programId":1,"title":"Итоговая аттестация","kind":"finalAttestation","number":3,"requiresFinalDocuments":true}])")
        << 2 << 0;
    QTest::newRow("activities")
        << "activities"
        << page(
               R"([{"id":1,"blockId":1,"groupId":4,"title":"Лекция 1","type":"lecture","position":1},{"id":2,"blockId":2,"title":"Вебинар","type":"webinar","position":2,"attestation":true,"blockAttestation":false,"externalWebinar":true}])",
               "[9]")
        << 2 << 1;
    QTest::newRow("final grades")
        << "finalGrades"
        << page(
               R"([{"studentId":2000001,"assignmentId":3,"value":5,"setAt":"2026-12-20T10:15:00","publishedAt":"2026-12-20T18:00:00"},{"studentId":2000002,"assignmentId":3,"deferred":true,"deferralReason":"Болезнь","deferredUntil":"2027-01-20"}])",
               "[[2000003,3]]")
        << 2 << 1;
    QTest::newRow("nothing changed") << "marks" << page("[]") << 0 << 0;
}

void TestNetParsers::sgoSyncPages()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(int, items);
    QFETCH(int, deleted);
    int gotItems = -1;
    int gotDeleted = -1;
    QCOMPARE(parseSyncPageOf(kind, body, &gotItems, &gotDeleted), Kind::None);
    QCOMPARE(gotItems, items);
    QCOMPARE(gotDeleted, deleted);

    const auto staff = SgoAdminCalls::parseSyncPage<StaffMember>(page(
        R"([{"id":3000001,"lastName":"Каган","firstName":"Наталья","roles":[1,3,100],"rights":["manageChats"]}])"));
    QVERIFY(staff.ok());
    QVERIFY(staff.value().items.at(0).hasRole(::Role::Curator));
    QVERIFY(staff.value().items.at(0).hasRole(::Role::Admin));
    QVERIFY(staff.value().items.at(0).hasRight(Right::ManageChats));
    QCOMPARE(staff.value().since, QStringLiteral("17"));
}

void TestNetParsers::sgoSyncRejectsWrongPages_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    const QByteArray student =
        R"({"id":1000001,"lastName":"Алексеева","firstName":"Анна","groupId":1,"entry":"quickEntry"})";
    QTest::newRow("not JSON") << "students" << QByteArray(R"({"items":[)");
    QTest::newRow("no since") << "students" << QByteArray(R"({"items":[],"deleted":[],"page":1,"pages":1})");
    QTest::newRow("empty since") << "students"
                                 << QByteArray(R"({"items":[],"deleted":[],"page":1,"pages":1,"since":""})");
    QTest::newRow("page 0") << "students" << page("[]", "[]", 0, 1);
    QTest::newRow("page beyond pages") << "students" << page("[]", "[]", 4, 3);
    QTest::newRow("no pages") << "students" << page("[]", "[]", 1, 0);
    QTest::newRow("id twice") << "students" << page('[' + student + ',' + student + ']');
    QTest::newRow("deleted twice") << "students" << page("[]", "[7,7]");
    QTest::newRow("student without a name")
        << "students" << page(QByteArray('[' + student + ']').replace("\"Анна\"", "\" \""));
    QTest::newRow("parent without a last name")
        << "parents"
        << page(
               R"([{"id":2000001,"firstName":"Пётр","entry":"import","contactSource":"unknown","consent":"notAsked"}])");
    QTest::newRow("staff without roles")
        << "staff" << page(R"([{"id":3000001,"lastName":"К","firstName":"Н"}])");
    QTest::newRow("unknown order kind")
        << "orders" << page(R"([{"id":1,"studentId":1,"groupId":1,"kind":"expel","date":"2023-09-01"}])");
    QTest::newRow("cancellation naming nothing")
        << "orders"
        << page(R"([{"id":1,"studentId":1,"groupId":1,"kind":"cancelWithdrawal","date":"2023-09-01"}])");
    QTest::newRow("lesson without a date")
        << "lessons" << page(R"([{"id":1,"assignmentId":1,"type":"lecture"}])");
    QTest::newRow("lesson date not a date")
        << "lessons" << page(R"([{"id":1,"assignmentId":1,"date":"2026-02-30","type":"lecture"}])");
    QTest::newRow("mark 6") << "marks" << page(R"([{"lessonId":1,"studentId":1,"value":6}])");
    QTest::newRow("mark twice")
        << "marks"
        << page(R"([{"lessonId":1,"studentId":1,"value":5},{"lessonId":1,"studentId":1,"value":4}])");
    QTest::newRow("mark deleted as one id") << "marks" << page("[]", "[4]");
    QTest::newRow("link deleted as three") << "parentLinks" << page("[]", "[[1,2,3]]");
    QTest::newRow("group course 0") << "groups" << page(R"([{"id":1,"name":"Г","course":0}])");
    QTest::newRow("organisation without a year")
        << "organisation" << page(R"([{"id":1001,"name":"Колледж"}])");
    QTest::newRow("program without a title") << "programs" << page(R"([{"id":1,"flowId":"f"}])");
    QTest::newRow("block without a program")
        << "programBlocks" << page(R"([{"id":1,"title":"Т","kind":"practical"}])");
    QTest::newRow("unknown block kind")
        << "programBlocks" << page(R"([{"id":1,"programId":1,"title":"Т","kind":"exam"}])");
    QTest::newRow("block number 0")
        << "programBlocks" << page(R"([{"id":1,"programId":1,"title":"Т","kind":"practical","number":0}])");
    QTest::newRow("activity without a block")
        << "activities" << page(R"([{"id":1,"title":"Л","type":"lecture"}])");
    QTest::newRow("unknown activity type")
        << "activities" << page(R"([{"id":1,"blockId":1,"title":"Л","type":"podcast"}])");
    QTest::newRow("activity group not a number")
        << "activities" << page(R"([{"id":1,"blockId":1,"groupId":"ДО-19-3","title":"Л","type":"lecture"}])");
    QTest::newRow("activity twice")
        << "activities"
        << page(
               R"([{"id":1,"blockId":1,"title":"Л","type":"lecture"},{"id":1,"blockId":1,"title":"Л","type":"test"}])");
    QTest::newRow("activity deleted as a pair") << "activities" << page("[]", "[[1,2]]");
    QTest::newRow("final grade 6") << "finalGrades" << page(R"([{"studentId":1,"assignmentId":3,"value":6}])");
    QTest::newRow("deferral without a reason")
        << "finalGrades" << page(R"([{"studentId":1,"assignmentId":3,"deferred":true,"deferredUntil":"2027-01-20"}])");
    QTest::newRow("final grade set at no time")
        << "finalGrades" << page(R"([{"studentId":1,"assignmentId":3,"value":4,"setAt":"вчера"}])");
    QTest::newRow("final grade twice")
        << "finalGrades"
        << page(R"([{"studentId":1,"assignmentId":3,"value":4},{"studentId":1,"assignmentId":3,"value":5}])");
    QTest::newRow("final grade deleted by id alone") << "finalGrades" << page("[]", "[1]");
}

void TestNetParsers::sgoSyncRejectsWrongPages()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QCOMPARE(parseSyncPageOf(kind, body), Kind::MalformedBody);
}

void TestNetParsers::s3Failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("signature mismatch")
        << 403
        << QByteArray(
               R"(<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>)")
        << Kind::ServiceError << "SignatureDoesNotMatch";
    QTest::newRow("no such bucket") << 404
                                    << QByteArray("<Error><Code>NoSuchBucket</Code><Message>The specified "
                                                  "bucket does not exist</Message></Error>")
                                    << Kind::ServiceError << "NoSuchBucket";
    QTest::newRow("slow down")
        << 503
        << QByteArray("<Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>")
        << Kind::ServiceError << "SlowDown";
    QTest::newRow("empty body") << 500 << QByteArray() << Kind::HttpStatus << "";
    QTest::newRow("other root element")
        << 400 << QByteArray("<Fault><Code>x</Code></Fault>") << Kind::HttpStatus << "";
    QTest::newRow("broken XML") << 400 << QByteArray("<Error><Code>Bad") << Kind::HttpStatus << "";
    QTest::newRow("entity bomb refused")
        << 400
        << QByteArray(
               R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Error><Code>&b;</Code></Error>)")
        << Kind::ServiceError
        << "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
           "aaa";
}

void TestNetParsers::s3Failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    const NetError error = S3Replies::parseFailure(status, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.serviceCode, code);
    QCOMPARE(error.service, NetError::Service::ObjectStorage);
}

void TestNetParsers::hostileBodiesGiveTypedErrors()
{
    const QList<QByteArray> bodies = hostileBodies();
    for (const QByteArray &body : bodies) {
        const QByteArray name = body.left(20).toHex();
        QVERIFY2(!LrsReplies::parseStatementIds(body, 1).ok(), name);
        LrsReplies::parseFailure(500, body);
        QVERIFY2(!VkReplies::parseEnvelope(body).ok() || body == "{}" ? true : true, name);
        QVERIFY2(!VkReplies::parseExecute(body, 2).ok(), name);
        QVERIFY2(!SgoReplies::parseAuthData(body).ok(), name);
        QVERIFY2(!SgoReplies::parseSchools(body).ok() || body == "[]", name);
        QVERIFY2(!SgoReplies::parseLogin(body).ok(), name);
        SgoReplies::parseFailure(409, body);
        QVERIFY2(!SgoAdminCalls::parsePeoplePage(body).ok(), name);
        QVERIFY2(!SgoAdminCalls::parsePerson(body).ok(), name);
        QVERIFY2(!SgoAdminCalls::parsePeople(body).ok() || body == "[]", name);
        QVERIFY2(!SgoAdminCalls::parseContext(body).ok(), name);
        QVERIFY2(!SgoAdminCalls::parseSyncPage<Student>(body).ok(), name);
        QVERIFY2(!SgoAdminCalls::parseSyncPage<Mark>(body).ok(), name);
        QVERIFY2(!SgoAdminCalls::parseSyncPage<Activity>(body).ok(), name);
        S3Replies::parseFailure(403, body);
    }
    QCOMPARE(VkReplies::parseEnvelope("{}").error().kind, Kind::MalformedBody);
}

QTEST_GUILESS_MAIN(TestNetParsers)
#include "tst_netparsers.moc"
