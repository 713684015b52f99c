// The sandbox's SGO: the public sign-in flow followed step by step, the session rules and the administration
// calls of app/sandbox/sgo-calls.md.
#include "tst_sandboxkit.h"

#include "sandboxserver.h"

#include "demo/democollegegenerator.h"

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

    void contextNamesRolesAndRights_data();
    void contextNamesRolesAndRights();
    void syncPagesTheDemoCollegesStudents();
    void syncRefusesBadKindsPagesAndTokens_data();
    void syncRefusesBadKindsPagesAndTokens();
    void syncDeltaAfterAMarkAndADeletedLesson();
    void syncFollowsTheFaults();
    void controlCallsRefuseWhatSgoWould_data();
    void controlCallsRefuseWhatSgoWould();
    void ordersMadeThroughTheControlCallsReachThePullAndThePeopleList();

private:
    // Every page of a kind with the given token and page size; the reply of each page, in order.
    QList<QJsonObject> pullAll(const QString &kind, const QString &since, int pageSize, const QByteArray &at);
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

void TestSandboxSgo::contextNamesRolesAndRights_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QList<int>>("roles");
    QTest::newRow("admin") << "admin"
                           << "Соколова" << QList<int>{1};
    QTest::newRow("curator who also teaches") << "kagan"
                                              << "Каган" << QList<int>{3, 100};
}

void TestSandboxSgo::contextNamesRolesAndRights()
{
    QFETCH(QString, login);
    QFETCH(QString, lastName);
    QFETCH(QList<int>, roles);
    CollegeData college = smallCollege();
    college.staff[1].rights = Right::ManageChats;
    m_server = std::make_unique<SandboxServer>(college);
    QVERIFY(m_server->start());
    const QByteArray at = signIn(login, demoPassword);
    QVERIFY(!at.isEmpty());
    const QJsonObject context = get(QStringLiteral("/webapi/context"), at).object();
    const QJsonObject user = context.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("lastName")).toString(), lastName);
    QCOMPARE(user.value(QStringLiteral("login")).toString(), login);
    QCOMPARE(context.value(QStringLiteral("organisation")).toObject().value(QStringLiteral("id")).toInteger(),
             m_server->sgoSchoolId());
    const QJsonObject year = context.value(QStringLiteral("year")).toObject();
    QCOMPARE(QDate::fromString(year.value(QStringLiteral("start")).toString(), Qt::ISODate).month(), 9);
    QList<int> got;
    for (const QJsonValue &role : context.value(QStringLiteral("roles")).toArray())
        got.append(role.toInt());
    QCOMPARE(got, roles);
    const QJsonArray rights = context.value(QStringLiteral("rights")).toArray();
    QCOMPARE(rights.contains(QStringLiteral("manageChats")), login == QLatin1String("kagan"));
}

QList<QJsonObject> TestSandboxSgo::pullAll(const QString &kind, const QString &since, int pageSize,
                                           const QByteArray &at)
{
    QList<QJsonObject> pages;
    QString until;
    for (int page = 1;; ++page) {
        QUrlQuery query{{QStringLiteral("page"), QString::number(page)},
                        {QStringLiteral("pageSize"), QString::number(pageSize)}};
        if (!since.isEmpty())
            query.addQueryItem(QStringLiteral("since"), since);
        if (!until.isEmpty())
            query.addQueryItem(QStringLiteral("until"), until);
        const Response reply = get(QStringLiteral("/webapi/sync/") + kind, at, query);
        if (reply.status != 200)
            return {};
        pages.append(reply.object());
        if (until.isEmpty())
            until = reply.object().value(QStringLiteral("since")).toString();
        if (page >= reply.object().value(QStringLiteral("pages")).toInt() || page > 1000)
            return pages;
    }
}

