#include "demo/democollegegenerator.h"
#include "college/enrolmentstatus.h"
#include "accounts/loginpolicy.h"
#include "demo/russiannames.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

class TestDemoCollegeGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void sameSeedSameCollege_data();
    void sameSeedSameCollege();
    void pinnedChecksum();
    void otherSeedOtherCollege();

    void sizes_data();
    void sizes();
    void idsDenseFromOne_data();
    void idsDenseFromOne();
    void everyGroupHasACurator_data();
    void everyGroupHasACurator();
    void staffRoles_data();
    void staffRoles();
    void groupNamesFollowAdmissionYear_data();
    void groupNamesFollowAdmissionYear();
    void feminineForms_data();
    void feminineForms();
    void namesAgreeWithGender_data();
    void namesAgreeWithGender();
    void birthDatesFitTheCourse_data();
    void birthDatesFitTheCourse();
    void parentsAndLinks_data();
    void parentsAndLinks();
    void loginsUniqueAndIssuedByEntry_data();
    void loginsUniqueAndIssuedByEntry();
    void enrolmentOrders_data();
    void enrolmentOrders();
    void lessonsSpanTheSemesterOnWeekdays_data();
    void lessonsSpanTheSemesterOnWeekdays();
    void marksOnlyForEnrolledStudentsUpToTheDay_data();
    void marksOnlyForEnrolledStudentsUpToTheDay();
    void basProgram_data();
    void basProgram();

private:
    void addSizeColumn();
    const CollegeData &college(DemoCollegeSize size) const;

    CollegeData m_default;
    CollegeData m_large;
};

namespace {

const QDate marksUntil(2026, 11, 24);

// Every field of the college, in order, with separators: equal bytes mean an equal college.
QByteArray checksum(const CollegeData &c)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    auto add = [&](const auto &value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, QString>)
            buffer += value.toUtf8();
        else if constexpr (std::is_same_v<T, QDate>)
            buffer += QByteArray::number(value.isValid() ? value.toJulianDay() : -1);
        else if constexpr (std::is_same_v<T, bool>)
            buffer += value ? '1' : '0';
        else if constexpr (std::is_enum_v<T>)
            buffer += QByteArray::number(qint64(value));
        else
            buffer += QByteArray::number(qint64(value));
        buffer += '\x1f';
    };
    auto addName = [&](const PersonName &n) {
        add(n.last);
        add(n.first);
        add(n.middle);
    };
    auto flush = [&] {
        buffer += '\x1e';
        hash.addData(buffer);
        buffer.clear();
    };

    const Organisation &o = c.organisation;
    add(o.name), add(o.shortName), add(o.city), add(o.vkCommunityId), add(o.semesterTitle), flush();
    for (const StaffMember &s : c.staff)
        add(s.id), addName(s.name), add(int(s.roles)), add(int(s.rights)), add(s.login), add(s.phone),
            flush();
    for (const Group &g : c.groups)
        add(g.id), add(g.name), add(g.course), add(g.curatorId), add(g.specialty), add(g.created), flush();
    for (const Student &s : c.students)
        add(s.id), addName(s.name), add(s.groupId), add(s.birthDate), add(s.untiId), add(s.login),
            add(s.entry), add(s.homeOrganisation), flush();
    for (const EnrolmentOrder &e : c.orders)
        add(e.id), add(e.studentId), add(e.groupId), add(e.kind), add(e.date), add(e.number),
            add(e.cancelsOrderId), flush();
    for (const Parent &p : c.parents)
        add(p.id), addName(p.name), add(p.phone), add(p.email), add(p.login), add(p.entry),
            add(p.homeOrganisation), add(p.contactSource), add(p.consent), add(p.consentDate), flush();
    for (const ParentLink &l : c.parentLinks)
        add(l.parentId), add(l.studentId), add(l.relation), flush();
    for (const Subject &s : c.subjects)
        add(s.id), add(s.name), add(s.cycle), flush();
    for (const TeachingAssignment &a : c.assignments)
        add(a.id), add(a.teacherId), add(a.groupId), add(a.subjectId), add(a.plannedHours), flush();
    for (const Lesson &l : c.lessons)
        add(l.id), add(l.assignmentId), add(l.date), add(l.academicHours), add(l.type), add(l.topic),
            add(l.topicFromPlan), add(l.homework), flush();
    for (const Mark &m : c.marks)
        add(m.lessonId), add(m.studentId), add(m.value), add(m.absent), flush();
    for (const Program &p : c.programs)
        add(p.id), add(p.title), add(p.flowId), flush();
    for (const ProgramBlock &b : c.blocks)
        add(b.id), add(b.programId), add(b.title), add(b.kind), add(b.number), add(b.requiresFinalDocuments),
            flush();
    for (const Activity &a : c.activities)
        add(a.id), add(a.blockId), add(a.groupId), add(a.title), add(a.type), add(a.position),
            add(a.attestation), add(a.blockAttestation), add(a.externalWebinar), flush();
    return hash.result().toHex();
}

