// The sandbox's SGO: the public sign-in flow followed step by step, the session rules and the administration
// calls of app/sandbox/sgo-calls.md.
#include "tst_sandboxkit.h"

#include "sandboxserver.h"

#include <QCryptographicHash>
#include <QNetworkCookieJar>
#include <QtTest>

using namespace SandboxKit;

namespace {

// Independent of the sandbox's own encoder: the test passwords use ASCII and а–я only.
QByteArray cp1251(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            out += char(c.unicode());
        else if (c.unicode() >= 0x0430 && c.unicode() <= 0x044F)
            out += char(0xE0 + (c.unicode() - 0x0430));
        else
            qFatal("test password outside ASCII and а–я");
    }
    return out;
}

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

const QString demoPassword = QStringLiteral("demo-password-2026");

} // namespace

class TestSandboxSgo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signInFollowsThePublicFlow();
    void wrongPasswordIs409WithMessage();
    void saltServesOneAttempt();
    void callsNeedTheAtHeader();
    void expiredSessionIs401();
    void logoutEndsTheSession();
    void readOnlyCalls();

    void listsPeopleInPages_data();
    void listsPeopleInPages();
    void listRejectsBadArguments();
    void onePersonShowsLinks();
    void passwordShorterThanEightIsRefused();
    void newPasswordSignsIn();
    void otherOrganisationsLoginIsNotOurs();
    void mustChangePasswordFlag();
    void linkAndUnlinkParentAndChild();

private:
    // Runs the whole sign-in; returns the `at` token, or an empty one with *failure set to the login reply.
    QByteArray signIn(const QString &login, const QString &password, Response *failure = nullptr);
    Response get(const QString &path, const QByteArray &at, const QUrlQuery &query = {});
    Response sendJson(const QByteArray &verb, const QString &path, const QByteArray &at,
                      const QJsonObject &body);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QByteArray m_adminAt;
};

void TestSandboxSgo::init()
{
    m_server = std::make_unique<SandboxServer>(smallCollege());
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_adminAt = signIn(QStringLiteral("admin"), demoPassword);
    QVERIFY(!m_adminAt.isEmpty());
}

void TestSandboxSgo::cleanup()
{
    m_network.reset();
    m_server.reset();
}

QByteArray TestSandboxSgo::signIn(const QString &login, const QString &password, Response *failure)
{
    const QUrl base = m_server->sgoBaseUrl();
    const Response loginData =
        await(m_network->get(request(withPath(base, QStringLiteral("/webapi/logindata")))));
    if (loginData.status != 200 || m_network->cookieJar()->cookiesForUrl(base).isEmpty())
        return {};

    const Response authData =
        await(m_network->post(request(withPath(base, QStringLiteral("/webapi/auth/getdata"))), QByteArray()));
    const QJsonObject meta = authData.object();
    const QByteArray salt = meta.value(QStringLiteral("salt")).toString().toLatin1();
    if (authData.status != 200 || salt.isEmpty())
        return {};

    const Response schools = await(
        m_network->get(request(withPath(base, QStringLiteral("/webapi/addresses/schools"),
                                        QUrlQuery{{QStringLiteral("funcType"), QStringLiteral("2")}}))));
    const QJsonObject school = schools.array().first().toObject();

    const QByteArray pw2 = md5Hex(salt + md5Hex(cp1251(password)));
    const QByteArray pw = pw2.left(password.size());
    auto number = [&school](const char *key) {
        return QString::number(school.value(QLatin1String(key)).toInteger());
    };
    const QByteArray body = form({
        {QStringLiteral("loginType"), QStringLiteral("1")},
        {QStringLiteral("cid"), number("countryId")},
        {QStringLiteral("sid"), number("stateId")},
        {QStringLiteral("pid"), number("municipalityDistrictId")},
        {QStringLiteral("cn"), number("cityId")},
        {QStringLiteral("sft"), QStringLiteral("2")},
        {QStringLiteral("scid"), number("id")},
        {QStringLiteral("un"), login},
        {QStringLiteral("pw"), QString::fromLatin1(pw)},
        {QStringLiteral("pw2"), QString::fromLatin1(pw2)},
        {QStringLiteral("lt"), meta.value(QStringLiteral("lt")).toString()},
        {QStringLiteral("ver"), meta.value(QStringLiteral("ver")).toString()},
    });
    QNetworkRequest loginRequest =
        request(withPath(base, QStringLiteral("/webapi/login")), {{"Referer", base.toString().toLatin1()}});
    loginRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArray("application/x-www-form-urlencoded"));
    const Response signedIn = await(m_network->post(loginRequest, body));
    if (failure)
        *failure = signedIn;
    return signedIn.status == 200 ? signedIn.object().value(QStringLiteral("at")).toString().toLatin1()
                                  : QByteArray();
}

