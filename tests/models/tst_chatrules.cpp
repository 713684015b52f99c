#include "chats/chatdiff.h"
#include "chats/chatplan.h"
#include "chats/chattype.h"
#include "college/collegedata.h"

#include <QTest>

// The Sferum / VK Messenger chat rules of seed 004 §29.1.2–29.2.4 on a small college:
//   staff 1 — администратор ПОО; 2 — куратор ДО-19-3; 3 — преподаватель английского в ДО-19-3; 4 —
//   преподаватель истории в ДО-19-3 и ЭБ-23-1; 5 — куратор ЭБ-23-1 and a teacher without lessons; 6 — holds
//   «Управление чатами»; groups 10 ДО-19-3 (students 1001, 1002 enrolled, 1003 without orders), 20 ЭБ-23-1
//   (student 2001, withdrawn 2002), 30 ТМ-24-1 (new, empty); parents 501 of 1001, 502 of 1002, 503 of 1003,
//   504 and 505 of 2001 and 2002.

class TestChatRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void title_data();
    void title();
    void plannedChats_data();
    void plannedChats();
    void newGroupGetsGroupAndParents();
    void readsCollegeData();
    void orderChangesMembers_data();
    void orderChangesMembers();
    void chatsForRole_data();
    void chatsForRole();
    void mayCreate_data();
    void mayCreate();
    void mayEditMembers_data();
    void mayEditMembers();
    void withoutProfile_data();
    void withoutProfile();
    void changes_data();
    void changes();
    void changesAreIdempotent();
};

Q_DECLARE_METATYPE(ChatType)
Q_DECLARE_METATYPE(ChatKey)
Q_DECLARE_METATYPE(ChatMembers)
Q_DECLARE_METATYPE(Chats::PersonKind)
Q_DECLARE_METATYPE(PlannedChat)
Q_DECLARE_METATYPE(ExistingChat)
Q_DECLARE_METATYPE(StaffMember)
Q_DECLARE_METATYPE(Subject)

using Ids = QList<qint64>;
using Kind = EnrolmentOrder::Kind;

static const QDate sep1(2025, 9, 1), dec1(2025, 12, 1), dec5(2025, 12, 5), dec10(2025, 12, 10);

static StaffMember staff(qint64 id, Roles roles, Rights rights = {})
{
    StaffMember m;
    m.id = id;
    m.roles = roles;
    m.rights = rights;
    return m;
}

static Student student(qint64 id, qint64 groupId)
{
    Student s;
    s.id = id;
    s.groupId = groupId;
    return s;
}

static EnrolmentOrder order(qint64 id, qint64 studentId, qint64 groupId, Kind kind, QDate date,
                            qint64 cancels = 0)
{
    EnrolmentOrder o;
    o.id = id;
    o.studentId = studentId;
    o.groupId = groupId;
    o.kind = kind;
    o.date = date;
    o.cancelsOrderId = cancels;
    return o;
}

static ChatInputs college()
{
    ChatInputs c;
    c.staff = {staff(1, Role::Admin),
               staff(2, Role::Curator),
               staff(3, Role::SubjectTeacher),
               staff(4, Role::SubjectTeacher),
               staff(5, Role::Curator | Role::SubjectTeacher),
               staff(6, {}, Right::ManageChats)};
    c.groups = {Group{10, QStringLiteral("ДО-19-3"), 1, 2, {}, {}},
                Group{20, QStringLiteral("ЭБ-23-1"), 2, 5, {}, {}},
                Group{30, QStringLiteral("ТМ-24-1"), 1, 0, {}, {}}};
    c.students = {student(1001, 10), student(1002, 10), student(1003, 10), student(2001, 20),
                  student(2002, 20)};
    c.orders = {order(1, 1001, 10, Kind::Enrolment, sep1), order(2, 1002, 10, Kind::Enrolment, sep1),
                order(3, 2001, 20, Kind::Enrolment, sep1), order(4, 2002, 20, Kind::Enrolment, sep1),
                order(5, 2002, 20, Kind::Withdrawal, dec1)};
    c.parentLinks = {{501, 1001, {}}, {502, 1002, {}}, {503, 1003, {}}, {504, 2001, {}}, {505, 2002, {}}};
    c.subjects = {{100, QStringLiteral("Английский язык"), QStringLiteral("ОГСЭ")},
                  {200, QStringLiteral("История"), QString()}};
    c.assignments = {{1, 3, 10, 100, 72}, {2, 4, 10, 200, 48}, {3, 4, 20, 200, 48}};
    return c;
}