template<typename T> bool denseFromOne(const QList<T> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id != i + 1)
            return false;
    }
    return true;
}

bool isFemale(const PersonName &name)
{
    return name.middle.endsWith(QStringLiteral("на"));
}

bool endsWithAny(const QString &text, std::initializer_list<const char *> endings)
{
    return std::any_of(endings.begin(), endings.end(),
                       [&](const char *ending) { return text.endsWith(QString::fromUtf8(ending)); });
}

// Иванов / Иванова, Гайворонский / Гайворонская: a surname must not carry the other gender's ending.
bool surnameAgrees(const PersonName &name)
{
    if (isFemale(name))
        return !endsWithAny(name.last, {"ов", "ев", "ин", "ын", "ский", "цкий", "ой", "ый"});
    return !endsWithAny(name.last, {"ова", "ева", "ина", "ына", "ая"});
}

bool patronymicAgrees(const PersonName &name)
{
    return isFemale(name) ? endsWithAny(name.middle, {"вна", "чна"})
                          : endsWithAny(name.middle, {"вич", "ич"});
}

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (QDate(day.year(), birth.month(),
              std::min(birth.day(), QDate(day.year(), birth.month(), 1).daysInMonth())) > day)
        --age;
    return age;
}

} // namespace

void TestDemoCollegeGenerator::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_default = Demo::generateDemoCollege(DemoCollegeSize::Default);
    const qint64 defaultMs = timer.restart();
    m_large = Demo::generateDemoCollege(DemoCollegeSize::Large);
    const qint64 largeMs = timer.elapsed();
    qInfo("generated: default %lld ms (%lld lessons, %lld cells); large %lld ms (%lld lessons, %lld cells)",
          defaultMs, qint64(m_default.lessons.size()), qint64(m_default.marks.size()), largeMs,
          qint64(m_large.lessons.size()), qint64(m_large.marks.size()));
}

void TestDemoCollegeGenerator::addSizeColumn()
{
    QTest::addColumn<DemoCollegeSize>("size");
    QTest::newRow("default college") << DemoCollegeSize::Default;
    QTest::newRow("large college") << DemoCollegeSize::Large;
}

const CollegeData &TestDemoCollegeGenerator::college(DemoCollegeSize size) const
{
    return size == DemoCollegeSize::Large ? m_large : m_default;
}

void TestDemoCollegeGenerator::sameSeedSameCollege_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::sameSeedSameCollege()
{
    QFETCH(DemoCollegeSize, size);
    QCOMPARE(checksum(Demo::generateDemoCollege(size)), checksum(college(size)));
}

void TestDemoCollegeGenerator::pinnedChecksum()
{
    // Changing the generator changes every demo cache: do it on purpose and update this value with it.
    QCOMPARE(checksum(m_default),
             QByteArray("c687d9edc45aa966580f04724dffc2c63ec3ce9b18bdea2fec2921f1f8370c8f"));
}

void TestDemoCollegeGenerator::otherSeedOtherCollege()
{
    const CollegeData other = Demo::generateDemoCollege(DemoCollegeSize::Default, 20250902);
    QVERIFY(checksum(other) != checksum(m_default));
    QCOMPARE(other.students.size(), m_default.students.size());
    QVERIFY(other.students.first().name != m_default.students.first().name);
}

void TestDemoCollegeGenerator::sizes_data()
{
    QTest::addColumn<DemoCollegeSize>("size");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("students");
    QTest::addColumn<int>("parents");
    QTest::addColumn<int>("minStaff");
    QTest::addColumn<int>("maxStaff");
    QTest::addColumn<int>("minAssignments");
    QTest::addColumn<int>("maxAssignments");
    QTest::newRow("default: ≈ 8 groups, 200 students")
        << DemoCollegeSize::Default << 8 << 200 << 400 << 25 << 35 << 80 << 112;
    QTest::newRow("large: 3,000 students, 150 groups, 6,000 parents, 250 staff, ≈ 2,000 assignments")
        << DemoCollegeSize::Large << 150 << 3000 << 6000 << 250 << 250 << 1950 << 2050;
}