void TestSandboxSgo::syncPagesTheDemoCollegesStudents()
{
    const CollegeData college = Demo::generateDemoCollege(DemoCollegeSize::Default);
    m_server = std::make_unique<SandboxServer>(college);
    QVERIFY(m_server->start());
    const QByteArray at = signIn(college.staff.first().login, demoPassword);
    QVERIFY(!at.isEmpty());

    const QList<QJsonObject> pages = pullAll(QStringLiteral("students"), {}, 37, at);
    QCOMPARE(pages.size(), int((college.students.size() + 36) / 37));
    QSet<qint64> seen;
    QString since;
    for (const QJsonObject &page : pages) {
        QVERIFY(page.value(QStringLiteral("deleted")).toArray().isEmpty());
        if (since.isEmpty())
            since = page.value(QStringLiteral("since")).toString();
        QCOMPARE(page.value(QStringLiteral("since")).toString(), since); // one pull, one token
        for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray()) {
            const qint64 id = item.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY2(!seen.contains(id), "an id twice");
            seen.insert(id);
        }
    }
    QSet<qint64> expected;
    for (const Student &student : college.students)
        expected.insert(sgoStudent(student.id));
    QCOMPARE(seen, expected);

    // The same page again is the same page: a resumed pull gets nothing twice.
    const QUrlQuery second{{QStringLiteral("page"), QStringLiteral("2")},
                           {QStringLiteral("pageSize"), QStringLiteral("37")},
                           {QStringLiteral("until"), since}};
    QCOMPARE(get(QStringLiteral("/webapi/sync/students"), at, second).object(), pages.at(1));

    // Nothing changed since: one small page per kind.
    for (const char *kind :
         {"organisation", "groups", "students", "orders", "parents", "parentLinks", "staff", "subjects",
          "assignments", "lessons", "marks", "programs", "programBlocks", "activities"}) {
        const QList<QJsonObject> delta = pullAll(QString::fromLatin1(kind), since, 500, at);
        QCOMPARE(delta.size(), 1);
        QVERIFY(delta.first().value(QStringLiteral("items")).toArray().isEmpty());
        QVERIFY(delta.first().value(QStringLiteral("deleted")).toArray().isEmpty());
        QVERIFY2(!pullAll(QString::fromLatin1(kind), {}, 2000, at)
                      .first()
                      .value(QStringLiteral("items"))
                      .toArray()
                      .isEmpty(),
                 kind);
    }
}

void TestSandboxSgo::syncRefusesBadKindsPagesAndTokens_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("query");
    QTest::newRow("unknown kind") << "grades"
                                  << "";
    QTest::newRow("page 0") << "students"
                            << "page=0";
    QTest::newRow("page beyond the last") << "students"
                                          << "page=2";
    QTest::newRow("page not a number") << "students"
                                       << "page=two";
    QTest::newRow("page size 0") << "students"
                                 << "pageSize=0";
    QTest::newRow("page size above 2000") << "students"
                                          << "pageSize=2001";
    QTest::newRow("token from the future") << "students"
                                           << "since=99";
    QTest::newRow("until before since") << "students"
                                        << "since=1&until=0";
    QTest::newRow("token not ours") << "students"
                                    << "since=abc";
}

void TestSandboxSgo::syncRefusesBadKindsPagesAndTokens()
{
    QFETCH(QString, kind);
    QFETCH(QString, query);
    const Response reply = get(QStringLiteral("/webapi/sync/") + kind, m_adminAt, QUrlQuery(query));
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.message().isEmpty());
    QCOMPARE(get(QStringLiteral("/webapi/sync/students"), QByteArray()).status, 401);
}

void TestSandboxSgo::syncDeltaAfterAMarkAndADeletedLesson()
{
    const CollegeData college = Demo::generateDemoCollege(DemoCollegeSize::Default);
    m_server = std::make_unique<SandboxServer>(college);
    QVERIFY(m_server->start());
    const QByteArray at = signIn(college.staff.first().login, demoPassword);
    QVERIFY(!at.isEmpty());
    const QString since =
        pullAll(QStringLiteral("marks"), {}, 2000, at).first().value(QStringLiteral("since")).toString();

    const Mark changed = college.marks.first();
    const int newValue = changed.value == 5 ? 4 : 5;
    QVERIFY(m_server->setSgoMark(changed.lessonId, sgoStudent(changed.studentId), newValue, false));
    QVERIFY(!m_server->setSgoMark(changed.lessonId, sgoStudent(changed.studentId), 7, false));
    QVERIFY(!m_server->setSgoMark(999999999, sgoStudent(changed.studentId), 5, false));

    QList<QJsonObject> delta = pullAll(QStringLiteral("marks"), since, 500, at);
    QCOMPARE(delta.size(), 1);
    QJsonArray items = delta.first().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject(),
             (QJsonObject{{QStringLiteral("lessonId"), changed.lessonId},
                          {QStringLiteral("studentId"), sgoStudent(changed.studentId)},
                          {QStringLiteral("value"), newValue},
                          {QStringLiteral("absent"), false}}));
    QVERIFY(delta.first().value(QStringLiteral("deleted")).toArray().isEmpty());
    const QString afterMark = delta.first().value(QStringLiteral("since")).toString();
    QVERIFY(afterMark != since);

    // A lesson without marks keeps the marks' delta to the lesson alone; one with marks takes them along.
    const qint64 lessonId = college.marks.last().lessonId;
    int marksOfLesson = 0;
    for (const Mark &mark : college.marks)
        marksOfLesson += mark.lessonId == lessonId ? 1 : 0;
    QVERIFY(m_server->deleteSgoLesson(lessonId));
    QVERIFY(!m_server->deleteSgoLesson(lessonId));

    delta = pullAll(QStringLiteral("lessons"), afterMark, 500, at);
    QCOMPARE(delta.size(), 1);
    QVERIFY(delta.first().value(QStringLiteral("items")).toArray().isEmpty());
    QCOMPARE(delta.first().value(QStringLiteral("deleted")).toArray(), QJsonArray{lessonId});
    delta = pullAll(QStringLiteral("marks"), afterMark, 500, at);
    QVERIFY(delta.first().value(QStringLiteral("items")).toArray().isEmpty());
    const QJsonArray gone = delta.first().value(QStringLiteral("deleted")).toArray();
    QCOMPARE(gone.size(), marksOfLesson);
    for (const QJsonValue &key : gone)
        QCOMPARE(key.toArray().at(0).toInteger(), lessonId);
    // Nothing else moved.
    QVERIFY(pullAll(QStringLiteral("students"), afterMark, 500, at)
                .first()
                .value(QStringLiteral("items"))
                .toArray()
                .isEmpty());
    // From the start, the deleted lesson is simply not there, and no tombstone is sent.
    const QList<QJsonObject> all = pullAll(QStringLiteral("lessons"), {}, 2000, at);
    int lessons = 0;
    for (const QJsonObject &page : all) {
        lessons += int(page.value(QStringLiteral("items")).toArray().size());
    }
    QVERIFY(all.first().value(QStringLiteral("deleted")).toArray().isEmpty());
    QCOMPARE(lessons, int(college.lessons.size()) - 1);
}