Response TestSandboxSgo::get(const QString &path, const QByteArray &at, const QUrlQuery &query)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!at.isEmpty())
        headers.append({"at", at});
    return await(m_network->get(request(withPath(m_server->sgoBaseUrl(), path, query), headers)));
}

Response TestSandboxSgo::sendJson(const QByteArray &verb, const QString &path, const QByteArray &at,
                                  const QJsonObject &body)
{
    QNetworkRequest r = request(withPath(m_server->sgoBaseUrl(), path), {{"at", at}});
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return await(m_network->sendCustomRequest(r, verb, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

void TestSandboxSgo::signInFollowsThePublicFlow()
{
    Response reply;
    const QByteArray at = signIn(QStringLiteral("kagan"), demoPassword, &reply);
    QCOMPARE(reply.status, 200);
    QVERIFY(!at.isEmpty());
    QCOMPARE(reply.object().value(QStringLiteral("timeOut")).toInt(),
             m_server->settings().sgoSessionLifetimeMs);
    const Response context = get(QStringLiteral("/webapi/context"), at);
    QCOMPARE(context.status, 200);
    QCOMPARE(
        context.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Каган Наталья Владимировна"));
    QCOMPARE(context.object().value(QStringLiteral("schoolId")).toInteger(), m_server->sgoSchoolId());
}

void TestSandboxSgo::wrongPasswordIs409WithMessage()
{
    Response reply;
    QVERIFY(signIn(QStringLiteral("kagan"), QStringLiteral("demo-password-2025"), &reply).isEmpty());
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.message(), QStringLiteral("Неправильный пароль или имя пользователя"));

    QVERIFY(signIn(QStringLiteral("nobody"), demoPassword, &reply).isEmpty());
    QCOMPARE(reply.status, 409);
}

void TestSandboxSgo::saltServesOneAttempt()
{
    const QUrl base = m_server->sgoBaseUrl();
    await(m_network->get(request(withPath(base, QStringLiteral("/webapi/logindata")))));
    const QJsonObject meta =
        await(m_network->post(request(withPath(base, QStringLiteral("/webapi/auth/getdata"))), QByteArray()))
            .object();
    const QByteArray salt = meta.value(QStringLiteral("salt")).toString().toLatin1();
    const QByteArray pw2 = md5Hex(salt + md5Hex(demoPassword.toLatin1()));
    const QByteArray body = form({{QStringLiteral("loginType"), QStringLiteral("1")},
                                  {QStringLiteral("cid"), QStringLiteral("2")},
                                  {QStringLiteral("sid"), QStringLiteral("1")},
                                  {QStringLiteral("pid"), QStringLiteral("1")},
                                  {QStringLiteral("cn"), QStringLiteral("1")},
                                  {QStringLiteral("sft"), QStringLiteral("2")},
                                  {QStringLiteral("scid"), QString::number(m_server->sgoSchoolId())},
                                  {QStringLiteral("un"), QStringLiteral("admin")},
                                  {QStringLiteral("pw"), QString::fromLatin1(pw2.left(demoPassword.size()))},
                                  {QStringLiteral("pw2"), QString::fromLatin1(pw2)},
                                  {QStringLiteral("lt"), meta.value(QStringLiteral("lt")).toString()},
                                  {QStringLiteral("ver"), meta.value(QStringLiteral("ver")).toString()}});
    QNetworkRequest login =
        request(withPath(base, QStringLiteral("/webapi/login")), {{"Referer", "http://127.0.0.1/"}});
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(await(m_network->post(login, body)).status, 200);
    const Response replay = await(m_network->post(login, body));
    QCOMPARE(replay.status, 409);
    QVERIFY(!replay.message().isEmpty());
}

void TestSandboxSgo::callsNeedTheAtHeader()
{
    QCOMPARE(get(QStringLiteral("/webapi/context"), QByteArray()).status, 401);
    QCOMPARE(get(QStringLiteral("/webapi/context"), "0123456789abcdef").status, 401);
    QCOMPARE(get(QStringLiteral("/webapi/users"), QByteArray(),
                 {{QStringLiteral("role"), QStringLiteral("student")}})
                 .status,
             401);
    QCOMPARE(get(QStringLiteral("/webapi/context"), m_adminAt).status, 200);
}

void TestSandboxSgo::expiredSessionIs401()
{
    SandboxSettings settings;
    settings.sgoSessionLifetimeMs = 0; // every session is over as soon as it starts
    m_server = std::make_unique<SandboxServer>(smallCollege(), settings);
    QVERIFY(m_server->start());
    const QByteArray at = signIn(QStringLiteral("admin"), demoPassword);
    QVERIFY(!at.isEmpty());
    const Response expired = get(QStringLiteral("/webapi/context"), at);
    QCOMPARE(expired.status, 401);
    QVERIFY(!expired.message().isEmpty());
}

void TestSandboxSgo::logoutEndsTheSession()
{
    QNetworkRequest logout =
        request(withPath(m_server->sgoBaseUrl(), QStringLiteral("/webapi/auth/logout")), {{"at", m_adminAt}});
    QCOMPARE(await(m_network->post(logout, QByteArray())).status, 200);
    QCOMPARE(get(QStringLiteral("/webapi/context"), m_adminAt).status, 401);
}

void TestSandboxSgo::readOnlyCalls()
{
    const Response year = get(QStringLiteral("/webapi/years/current"), m_adminAt);
    QCOMPARE(year.status, 200);
    QVERIFY(year.object().value(QStringLiteral("id")).toInt() >= 2025);
    const Response roles = get(QStringLiteral("/webapi/references/roles"), m_adminAt);
    QCOMPARE(roles.status, 200);
    QCOMPARE(roles.array().size(), 6);
    QCOMPARE(roles.array().at(4).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Родитель"));
}

void TestSandboxSgo::listsPeopleInPages_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("total");

    QTest::newRow("all students") << "student"
                                  << "all" << 4;
    QTest::newRow("active students: the withdrawn one is left out") << "student"
                                                                    << "active" << 3;
    QTest::newRow("all parents") << "parent"
                                 << "all" << 3;
    QTest::newRow("active parents: only those with an enrolled child") << "parent"
                                                                       << "active" << 2;
}

void TestSandboxSgo::listsPeopleInPages()
{
    QFETCH(QString, role);
    QFETCH(QString, status);
    QFETCH(int, total);

    QSet<qint64> seen;
    for (int page = 1; page <= 3; ++page) {
        const Response reply = get(QStringLiteral("/webapi/users"), m_adminAt,
                                   {{QStringLiteral("role"), role},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("page"), QString::number(page)},
                                    {QStringLiteral("pageSize"), QStringLiteral("2")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QStringLiteral("total")).toInt(), total);
        const QJsonArray items = reply.object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), qBound(0, total - (page - 1) * 2, 2));
        for (const QJsonValue &item : items) {
            QCOMPARE(item.toObject().value(QStringLiteral("role")).toString(), role);
            seen.insert(item.toObject().value(QStringLiteral("id")).toInteger());
        }
    }
    QCOMPARE(seen.size(), total);
}

void TestSandboxSgo::listRejectsBadArguments()
{
    QCOMPARE(get(QStringLiteral("/webapi/users"), m_adminAt).status, 400);
    QCOMPARE(get(QStringLiteral("/webapi/users"), m_adminAt,
                 {{QStringLiteral("role"), QStringLiteral("student")},
                  {QStringLiteral("page"), QStringLiteral("0")}})
                 .status,
             400);
    QCOMPARE(get(QStringLiteral("/webapi/users"), m_adminAt,
                 {{QStringLiteral("role"), QStringLiteral("student")},
                  {QStringLiteral("status"), QStringLiteral("gone")}})
                 .status,
             400);
}

void TestSandboxSgo::onePersonShowsLinks()
{
    const Response student = get(QStringLiteral("/webapi/users/%1").arg(sgoStudent(4)), m_adminAt);
    QCOMPARE(student.status, 200);
    const QJsonObject person = student.object();
    QCOMPARE(person.value(QStringLiteral("lastName")).toString(), QStringLiteral("Григорьева"));
    QCOMPARE(person.value(QStringLiteral("entry")).toString(), QStringLiteral("otherOrganisation"));
    QCOMPARE(person.value(QStringLiteral("homeOrganisation")).toString(), QStringLiteral("Школа № 17"));
    QCOMPARE(person.value(QStringLiteral("groupName")).toString(), QStringLiteral("ЭБ-23-1"));
    QCOMPARE(person.value(QStringLiteral("parents")).toArray(), QJsonArray());

    const Response parent = get(QStringLiteral("/webapi/users/%1").arg(sgoParent(1)), m_adminAt);
    QCOMPARE(parent.object().value(QStringLiteral("children")).toArray(), QJsonArray{sgoStudent(1)});
    QCOMPARE(get(QStringLiteral("/webapi/users/999"), m_adminAt).status, 404);
}

void TestSandboxSgo::passwordShorterThanEightIsRefused()
{
    const Response reply =
        sendJson("POST", QStringLiteral("/webapi/users/%1/password").arg(sgoStudent(1)), m_adminAt,
                 {{QStringLiteral("newPassword"), QStringLiteral("1234567")},
                  {QStringLiteral("mustChangePassword"), true}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.message(), QStringLiteral("Пароль должен содержать не менее 8 символов"));
}

void TestSandboxSgo::newPasswordSignsIn()
{
    const QString password = QStringLiteral("пароль-из-ворда");
    QCOMPARE(
        sendJson("POST", QStringLiteral("/webapi/users/%1/password").arg(sgoParent(1)), m_adminAt,
                 {{QStringLiteral("newPassword"), password}, {QStringLiteral("mustChangePassword"), false}})
            .status,
        204);
    QVERIFY(!signIn(QStringLiteral("alekseev.parent"), password).isEmpty());
    Response failure;
    QVERIFY(signIn(QStringLiteral("alekseev.parent"), QStringLiteral("пароль-из-вордa"), &failure).isEmpty());
    QCOMPARE(failure.status, 409);
}

void TestSandboxSgo::otherOrganisationsLoginIsNotOurs()
{
    const QJsonObject body{{QStringLiteral("newPassword"), QStringLiteral("long-enough-1")}};
    const Response student =
        sendJson("POST", QStringLiteral("/webapi/users/%1/password").arg(sgoStudent(4)), m_adminAt, body);
    QCOMPARE(student.status, 403);
    QVERIFY(student.message().contains(QStringLiteral("Школа № 17")));
    QCOMPARE(sendJson("POST", QStringLiteral("/webapi/users/%1/password").arg(sgoParent(3)), m_adminAt, body)
                 .status,
             403);
}

void TestSandboxSgo::mustChangePasswordFlag()
{
    const QString path = QStringLiteral("/webapi/users/%1").arg(sgoStudent(2));
    QCOMPARE(sendJson("PUT", path + QStringLiteral("/mustchangepassword"), m_adminAt,
                      {{QStringLiteral("value"), true}})
                 .status,
             204);
    QCOMPARE(get(path, m_adminAt).object().value(QStringLiteral("mustChangePassword")).toBool(), true);
    QCOMPARE(sendJson("POST", path + QStringLiteral("/password"), m_adminAt,
                      {{QStringLiteral("newPassword"), QStringLiteral("12345678")},
                       {QStringLiteral("mustChangePassword"), false}})
                 .status,
             204);
    QCOMPARE(get(path, m_adminAt).object().value(QStringLiteral("mustChangePassword")).toBool(), false);
    QCOMPARE(sendJson("PUT", path + QStringLiteral("/mustchangepassword"), m_adminAt,
                      {{QStringLiteral("value"), QStringLiteral("yes")}})
                 .status,
             400);
}

void TestSandboxSgo::linkAndUnlinkParentAndChild()
{
    const QString children = QStringLiteral("/webapi/users/%1/children").arg(sgoParent(3));
    QCOMPARE(get(children, m_adminAt).array(), QJsonArray());

    QCOMPARE(sendJson("POST", children, m_adminAt, {{QStringLiteral("studentId"), sgoStudent(4)}}).status,
             204);
    const QJsonArray linked = get(children, m_adminAt).array();
    QCOMPARE(linked.size(), 1);
    QCOMPARE(linked.first().toObject().value(QStringLiteral("id")).toInteger(), sgoStudent(4));
    QCOMPARE(get(QStringLiteral("/webapi/users/%1").arg(sgoStudent(4)), m_adminAt)
                 .object()
                 .value(QStringLiteral("parents"))
                 .toArray(),
             QJsonArray{sgoParent(3)});

    const Response again =
        sendJson("POST", children, m_adminAt, {{QStringLiteral("studentId"), sgoStudent(4)}});
    QCOMPARE(again.status, 409);
    QVERIFY(!again.message().isEmpty());
    QCOMPARE(sendJson("POST", children, m_adminAt, {{QStringLiteral("studentId"), 42}}).status, 404);

    const QUrl unlink = withPath(m_server->sgoBaseUrl(), children + QStringLiteral("/%1").arg(sgoStudent(4)));
    QCOMPARE(await(m_network->deleteResource(request(unlink, {{"at", m_adminAt}}))).status, 204);
    QCOMPARE(get(children, m_adminAt).array(), QJsonArray());
}

QTEST_GUILESS_MAIN(TestSandboxSgo)
#include "tst_sandboxsgo.moc"