static const ChatKey staffRoom{ChatType::StaffRoom, 0, 0};
static ChatKey groupChat(qint64 group)
{
    return {ChatType::Group, group, 0};
}
static ChatKey parentsChat(qint64 group)
{
    return {ChatType::Parents, group, 0};
}
static ChatKey subjectChat(qint64 group, qint64 subject)
{
    return {ChatType::Subject, group, subject};
}

static PlannedChat find(const QList<PlannedChat> &chats, const ChatKey &key)
{
    for (const PlannedChat &chat : chats)
        if (chat.key == key)
            return chat;
    return {};
}

static QString chatName(const ChatKey &key)
{
    QString name = Chats::typeName(key.type);
    if (key.groupId)
        name += QLatin1Char(' ') + QString::number(key.groupId);
    if (key.subjectId)
        name += QLatin1Char('/') + QString::number(key.subjectId);
    return name;
}

static QString ids(const ChatMembers &m)
{
    QStringList parts;
    const auto add = [&](const char *what, const Ids &list) {
        if (list.isEmpty())
            return;
        QStringList numbers;
        for (qint64 id : list)
            numbers << QString::number(id);
        parts << QLatin1String(what) + QLatin1Char(' ') + numbers.join(QLatin1Char(' '));
    };
    add("staff", m.staff);
    add("students", m.students);
    add("parents", m.parents);
    return parts.join(QStringLiteral("; "));
}

static QString describe(const ChatChange &c)
{
    static const char *const kinds[] = {"staff", "student", "parent"};
    const QString person =
        QLatin1String(kinds[int(c.personKind)]) + QLatin1Char(' ') + QString::number(c.personId);
    switch (c.kind) {
    case ChatChange::Kind::Create:
        return QStringLiteral("create %1 «%2» with %3").arg(chatName(c.chat), c.title, ids(c.members));
    case ChatChange::Kind::AddMember:
        return QStringLiteral("add %1 to %2").arg(person, chatName(c.chat));
    case ChatChange::Kind::RemoveMember:
        return QStringLiteral("remove %1 from %2").arg(person, chatName(c.chat));
    case ChatChange::Kind::MakeAdmin:
        return QStringLiteral("make %1 admin of %2").arg(person, chatName(c.chat));
    case ChatChange::Kind::UnmakeAdmin:
        return QStringLiteral("unmake %1 admin of %2").arg(person, chatName(c.chat));
    case ChatChange::Kind::Delete:
        return QStringLiteral("delete %1 «%2»").arg(chatName(c.chat), c.title);
    }
    return {};
}

static QStringList describe(const QList<ChatChange> &changes)
{
    QStringList out;
    for (const ChatChange &c : changes)
        out << describe(c);
    return out;
}

static ExistingChat existing(qint64 id, const PlannedChat &p)
{
    return {id, p.key, p.title, p.members, p.admins};
}

// ---------------------------------------------------------------------------------------------------------------

void TestChatRules::title_data()
{
    QTest::addColumn<ChatType>("type");
    QTest::addColumn<QString>("group");
    QTest::addColumn<Subject>("subject");
    QTest::addColumn<QString>("expected");

    const Subject english{100, QStringLiteral("Английский язык"), QStringLiteral("ОГСЭ")};
    const Subject history{200, QStringLiteral("История"), QString()};
    QTest::newRow("«Наименование чата ДО-19-3/Английский язык(ОГСЭ)»")
        << ChatType::Subject << QStringLiteral("ДО-19-3") << english
        << QStringLiteral("ДО-19-3/Английский язык(ОГСЭ)");
    QTest::newRow("«чат по предмету ЭБ-23-1/История»: no cycle, no brackets")
        << ChatType::Subject << QStringLiteral("ЭБ-23-1") << history << QStringLiteral("ЭБ-23-1/История");
    QTest::newRow("«Группа» is named after the group")
        << ChatType::Group << QStringLiteral("ЭБ-23-1") << Subject{} << QStringLiteral("ЭБ-23-1");
    QTest::newRow("«чат \"Родители\" ЭБ-23-1»")
        << ChatType::Parents << QStringLiteral("ЭБ-23-1") << Subject{} << QStringLiteral("ЭБ-23-1/Родители");
    QTest::newRow("«Учительская», one per college")
        << ChatType::StaffRoom << QString() << Subject{} << QStringLiteral("Учительская");
}