void TestDemoCollegeGenerator::sizes()
{
    QFETCH(DemoCollegeSize, size);
    QFETCH(int, groups);
    QFETCH(int, students);
    QFETCH(int, parents);
    QFETCH(int, minStaff);
    QFETCH(int, maxStaff);
    QFETCH(int, minAssignments);
    QFETCH(int, maxAssignments);
    const CollegeData &c = college(size);
    QCOMPARE(c.groups.size(), groups);
    QCOMPARE(c.students.size(), students);
    QCOMPARE(c.parents.size(), parents);
    QVERIFY2(c.staff.size() >= minStaff && c.staff.size() <= maxStaff,
             qPrintable(QString::number(c.staff.size())));
    QVERIFY2(c.assignments.size() >= minAssignments && c.assignments.size() <= maxAssignments,
             qPrintable(QString::number(c.assignments.size())));
    for (int course = 1; course <= 4; ++course) {
        const auto inCourse = std::count_if(c.groups.cbegin(), c.groups.cend(),
                                            [&](const Group &g) { return g.course == course; });
        QVERIFY2(inCourse >= groups / 4 - 1,
                 qPrintable(QStringLiteral("course %1: %2").arg(course).arg(inCourse)));
    }
    QVERIFY(!c.lessons.isEmpty());
    QVERIFY(!c.marks.isEmpty());
    QVERIFY(!c.organisation.name.isEmpty());
    QVERIFY(!c.organisation.vkCommunityId.isEmpty());
}

void TestDemoCollegeGenerator::idsDenseFromOne_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::idsDenseFromOne()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    QVERIFY(denseFromOne(c.staff));
    QVERIFY(denseFromOne(c.groups));
    QVERIFY(denseFromOne(c.students));
    QVERIFY(denseFromOne(c.orders));
    QVERIFY(denseFromOne(c.parents));
    QVERIFY(denseFromOne(c.subjects));
    QVERIFY(denseFromOne(c.assignments));
    QVERIFY(denseFromOne(c.lessons));
    QVERIFY(denseFromOne(c.programs));
    QVERIFY(denseFromOne(c.blocks));
    QVERIFY(denseFromOne(c.activities));
}

void TestDemoCollegeGenerator::everyGroupHasACurator_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::everyGroupHasACurator()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    for (const Group &g : c.groups) {
        QVERIFY2(g.curatorId >= 1 && g.curatorId <= c.staff.size(), qPrintable(g.name));
        QVERIFY2(c.staff.at(g.curatorId - 1).hasRole(Role::Curator), qPrintable(g.name));
    }
    // Curators are normally teachers too.
    const auto teachingCurators = std::count_if(c.staff.cbegin(), c.staff.cend(), [](const StaffMember &m) {
        return m.hasRole(Role::Curator) && m.hasRole(Role::SubjectTeacher);
    });
    const auto curators = std::count_if(c.staff.cbegin(), c.staff.cend(),
                                        [](const StaffMember &m) { return m.hasRole(Role::Curator); });
    QVERIFY(teachingCurators * 10 >= curators * 8);
}

void TestDemoCollegeGenerator::staffRoles_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::staffRoles()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    const auto admins = std::count_if(c.staff.cbegin(), c.staff.cend(),
                                      [](const StaffMember &m) { return m.hasRole(Role::Admin); });
    QCOMPARE(admins, 1);
    for (const StaffMember &m : c.staff) {
        QVERIFY(m.roles != Roles());
        if (m.hasRole(Role::Admin))
            QVERIFY(m.hasRight(Right::ManageChats));
        QVERIFY(m.phone.startsWith(QStringLiteral("+7 9")));
    }
    const auto chatManagers = std::count_if(c.staff.cbegin(), c.staff.cend(), [](const StaffMember &m) {
        return !m.hasRole(Role::Admin) && m.hasRight(Right::ManageChats);
    });
    QVERIFY(chatManagers >= 2);
    QVERIFY(chatManagers * 10 < c.staff.size());

    QHash<qint64, int> perGroup;
    QSet<qint64> teaching;
    for (const TeachingAssignment &a : c.assignments) {
        QVERIFY(a.teacherId >= 1 && a.teacherId <= c.staff.size());
        QVERIFY2(c.staff.at(a.teacherId - 1).hasRole(Role::SubjectTeacher),
                 qPrintable(QString::number(a.id)));
        QVERIFY(a.subjectId >= 1 && a.subjectId <= c.subjects.size());
        QVERIFY(a.groupId >= 1 && a.groupId <= c.groups.size());
        QVERIFY2(a.plannedHours >= 32 && a.plannedHours <= 72, qPrintable(QString::number(a.plannedHours)));
        ++perGroup[a.groupId];
        teaching.insert(a.teacherId);
    }
    for (const Group &g : c.groups)
        QVERIFY2(perGroup.value(g.id) >= 10 && perGroup.value(g.id) <= 14, qPrintable(g.name));
    // Every subject teacher has journals.
    for (const StaffMember &m : c.staff) {
        if (m.hasRole(Role::SubjectTeacher))
            QVERIFY2(teaching.contains(m.id), qPrintable(m.name.full()));
    }
    // Cycles as the seed writes them: «Английский язык(ОГСЭ)».
    QVERIFY(std::any_of(c.subjects.cbegin(), c.subjects.cend(), [](const Subject &s) {
        return s.displayName() == QStringLiteral("Английский язык(ОГСЭ)");
    }));
    for (const char *cycle : {"ОГСЭ", "ЕН", "ОП", "ПМ.01"}) {
        QVERIFY2(std::any_of(c.subjects.cbegin(), c.subjects.cend(),
                             [&](const Subject &s) { return s.cycle == QString::fromUtf8(cycle); }),
                 cycle);
    }
}