void TestSandboxSgo::syncFollowsTheFaults()
{
    SandboxFaults faults;
    faults.failNext = 1;
    faults.services = SandboxService::Sgo;
    m_server->setFaults(faults);
    QCOMPARE(get(QStringLiteral("/webapi/sync/students"), m_adminAt).status, 503);
    QCOMPARE(get(QStringLiteral("/webapi/sync/students"), m_adminAt).status, 200);
}

void TestSandboxSgo::controlCallsRefuseWhatSgoWould_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    const QString marks = QStringLiteral("/sandbox/sgo/marks");
    const QString orders = QStringLiteral("/sandbox/sgo/orders");
    const auto student = [](const char *last, const char *first, const char *login = "") {
        return QJsonObject{{QStringLiteral("lastName"), QString::fromUtf8(last)},
                           {QStringLiteral("firstName"), QString::fromUtf8(first)},
                           {QStringLiteral("login"), QString::fromUtf8(login)}};
    };
    const auto enrolment = [](qint64 group, const QJsonObject &who) {
        return QJsonObject{{QStringLiteral("kind"), QStringLiteral("enrolment")},
                           {QStringLiteral("groupId"), group},
                           {QStringLiteral("student"), who}};
    };
    // The small college has no lessons: every lesson is unknown.
    QTest::newRow("mark 7") << QByteArray("POST") << marks
                            << QJsonObject{{QStringLiteral("lessonId"), 1},
                                           {QStringLiteral("studentId"), sgoStudent(1)},
                                           {QStringLiteral("value"), 7}}
                            << 400;
    QTest::newRow("mark without a student")
        << QByteArray("POST") << marks
        << QJsonObject{{QStringLiteral("lessonId"), 1}, {QStringLiteral("value"), 5}} << 400;
    QTest::newRow("mark in an unknown lesson") << QByteArray("POST") << marks
                                               << QJsonObject{{QStringLiteral("lessonId"), 1},
                                                              {QStringLiteral("studentId"), sgoStudent(1)},
                                                              {QStringLiteral("value"), 5}}
                                               << 404;
    QTest::newRow("unknown lesson deleted")
        << QByteArray("DELETE") << QStringLiteral("/sandbox/sgo/lessons/7") << QJsonObject{} << 404;
    QTest::newRow("lesson read") << QByteArray("GET") << QStringLiteral("/sandbox/sgo/lessons/7")
                                 << QJsonObject{} << 405;
    QTest::newRow("unknown call") << QByteArray("POST") << QStringLiteral("/sandbox/sgo/grades")
                                  << QJsonObject{{QStringLiteral("x"), 1}} << 404;
    QTest::newRow("order of an unknown kind")
        << QByteArray("POST") << orders
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("expel")},
                       {QStringLiteral("studentId"), sgoStudent(1)}}
        << 400;
    QTest::newRow("enrolment into an unknown group")
        << QByteArray("POST") << orders << enrolment(99, student("Новикова", "Ольга")) << 404;
    QTest::newRow("enrolment without a first name")
        << QByteArray("POST") << orders << enrolment(1, student("Новикова", "")) << 400;
    QTest::newRow("enrolment with a login that is taken")
        << QByteArray("POST") << orders << enrolment(1, student("Новикова", "Ольга", "admin")) << 409;
    QJsonObject february = enrolment(1, student("Новикова", "Ольга"));
    february.insert(QStringLiteral("date"), QStringLiteral("2026-02-31"));
    QTest::newRow("order dated 31 February") << QByteArray("POST") << orders << february << 400;
    QTest::newRow("withdrawal of an unknown student")
        << QByteArray("POST") << orders
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("withdrawal")},
                       {QStringLiteral("studentId"), sgoStudent(999)}}
        << 404;
}