void TestChatRules::title()
{
    QFETCH(ChatType, type);
    QFETCH(QString, group);
    QFETCH(Subject, subject);
    QFETCH(QString, expected);
    QCOMPARE(Chats::title(type, group, subject), expected);
}

void TestChatRules::plannedChats_data()
{
    QTest::addColumn<ChatKey>("key");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("members");
    QTest::addColumn<QString>("admins");

    QTest::newRow("«В чат \"Учительская\" … все пользователи с ролью \"Преподаватель-предметник\"»; admin: "
                  "«администратор "
                  "АИС ПОО»")
        << staffRoom << QStringLiteral("Учительская") << QStringLiteral("staff 1 3 4 5")
        << QStringLiteral("staff 1");
    QTest::newRow(
        "«В чат \"Группа\" … куратор и все зачисленные (и не выбывшие) студенты»; admin: the curator")
        << groupChat(10) << QStringLiteral("ДО-19-3") << QStringLiteral("staff 2; students 1001 1002")
        << QStringLiteral("staff 2");
    QTest::newRow("«Группа»: the withdrawn student 2002 is not in")
        << groupChat(20) << QStringLiteral("ЭБ-23-1") << QStringLiteral("staff 5; students 2001")
        << QStringLiteral("staff 5");
    QTest::newRow("«В чат \"Родители\" … куратор и все родители всех зачисленных (и не выбывших) студентов»")
        << parentsChat(10) << QStringLiteral("ДО-19-3/Родители") << QStringLiteral("staff 2; parents 501 502")
        << QStringLiteral("staff 2");
    QTest::newRow("«Родители»: not the parent of the withdrawn student")
        << parentsChat(20) << QStringLiteral("ЭБ-23-1/Родители") << QStringLiteral("staff 5; parents 504")
        << QStringLiteral("staff 5");
    QTest::newRow("«В чат \"Предмет\" … преподаватель-предметник и все учащиеся данного предмета в группе»")
        << subjectChat(10, 100) << QStringLiteral("ДО-19-3/Английский язык(ОГСЭ)")
        << QStringLiteral("staff 3; students 1001 1002") << QStringLiteral("staff 3");
    QTest::newRow("«Предмет»: one per group and subject")
        << subjectChat(20, 200) << QStringLiteral("ЭБ-23-1/История")
        << QStringLiteral("staff 4; students 2001") << QStringLiteral("staff 4");
}

void TestChatRules::plannedChats()
{
    QFETCH(ChatKey, key);
    QFETCH(QString, title);
    QFETCH(QString, members);
    QFETCH(QString, admins);

    const PlannedChat chat = find(Chats::plannedChats(college(), dec5), key);
    QCOMPARE(chat.key, key);
    QCOMPARE(chat.title, title);
    QCOMPARE(ids(chat.members), members);
    QCOMPARE(ids(chat.admins), admins);
}

void TestChatRules::newGroupGetsGroupAndParents()
{
    // «При создании каждой новой группы автоматически создаются два чата: группа и родители.»
    QList<ChatKey> keys;
    for (const PlannedChat &chat : Chats::plannedChats(college(), dec5))
        keys << chat.key;
    QCOMPARE(keys, (QList<ChatKey>{staffRoom, groupChat(10), parentsChat(10), subjectChat(10, 100),
                                   subjectChat(10, 200), groupChat(20), parentsChat(20), subjectChat(20, 200),
                                   groupChat(30), parentsChat(30)}));
    QCOMPARE(ids(find(Chats::plannedChats(college(), dec5), groupChat(30)).members), QString());
}

void TestChatRules::readsCollegeData()
{
    const ChatInputs c = college();
    CollegeData data;
    data.staff = c.staff;
    data.groups = c.groups;
    data.students = c.students;
    data.orders = c.orders;
    data.parentLinks = c.parentLinks;
    data.subjects = c.subjects;
    data.assignments = c.assignments;
    QCOMPARE(Chats::plannedChats(Chats::chatInputs(data), dec5), Chats::plannedChats(c, dec5));
    QCOMPARE(Chats::plannedChats(c, dec5).size(), 10);
}