void TestDemoCollegeGenerator::groupNamesFollowAdmissionYear_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::groupNamesFollowAdmissionYear()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    // «ДО-19-3»; in 2026/27 the first course entered in 2026, the fourth in 2023.
    const QRegularExpression pattern(QStringLiteral("^[А-Я]{2,4}-(\\d{2})-\\d$"));
    QSet<QString> names;
    for (const Group &g : c.groups) {
        const QRegularExpressionMatch match = pattern.match(g.name);
        QVERIFY2(match.hasMatch(), qPrintable(g.name));
        QCOMPARE(match.captured(1).toInt(), 27 - g.course);
        QVERIFY(g.course >= 1 && g.course <= 4);
        QVERIFY(!g.specialty.isEmpty());
        QVERIFY2(g.created.isValid() && g.created < QDate(2000 + 27 - g.course, 9, 1), qPrintable(g.name));
        QVERIFY2(!names.contains(g.name), qPrintable(g.name));
        names.insert(g.name);
    }
}

void TestDemoCollegeGenerator::feminineForms_data()
{
    QTest::addColumn<QString>("masculine");
    QTest::addColumn<QString>("feminine");
    QTest::newRow("Иванов") << QStringLiteral("Иванов") << QStringLiteral("Иванова");
    QTest::newRow("Воробьев") << QStringLiteral("Воробьев") << QStringLiteral("Воробьева");
    QTest::newRow("Галочкин") << QStringLiteral("Галочкин") << QStringLiteral("Галочкина");
    QTest::newRow("Гайворонский") << QStringLiteral("Гайворонский") << QStringLiteral("Гайворонская");
    QTest::newRow("Высоцкий") << QStringLiteral("Высоцкий") << QStringLiteral("Высоцкая");
    QTest::newRow("Толстой") << QStringLiteral("Толстой") << QStringLiteral("Толстая");
    QTest::newRow("Каган stays") << QStringLiteral("Каган") << QStringLiteral("Каган");
    QTest::newRow("Цымбал stays") << QStringLiteral("Цымбал") << QStringLiteral("Цымбал");
    QTest::newRow("Седых stays") << QStringLiteral("Седых") << QStringLiteral("Седых");
    QTest::newRow("Шевченко stays") << QStringLiteral("Шевченко") << QStringLiteral("Шевченко");
    QTest::newRow("Сергеевич") << QStringLiteral("Сергеевич") << QStringLiteral("Сергеевна");
    QTest::newRow("Владимирович") << QStringLiteral("Владимирович") << QStringLiteral("Владимировна");
    QTest::newRow("Юрьевич") << QStringLiteral("Юрьевич") << QStringLiteral("Юрьевна");
    QTest::newRow("Никитич") << QStringLiteral("Никитич") << QStringLiteral("Никитична");
    QTest::newRow("Ильич") << QStringLiteral("Ильич") << QStringLiteral("Ильинична");
}

void TestDemoCollegeGenerator::feminineForms()
{
    QFETCH(QString, masculine);
    QFETCH(QString, feminine);
    if (masculine.endsWith(QStringLiteral("ич")))
        QCOMPARE(RussianNames::femininePatronymic(masculine), feminine);
    else
        QCOMPARE(RussianNames::feminineSurname(masculine), feminine);
}