void TestSandboxSgo::controlCallsRefuseWhatSgoWould()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    const QString since = pullAll(QStringLiteral("orders"), {}, 500, m_adminAt)
                              .first()
                              .value(QStringLiteral("since"))
                              .toString();
    const Response reply = sendJson(verb, path, QByteArray(), body);
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.message().isEmpty());
    // Nothing changed: the next pull of any kind brings nothing.
    for (const char *kind : {"students", "orders", "marks", "lessons"})
        QVERIFY2(pullAll(QLatin1String(kind), since, 500, m_adminAt)
                     .first()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .isEmpty(),
                 kind);
}

void TestSandboxSgo::ordersMadeThroughTheControlCallsReachThePullAndThePeopleList()
{
    const QString since = pullAll(QStringLiteral("orders"), {}, 500, m_adminAt)
                              .first()
                              .value(QStringLiteral("since"))
                              .toString();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Response enrolled = sendJson(
        "POST", QStringLiteral("/sandbox/sgo/orders"), QByteArray(),
        {{QStringLiteral("kind"), QStringLiteral("enrolment")},
         {QStringLiteral("groupId"), 2},
         {QStringLiteral("number"), QStringLiteral("31-к")},
         {QStringLiteral("student"), QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Новикова")},
                                                 {QStringLiteral("firstName"), QStringLiteral("Ольга")},
                                                 {QStringLiteral("login"), QStringLiteral("novikova.o")}}}});
    QCOMPARE(enrolled.status, 201);
    // Numbered past every student and order the college has.
    const qint64 newStudent = enrolled.object().value(QStringLiteral("studentId")).toInteger();
    QCOMPARE(newStudent, sgoStudent(5));
    QCOMPARE(enrolled.object().value(QStringLiteral("orderId")).toInteger(), 11);
    const Response withdrawn = sendJson("POST", QStringLiteral("/sandbox/sgo/orders"), QByteArray(),
                                        {{QStringLiteral("kind"), QStringLiteral("withdrawal")},
                                         {QStringLiteral("studentId"), sgoStudent(1)},
                                         {QStringLiteral("date"), today},
                                         {QStringLiteral("number"), QStringLiteral("32-в")}});
    QCOMPARE(withdrawn.status, 201);
    QCOMPARE(withdrawn.object().value(QStringLiteral("orderId")).toInteger(), 12);

    const QJsonArray students = pullAll(QStringLiteral("students"), since, 500, m_adminAt)
                                    .first()
                                    .value(QStringLiteral("items"))
                                    .toArray();
    QCOMPARE(students.size(), 1);
    QCOMPARE(students.at(0).toObject().value(QStringLiteral("id")).toInteger(), newStudent);
    QCOMPARE(students.at(0).toObject().value(QStringLiteral("groupId")).toInteger(), 2);
    const QJsonArray orders = pullAll(QStringLiteral("orders"), since, 500, m_adminAt)
                                  .first()
                                  .value(QStringLiteral("items"))
                                  .toArray();
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders.at(0).toObject(), (QJsonObject{{QStringLiteral("id"), 11},
                                                   {QStringLiteral("studentId"), newStudent},
                                                   {QStringLiteral("groupId"), 2},
                                                   {QStringLiteral("kind"), QStringLiteral("enrolment")},
                                                   {QStringLiteral("date"), today},
                                                   {QStringLiteral("number"), QStringLiteral("31-к")}}));
    QCOMPARE(orders.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("withdrawal"));
    QCOMPARE(orders.at(1).toObject().value(QStringLiteral("groupId")).toInteger(), 1);

    // webapi/users follows the orders: the new student is active in ЭБ-23-1, student 1 no longer is.
    const Response active = get(QStringLiteral("/webapi/users"), m_adminAt,
                                QUrlQuery{{QStringLiteral("role"), QStringLiteral("student")},
                                          {QStringLiteral("status"), QStringLiteral("active")}});
    QSet<qint64> ids;
    for (const QJsonValue &value : active.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject person = value.toObject();
        ids.insert(person.value(QStringLiteral("id")).toInteger());
        if (person.value(QStringLiteral("id")).toInteger() == newStudent)
            QCOMPARE(person.value(QStringLiteral("groupName")).toString(), QStringLiteral("ЭБ-23-1"));
    }
    QVERIFY(ids.contains(newStudent));
    QVERIFY(!ids.contains(sgoStudent(1)));
}