void TestChatRules::orderChangesMembers_data()
{
    // Student 1003 of ДО-19-3, whose parent is 503: «При зачислении и выбытии, а также при отмене приказа на
    // зачисление или выбытие в системе автоматически корректируется список участников любого чата.»
    QTest::addColumn<QList<EnrolmentOrder>>("orders");
    QTest::addColumn<bool>("member");
    QTest::addColumn<QStringList>("changesFromBefore");

    const EnrolmentOrder enrol = order(10, 1003, 10, Kind::Enrolment, dec1);
    const EnrolmentOrder withdraw = order(11, 1003, 10, Kind::Withdrawal, dec5);
    const QStringList joins{QStringLiteral("add student 1003 to Группа 10"),
                            QStringLiteral("add parent 503 to Родители 10"),
                            QStringLiteral("add student 1003 to Предметы 10/100"),
                            QStringLiteral("add student 1003 to Предметы 10/200")};
    const QStringList leaves{QStringLiteral("remove student 1003 from Группа 10"),
                             QStringLiteral("remove parent 503 from Родители 10"),
                             QStringLiteral("remove student 1003 from Предметы 10/100"),
                             QStringLiteral("remove student 1003 from Предметы 10/200")};
    QTest::newRow("no order: in no chat") << QList<EnrolmentOrder>{} << false << QStringList{};
    QTest::newRow("зачисление: joins «Группа», «Родители», «Предмет»") << QList{enrol} << true << joins;
    QTest::newRow("выбытие: leaves them") << QList{enrol, withdraw} << false << leaves;
    QTest::newRow("отмена приказа о выбытии: joins again")
        << QList{enrol, withdraw, order(12, 1003, 10, Kind::CancelWithdrawal, dec10, 11)} << true << joins;
    QTest::newRow("отмена приказа о зачислении: leaves again")
        << QList{enrol, order(12, 1003, 10, Kind::CancelEnrolment, dec10, 10)} << false << leaves;
}

void TestChatRules::orderChangesMembers()
{
    QFETCH(QList<EnrolmentOrder>, orders);
    QFETCH(bool, member);
    QFETCH(QStringList, changesFromBefore);

    ChatInputs c = college();
    c.orders << orders;
    const QList<PlannedChat> after = Chats::plannedChats(c, dec10);
    QCOMPARE(find(after, groupChat(10)).members.students.contains(1003), member);
    QCOMPARE(find(after, parentsChat(10)).members.parents.contains(503), member);
    QCOMPARE(find(after, subjectChat(10, 100)).members.students.contains(1003), member);
    QCOMPARE(find(after, subjectChat(10, 200)).members.students.contains(1003), member);
    QCOMPARE(find(after, staffRoom).members, find(Chats::plannedChats(college(), dec10), staffRoom).members);

    // The chats as they were before the last order, brought to what they should be now.
    ChatInputs before = c;
    if (!orders.isEmpty())
        before.orders.removeLast();
    QList<ExistingChat> has;
    for (const PlannedChat &chat : Chats::plannedChats(before, dec10))
        has << existing(has.size() + 1, chat);
    QCOMPARE(describe(Chats::changes(after, has)), changesFromBefore);
}