void TestDemoCollegeGenerator::namesAgreeWithGender_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::namesAgreeWithGender()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    auto check = [](const PersonName &n) {
        return !n.last.isEmpty() && !n.first.isEmpty() && patronymicAgrees(n) && surnameAgrees(n);
    };
    for (const Student &s : c.students)
        QVERIFY2(check(s.name), qPrintable(s.name.full()));
    for (const Parent &p : c.parents)
        QVERIFY2(check(p.name), qPrintable(p.name.full()));
    for (const StaffMember &m : c.staff)
        QVERIFY2(check(m.name), qPrintable(m.name.full()));

    // The family shares its surname: the mother in the feminine form, the father in the masculine one.
    QHash<qint64, QList<ParentLink>> linksOf;
    for (const ParentLink &l : c.parentLinks)
        linksOf[l.studentId] << l;
    int families = 0;
    for (const Student &s : c.students) {
        const Parent *mother = nullptr;
        const Parent *father = nullptr;
        for (const ParentLink &l : linksOf.value(s.id)) {
            const Parent &p = c.parents.at(l.parentId - 1);
            if (l.relation == QStringLiteral("мать")) {
                QVERIFY2(isFemale(p.name), qPrintable(p.name.full()));
                mother = &p;
            } else if (l.relation == QStringLiteral("отец")) {
                QVERIFY2(!isFemale(p.name), qPrintable(p.name.full()));
                father = &p;
            }
        }
        if (!mother || !father)
            continue;
        ++families;
        QCOMPARE(mother->name.last, RussianNames::feminineSurname(father->name.last));
        QCOMPARE(s.name.last, isFemale(s.name) ? mother->name.last : father->name.last);
    }
    QVERIFY(families * 10 >= c.students.size() * 9);
}

void TestDemoCollegeGenerator::birthDatesFitTheCourse_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::birthDatesFitTheCourse()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    const QDate sept1(2026, 9, 1);
    for (const Student &s : c.students) {
        const int course = c.groups.at(s.groupId - 1).course;
        const int age = ageOn(s.birthDate, sept1);
        QVERIFY2(age >= 16 && age <= 20, qPrintable(s.name.full()));
        QVERIFY2(age - course == 15 || age - course == 16, qPrintable(s.name.full()));
    }
}

void TestDemoCollegeGenerator::parentsAndLinks_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::parentsAndLinks()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    QSet<qint64> linkedStudents, linkedParents;
    const QSet<QString> relations{QStringLiteral("мать"), QStringLiteral("отец"), QStringLiteral("опекун")};
    for (const ParentLink &l : c.parentLinks) {
        QVERIFY(l.parentId >= 1 && l.parentId <= c.parents.size());
        QVERIFY(l.studentId >= 1 && l.studentId <= c.students.size());
        QVERIFY2(relations.contains(l.relation), qPrintable(l.relation));
        linkedStudents.insert(l.studentId);
        linkedParents.insert(l.parentId);
    }
    QCOMPARE(linkedStudents.size(), c.students.size());
    QCOMPARE(linkedParents.size(), c.parents.size());

    QHash<Parent::Consent, int> consent;
    QHash<Parent::ContactSource, int> source;
    int emails = 0;
    for (const Parent &p : c.parents) {
        ++consent[p.consent];
        ++source[p.contactSource];
        if (!p.email.isEmpty()) {
            QVERIFY2(p.email.contains(QLatin1Char('@')), qPrintable(p.email));
            ++emails;
        }
        if (!p.phone.isEmpty())
            QVERIFY2(QRegularExpression(QStringLiteral("^\\+7 9\\d\\d \\d{3}-\\d{2}-\\d{2}$"))
                         .match(p.phone)
                         .hasMatch(),
                     qPrintable(p.phone));
        QCOMPARE(p.consentDate.isValid(), p.consent != Parent::Consent::NotAsked);
    }
    const int n = int(c.parents.size());
    QVERIFY(consent.value(Parent::Consent::Given) * 2 > n);
    QVERIFY(consent.value(Parent::Consent::Refused) > 0);
    QVERIFY(consent.value(Parent::Consent::NotAsked) > 0);
    QVERIFY(source.value(Parent::ContactSource::Electronic) * 2 > n);
    QVERIFY(source.value(Parent::ContactSource::InWriting) > 0);
    QVERIFY(emails > 0 && emails < n);

    QHash<EntryMethod, int> entry;
    QSet<QString> untiIds;
    for (const Student &s : c.students) {
        ++entry[s.entry];
        QCOMPARE(s.homeOrganisation.isEmpty(), s.entry != EntryMethod::OtherOrganisationList);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{6,9}$")).match(s.untiId).hasMatch(),
                 qPrintable(s.untiId));
        untiIds.insert(s.untiId);
    }
    QCOMPARE(untiIds.size(), c.students.size());
    QVERIFY(entry.value(EntryMethod::OtherOrganisationList) > 0);
    QVERIFY(entry.value(EntryMethod::QuickEntry) + entry.value(EntryMethod::Import) >
            2 * entry.value(EntryMethod::OtherOrganisationList));
}

void TestDemoCollegeGenerator::loginsUniqueAndIssuedByEntry_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::loginsUniqueAndIssuedByEntry()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    QSet<QString> logins;
    auto take = [&](const QString &login) {
        if (login.isEmpty())
            return true;
        if (logins.contains(login))
            return false;
        logins.insert(login);
        return true;
    };
    for (const StaffMember &m : c.staff) {
        QVERIFY(!m.login.isEmpty());
        QVERIFY2(take(m.login), qPrintable(m.login));
    }
    // Seed 002: one enrolled from another organisation's list signs in with that organisation's login.
    for (const Student &s : c.students) {
        QCOMPARE(s.login.isEmpty(), !Accounts::organisationIssuesLogin(s.entry));
        QVERIFY2(take(s.login), qPrintable(s.login));
    }
    for (const Parent &p : c.parents) {
        QCOMPARE(p.login.isEmpty(), !Accounts::organisationIssuesLogin(p.entry));
        QVERIFY2(take(p.login), qPrintable(p.login));
    }
}

void TestDemoCollegeGenerator::enrolmentOrders_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::enrolmentOrders()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    using Kind = EnrolmentOrder::Kind;
    QHash<qint64, QList<EnrolmentOrder>> ordersOf;
    QHash<Kind, int> kinds;
    for (const EnrolmentOrder &o : c.orders) {
        QVERIFY(o.studentId >= 1 && o.studentId <= c.students.size());
        QCOMPARE(o.groupId, c.students.at(o.studentId - 1).groupId);
        QVERIFY(!o.number.isEmpty());
        ordersOf[o.studentId] << o;
        ++kinds[o.kind];
        if (o.kind == Kind::Enrolment) {
            const int course = c.groups.at(o.groupId - 1).course;
            QCOMPARE(o.date, QDate(2027 - course, 9, 1));
            QCOMPARE(o.cancelsOrderId, 0);
        } else {
            QVERIFY2(o.date >= QDate(2026, 9, 1) && o.date <= QDate(2026, 12, 27), qPrintable(o.number));
        }
        if (o.kind == Kind::CancelEnrolment || o.kind == Kind::CancelWithdrawal) {
            QVERIFY(o.cancelsOrderId >= 1 && o.cancelsOrderId < o.id);
            const EnrolmentOrder &cancelled = c.orders.at(o.cancelsOrderId - 1);
            QCOMPARE(cancelled.studentId, o.studentId);
            QCOMPARE(cancelled.kind, o.kind == Kind::CancelEnrolment ? Kind::Enrolment : Kind::Withdrawal);
            QVERIFY(cancelled.date <= o.date);
        }
    }
    for (const Student &s : c.students) {
        const QList<EnrolmentOrder> &own = ordersOf.value(s.id);
        QCOMPARE(
            std::count_if(own.cbegin(), own.cend(), [](const auto &o) { return o.kind == Kind::Enrolment; }),
            1);
    }
    const int n = int(c.students.size());
    QVERIFY2(kinds.value(Kind::Withdrawal) * 100 >= n * 2 && kinds.value(Kind::Withdrawal) * 100 <= n * 4,
             qPrintable(QString::number(kinds.value(Kind::Withdrawal))));
    QVERIFY(kinds.value(Kind::CancelWithdrawal) >= 1);
    QVERIFY(kinds.value(Kind::CancelEnrolment) >= 1);
    QVERIFY(kinds.value(Kind::CancelWithdrawal) + kinds.value(Kind::CancelEnrolment) <= n / 100 + 2);

    // The status the orders give at the semester's end: the withdrawn are gone, the rest are there.
    int withdrawn = 0;
    for (const Student &s : c.students) {
        if (College::enrolmentStatus(ordersOf.value(s.id), QDate(2026, 12, 27)) == EnrolmentStatus::Withdrawn)
            ++withdrawn;
    }
    QCOMPARE(withdrawn, kinds.value(Kind::Withdrawal) - kinds.value(Kind::CancelWithdrawal));
}