void TestChatRules::chatsForRole_data()
{
    QTest::addColumn<Chats::PersonKind>("kind");
    QTest::addColumn<qint64>("person");
    QTest::addColumn<QList<ChatKey>>("expected");

    using Chats::PersonKind;
    QTest::newRow("«Чаты, автоматически доступные куратору: \"Учительская\", \"Группа\", \"Родители\"»")
        << PersonKind::Staff << qint64(2) << QList<ChatKey>{staffRoom, groupChat(10), parentsChat(10)};
    QTest::newRow("«… преподавателю-предметнику: \"Учительская\", \"Группа\", \"Предмет\"»")
        << PersonKind::Staff << qint64(3) << QList<ChatKey>{staffRoom, groupChat(10), subjectChat(10, 100)};
    QTest::newRow("a teacher of two groups: «Предмет» «по группам»")
        << PersonKind::Staff << qint64(4)
        << QList<ChatKey>{staffRoom, groupChat(10), subjectChat(10, 200), groupChat(20),
                          subjectChat(20, 200)};
    QTest::newRow("a curator who is a teacher without lessons")
        << PersonKind::Staff << qint64(5) << QList<ChatKey>{staffRoom, groupChat(20), parentsChat(20)};
    QTest::newRow("the admin gets none by role") << PersonKind::Staff << qint64(1) << QList<ChatKey>{};
    QTest::newRow("«студентам: \"Группа\" и \"Предмет\" (чат по каждому предмету…)»")
        << PersonKind::Student << qint64(1001)
        << QList<ChatKey>{groupChat(10), subjectChat(10, 100), subjectChat(10, 200)};
    QTest::newRow("a student without an enrolment order gets none")
        << PersonKind::Student << qint64(1003) << QList<ChatKey>{};
    QTest::newRow("a withdrawn student gets none") << PersonKind::Student << qint64(2002) << QList<ChatKey>{};
    QTest::newRow("«родителям: \"Родители\" (чат … по группе, в которой обучается их ребёнок)»")
        << PersonKind::Parent << qint64(504) << QList<ChatKey>{parentsChat(20)};
    QTest::newRow("the parent of a withdrawn student gets none")
        << PersonKind::Parent << qint64(505) << QList<ChatKey>{};
}

void TestChatRules::chatsForRole()
{
    QFETCH(Chats::PersonKind, kind);
    QFETCH(qint64, person);
    QFETCH(QList<ChatKey>, expected);
    const QList<ChatKey> keys = Chats::chatsForRole(college(), kind, person, dec5);
    QStringList got, want;
    for (const ChatKey &k : keys)
        got << chatName(k);
    for (const ChatKey &k : expected)
        want << chatName(k);
    QCOMPARE(got, want);
}

void TestChatRules::mayCreate_data()
{
    QTest::addColumn<qint64>("who");
    QTest::addColumn<ChatKey>("chat");
    QTest::addColumn<ChatMembers>("members");
    QTest::addColumn<bool>("expected");

    const ChatMembers anyone{{2, 3}, {1001, 2001}, {501}};
    QTest::newRow("«администратор может создать чат любого типа с произвольным набором пользователей»")
        << qint64(1) << subjectChat(20, 100) << anyone << true;
    QTest::newRow("the right «Управление чатами»: «создания или удаления любого чата»")
        << qint64(6) << staffRoom << anyone << true;
    QTest::newRow("«Куратор может создать чаты только \"Группа\"…»")
        << qint64(2) << groupChat(10) << anyone << true;
    QTest::newRow("«… и \"Родители\"»") << qint64(2) << parentsChat(10) << anyone << true;
    QTest::newRow("«… и только по своим группам»") << qint64(2) << groupChat(20) << anyone << false;
    QTest::newRow("a curator may not create «Учительская»")
        << qint64(2) << staffRoom << ChatMembers{} << false;
    QTest::newRow("a curator may not create «Предметы»")
        << qint64(2) << subjectChat(10, 100) << ChatMembers{} << false;
    QTest::newRow("«Преподавателю-предметнику доступно создание чата только с типом \"Предметы\"…»")
        << qint64(3) << subjectChat(10, 100) << ChatMembers{{3}, {1001, 1002}, {}} << true;
    QTest::newRow("«… и только со студентами, которые изучают его предметы»")
        << qint64(3) << subjectChat(10, 100) << ChatMembers{{3}, {1001, 2001}, {}} << false;
    QTest::newRow("a teacher of two groups may take students of both")
        << qint64(4) << subjectChat(20, 200) << ChatMembers{{4}, {1001, 2001}, {}} << true;
    QTest::newRow("a teacher, not for a subject he does not teach")
        << qint64(3) << subjectChat(10, 200) << ChatMembers{{3}, {1001}, {}} << false;
    QTest::newRow("a teacher, not with parents")
        << qint64(3) << subjectChat(10, 100) << ChatMembers{{3}, {}, {501}} << false;
    QTest::newRow("a teacher may not create «Группа»")
        << qint64(3) << groupChat(10) << ChatMembers{} << false;
    QTest::newRow("a teacher who is a curator: «Группа» of own group")
        << qint64(5) << groupChat(20) << anyone << true;
}