void TestDemoCollegeGenerator::lessonsSpanTheSemesterOnWeekdays_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::lessonsSpanTheSemesterOnWeekdays()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    QList<int> hours(c.assignments.size() + 1, 0);
    QHash<LessonType, int> types;
    int fromPlan = 0, homework = 0, held = 0, previousAssignment = 0;
    QDate previousDate;
    QDate first(2100, 1, 1), last(2000, 1, 1);
    for (const Lesson &l : c.lessons) {
        QVERIFY(l.assignmentId >= 1 && l.assignmentId <= c.assignments.size());
        QVERIFY2(l.date >= QDate(2026, 9, 1) && l.date <= QDate(2026, 12, 27), qPrintable(l.date.toString()));
        QVERIFY2(l.date.dayOfWeek() <= 5, qPrintable(l.date.toString()));
        QVERIFY(l.academicHours == 1 || l.academicHours == 2);
        QVERIFY(!l.topic.isEmpty());
        // One journal's lessons in date order, never two on one day.
        if (l.assignmentId == previousAssignment)
            QVERIFY(l.date > previousDate);
        previousAssignment = int(l.assignmentId);
        previousDate = l.date;
        hours[l.assignmentId] += l.academicHours;
        ++types[l.type];
        first = std::min(first, l.date);
        last = std::max(last, l.date);
        if (l.date <= marksUntil) {
            ++held;
            fromPlan += l.topicFromPlan ? 1 : 0;
            homework += l.homework.isEmpty() ? 0 : 1;
        } else {
            QVERIFY(l.topicFromPlan);
        }
    }
    // The КТП covers the hours by plan, over the whole semester.
    for (const TeachingAssignment &a : c.assignments)
        QCOMPARE(hours.at(a.id), a.plannedHours);
    QVERIFY(first <= QDate(2026, 9, 7));
    QVERIFY(last >= QDate(2026, 12, 18));
    for (LessonType t : {LessonType::Lecture, LessonType::Practice, LessonType::Laboratory,
                         LessonType::Seminar, LessonType::Test})
        QVERIFY(types.value(t) > 0);
    QVERIFY(types.value(LessonType::Lecture) > types.value(LessonType::Seminar));
    QVERIFY(types.value(LessonType::Practice) > types.value(LessonType::Test));
    QVERIFY(fromPlan * 100 >= held * 85 && fromPlan < held);
    QVERIFY(homework * 100 >= held * 15 && homework * 100 <= held * 60);
}

void TestDemoCollegeGenerator::marksOnlyForEnrolledStudentsUpToTheDay_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::marksOnlyForEnrolledStudentsUpToTheDay()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    QList<QList<EnrolmentOrder>> ordersOf(c.students.size() + 1);
    for (const EnrolmentOrder &o : c.orders)
        ordersOf[o.studentId] << o;
    QList<QList<qint64>> studentsOf(c.groups.size() + 1);
    for (const Student &s : c.students)
        studentsOf[s.groupId] << s.id;
    // Status per (student, day), asked of the one rule that decides it.
    QHash<quint64, bool> enrolledCache;
    auto enrolled = [&](qint64 studentId, const QDate &day) {
        const quint64 key = quint64(studentId) << 32 | quint64(day.toJulianDay() & 0xFFFFFFFF);
        auto it = enrolledCache.constFind(key);
        if (it != enrolledCache.constEnd())
            return it.value();
        const bool yes = College::enrolmentStatus(ordersOf.at(studentId), day) == EnrolmentStatus::Enrolled;
        enrolledCache.insert(key, yes);
        return yes;
    };

    qint64 cells = 0;
    for (const Lesson &l : c.lessons) {
        if (l.date > marksUntil)
            continue;
        for (qint64 id : studentsOf.at(c.assignments.at(l.assignmentId - 1).groupId))
            cells += enrolled(id, l.date) ? 1 : 0;
    }

    QSet<quint64> seen;
    seen.reserve(c.marks.size());
    qint64 marks = 0, absences = 0;
    QList<qint64> perValue(6, 0);
    for (const Mark &m : c.marks) {
        QVERIFY(m.lessonId >= 1 && m.lessonId <= c.lessons.size());
        QVERIFY(m.studentId >= 1 && m.studentId <= c.students.size());
        const Lesson &l = c.lessons.at(m.lessonId - 1);
        QVERIFY2(l.date <= marksUntil, qPrintable(l.date.toString()));
        QCOMPARE(c.students.at(m.studentId - 1).groupId, c.assignments.at(l.assignmentId - 1).groupId);
        QVERIFY2(enrolled(m.studentId, l.date), qPrintable(QString::number(m.studentId)));
        QVERIFY(m.absent ? m.value == 0 : (m.value >= 2 && m.value <= 5));
        const quint64 cell = quint64(m.lessonId) << 32 | quint64(m.studentId);
        QVERIFY2(!seen.contains(cell), "a journal cell twice");
        seen.insert(cell);
        if (m.absent)
            ++absences;
        else
            ++marks, ++perValue[m.value];
    }
    qInfo("%lld cells: %.1f %% marks, %.1f %% absences; 2/3/4/5: %lld/%lld/%lld/%lld", cells,
          100.0 * double(marks) / double(cells), 100.0 * double(absences) / double(cells), perValue[2],
          perValue[3], perValue[4], perValue[5]);
    QVERIFY(marks * 100 >= cells * 35 && marks * 100 <= cells * 45);
    QVERIFY(absences * 100 >= cells * 5 && absences * 100 <= cells * 8);
    // Weighted to fours and fives, with a few twos.
    QVERIFY(perValue[4] > perValue[3] && perValue[5] > perValue[3] && perValue[3] > perValue[2] &&
            perValue[2] > 0);
}