void TestChatRules::mayCreate()
{
    QFETCH(qint64, who);
    QFETCH(ChatKey, chat);
    QFETCH(ChatMembers, members);
    QFETCH(bool, expected);
    const ChatInputs c = college();
    QCOMPARE(Chats::mayCreate(c.staff.at(who - 1), chat, members, c, dec5), expected);
}

void TestChatRules::mayEditMembers_data()
{
    QTest::addColumn<StaffMember>("who");
    QTest::addColumn<ChatMembers>("admins");
    QTest::addColumn<bool>("expected");

    QTest::newRow(
        "«Преподаватель, который является администратором своего чата, может изменять список участников»")
        << staff(3, Role::SubjectTeacher) << ChatMembers{{3}, {}, {}} << true;
    QTest::newRow("«… только в своём чате»")
        << staff(3, Role::SubjectTeacher) << ChatMembers{{4}, {}, {}} << false;
    QTest::newRow("a curator, in a chat he does not administer")
        << staff(2, Role::Curator) << ChatMembers{{1}, {}, {}} << false;
    QTest::newRow("«Управление чатами»: «добавления новых участников в любой чат»")
        << staff(6, {}, Right::ManageChats) << ChatMembers{{4}, {}, {}} << true;
    QTest::newRow("the college admin, in any chat") << staff(1, Role::Admin) << ChatMembers{} << true;
}

void TestChatRules::mayEditMembers()
{
    QFETCH(StaffMember, who);
    QFETCH(ChatMembers, admins);
    QFETCH(bool, expected);
    QCOMPARE(Chats::mayEditMembers(who, admins), expected);
}

void TestChatRules::withoutProfile_data()
{
    QTest::addColumn<ChatMembers>("withVkId");
    QTest::addColumn<QString>("notLinked");
    QTest::addColumn<QString>("inVk");
    QTest::addColumn<QString>("adminsInVk");

    // «ДО-19-3/Родители» should have staff 2 and parents 501, 502.
    QTest::newRow("everyone linked") << ChatMembers{{2}, {}, {501, 502}} << QString()
                                     << QStringLiteral("staff 2; parents 501 502")
                                     << QStringLiteral("staff 2");
    QTest::newRow("a parent without a VK id is listed as «не привязан профиль»")
        << ChatMembers{{2}, {}, {502}} << QStringLiteral("parents 501")
        << QStringLiteral("staff 2; parents 502") << QStringLiteral("staff 2");
    QTest::newRow("a curator without a VK id: no admin in VK")
        << ChatMembers{{}, {1001}, {501, 502}} << QStringLiteral("staff 2")
        << QStringLiteral("parents 501 502") << QString();
}

void TestChatRules::withoutProfile()
{
    QFETCH(ChatMembers, withVkId);
    QFETCH(QString, notLinked);
    QFETCH(QString, inVk);
    QFETCH(QString, adminsInVk);
    const PlannedChat chat = find(Chats::plannedChats(college(), dec5), parentsChat(10));
    QCOMPARE(ids(Chats::membersWithoutProfile(chat.members, withVkId)), notLinked);
    const PlannedChat vk = Chats::withProfileOnly(chat, withVkId);
    QCOMPARE(ids(vk.members), inVk);
    QCOMPARE(ids(vk.admins), adminsInVk);
}

void TestChatRules::changes_data()
{
    QTest::addColumn<QList<PlannedChat>>("should");
    QTest::addColumn<QList<ExistingChat>>("has");
    QTest::addColumn<bool>("deleteUnplanned");
    QTest::addColumn<QStringList>("expected");

    const PlannedChat group{groupChat(10), QStringLiteral("ДО-19-3"), {{2}, {1001, 1002}, {}}, {{2}, {}, {}}};
    const PlannedChat parents{
        parentsChat(10), QStringLiteral("ДО-19-3/Родители"), {{2}, {}, {501}}, {{2}, {}, {}}};

    QTest::newRow("«Если … какие-либо из чатов отсутствуют - то система создает их», members in one call")
        << QList{group} << QList<ExistingChat>{} << false
        << QStringList{QStringLiteral("create Группа 10 «ДО-19-3» with staff 2; students 1001 1002"),
                       QStringLiteral("make staff 2 admin of Группа 10")};
    QTest::newRow("«… добавляет недостающих»")
        << QList{group}
        << QList{ExistingChat{7, groupChat(10), QStringLiteral("ДО-19-3"), {{2}, {1001}, {}}, {{2}, {}, {}}}}
        << false << QStringList{QStringLiteral("add student 1002 to Группа 10")};
    QTest::newRow("«… убирает лишних участников»")
        << QList{group}
        << QList{ExistingChat{
               7, groupChat(10), QStringLiteral("ДО-19-3"), {{2, 3}, {1001, 1002, 2001}, {}}, {{2}, {}, {}}}}
        << false
        << QStringList{QStringLiteral("remove staff 3 from Группа 10"),
                       QStringLiteral("remove student 2001 from Группа 10")};
    QTest::newRow("a new curator: made admin, the old one unmade before he leaves")
        << QList{group}
        << QList{ExistingChat{
               7, groupChat(10), QStringLiteral("ДО-19-3"), {{5}, {1001, 1002}, {}}, {{5}, {}, {}}}}
        << false
        << QStringList{QStringLiteral("add staff 2 to Группа 10"),
                       QStringLiteral("make staff 2 admin of Группа 10"),
                       QStringLiteral("unmake staff 5 admin of Группа 10"),
                       QStringLiteral("remove staff 5 from Группа 10")};
    QTest::newRow("an admin assigned by hand who stays a member stays an admin")
        << QList{group}
        << QList{ExistingChat{
               7, groupChat(10), QStringLiteral("ДО-19-3"), {{2}, {1001, 1002}, {}}, {{2}, {1001}, {}}}}
        << false << QStringList{};
    QTest::newRow("a chat no longer planned is kept")
        << QList{group}
        << QList{existing(7, group),
                 ExistingChat{8, parentsChat(20), QStringLiteral("ЭБ-23-1/Родители"), {}, {}}}
        << false << QStringList{};
    QTest::newRow("… and deleted only when asked")
        << QList{group}
        << QList{existing(7, group),
                 ExistingChat{8, parentsChat(20), QStringLiteral("ЭБ-23-1/Родители"), {}, {}}}
        << true << QStringList{QStringLiteral("delete Родители 20 «ЭБ-23-1/Родители»")};
    QTest::newRow("stable order: the planned chats' order, whatever the order of the existing ones")
        << QList{group, parents}
        << QList{ExistingChat{8, parentsChat(10), QString(), {{2}, {}, {}}, {{2}, {}, {}}},
                 ExistingChat{7, groupChat(10), QString(), {{2}, {1001}, {}}, {{2}, {}, {}}}}
        << false
        << QStringList{QStringLiteral("add student 1002 to Группа 10"),
                       QStringLiteral("add parent 501 to Родители 10")};
}

void TestChatRules::changes()
{
    QFETCH(QList<PlannedChat>, should);
    QFETCH(QList<ExistingChat>, has);
    QFETCH(bool, deleteUnplanned);
    QFETCH(QStringList, expected);
    const QList<ChatChange> changes = Chats::changes(
        should, has, deleteUnplanned ? Chats::UnplannedChats::Delete : Chats::UnplannedChats::Keep);
    QCOMPARE(describe(changes), expected);
    for (const ChatChange &change : changes) {
        if (change.kind == ChatChange::Kind::Create)
            QCOMPARE(change.chatId, qint64(0));
        else if (change.kind != ChatChange::Kind::MakeAdmin)
            QVERIFY(change.chatId != 0);
    }
}

void TestChatRules::changesAreIdempotent()
{
    // A chat's diff with itself is empty; a college brought to its plan needs nothing more.
    const QList<PlannedChat> should = Chats::plannedChats(college(), dec5);
    QList<ExistingChat> has;
    for (const PlannedChat &chat : should)
        has << existing(has.size() + 1, chat);
    QVERIFY(Chats::changes(should, has).isEmpty());
    QVERIFY(Chats::changes(should, has, Chats::UnplannedChats::Delete).isEmpty());
    QCOMPARE(Chats::changes(should, {}).size(),
             should.size() + 8); // a Create per chat, a MakeAdmin per default admin
}

QTEST_GUILESS_MAIN(TestChatRules)
#include "tst_chatrules.moc"