void TestDemoCollegeGenerator::basProgram_data()
{
    addSizeColumn();
}

void TestDemoCollegeGenerator::basProgram()
{
    QFETCH(DemoCollegeSize, size);
    const CollegeData &c = college(size);
    QVERIFY(!c.programs.isEmpty());
    QCOMPARE(c.programs.first().title, QStringLiteral("Эксплуатация беспилотных авиационных систем"));
    QSet<ActivityType> types;
    int externalWebinars = 0;
    for (const Program &p : c.programs) {
        QVERIFY(!p.flowId.isEmpty());
        QList<ProgramBlock> blocks;
        for (const ProgramBlock &b : c.blocks) {
            if (b.programId == p.id)
                blocks << b;
        }
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(0).kind, ProgramBlock::Kind::Theoretical);
        QCOMPARE(blocks.at(1).kind, ProgramBlock::Kind::Practical);
        QCOMPARE(blocks.at(2).kind, ProgramBlock::Kind::FinalAttestation);
        QVERIFY(blocks.at(2).requiresFinalDocuments);
        QVERIFY(!blocks.at(0).requiresFinalDocuments && !blocks.at(1).requiresFinalDocuments);

        QSet<qint64> takers;
        for (const ProgramBlock &b : blocks) {
            QHash<qint64, QList<Activity>> perGroup;
            for (const Activity &a : c.activities) {
                if (a.blockId == b.id)
                    perGroup[a.groupId] << a;
            }
            QVERIFY(!perGroup.isEmpty());
            for (auto it = perGroup.cbegin(); it != perGroup.cend(); ++it) {
                takers.insert(it.key());
                QList<Activity> acts = it.value();
                std::sort(acts.begin(), acts.end(),
                          [](const auto &x, const auto &y) { return x.position < y.position; });
                for (qsizetype i = 0; i < acts.size(); ++i) {
                    QCOMPARE(acts.at(i).position, i + 1);
                    types.insert(acts.at(i).type);
                    externalWebinars += acts.at(i).externalWebinar ? 1 : 0;
                    QVERIFY(!acts.at(i).externalWebinar || acts.at(i).type == ActivityType::Webinar);
                    QVERIFY(!acts.at(i).blockAttestation || acts.at(i).attestation);
                }
                const auto attestations = std::count_if(acts.cbegin(), acts.cend(),
                                                        [](const Activity &a) { return a.attestation; });
                const auto blockAttestations = std::count_if(
                    acts.cbegin(), acts.cend(), [](const Activity &a) { return a.blockAttestation; });
                if (b.kind == ProgramBlock::Kind::Practical) {
                    // Seed 000: with several attestations, only the last one is «Аттестация по блоку».
                    QVERIFY(attestations >= 2);
                    QCOMPARE(blockAttestations, 1);
                    const auto lastAttestation = std::find_if(
                        acts.crbegin(), acts.crend(), [](const Activity &a) { return a.attestation; });
                    QVERIFY(lastAttestation->blockAttestation);
                } else {
                    QCOMPARE(blockAttestations, 0);
                }
            }
        }
        QCOMPARE(takers.size(), 2);
    }
    QCOMPARE(types.size(), 7);
    QVERIFY(externalWebinars >= 1);
}

QTEST_GUILESS_MAIN(TestDemoCollegeGenerator)
#include "tst_democollegegenerator.moc"
