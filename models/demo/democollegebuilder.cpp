#include "demo/democollegebuilder.h"

#include "demo/democalendar.h"
#include "demo/demojournal.h"
#include "demo/demolms.h"
#include "accounts/loginpolicy.h"
#include "demo/russiannames.h"

#include <QStringList>

#include <algorithm>

namespace {

// Salts of the independent streams, one per part of the college.
enum class Stream : quint64 { Organisation = 1, Groups, Assignments, Staff, Students, Orders, Journals, Lms };

DemoRandom stream(const DemoRandom &root, Stream which)
{
    return root.fork(quint64(which));
}

struct StudentDraft
{
    Student student;
    Gender gender = Gender::Male;
    int surname = 0;
    int father = 0;
    bool guardians = false; // brought up by grandparents under guardianship («опекун»)
};

bool byName(const StudentDraft &a, const StudentDraft &b)
{
    const PersonName &x = a.student.name;
    const PersonName &y = b.student.name;
    if (x.last != y.last)
        return x.last < y.last;
    if (x.first != y.first)
        return x.first < y.first;
    return x.middle < y.middle;
}

QString homeOrganisation(DemoRandom &rng)
{
    static const QStringList schools{
        QStringLiteral("МБОУ СОШ № 1 г. Южно-Сахалинска"),
        QStringLiteral("МАОУ СОШ № 2 г. Южно-Сахалинска"),
        QStringLiteral("МАОУ Гимназия № 3 г. Южно-Сахалинска"),
        QStringLiteral("МБОУ СОШ № 8 г. Южно-Сахалинска"),
        QStringLiteral("МБОУ СОШ № 9 г. Южно-Сахалинска"),
        QStringLiteral("МАОУ Лицей № 1 г. Южно-Сахалинска"),
        QStringLiteral("МБОУ СОШ с. Дачное"),
        QStringLiteral("МБОУ СОШ № 1 г. Корсакова"),
        QStringLiteral("МБОУ СОШ № 2 г. Холмска"),
        QStringLiteral("МБОУ СОШ № 1 г. Долинска"),
        QStringLiteral("МБОУ СОШ № 3 г. Анивы"),
        QStringLiteral("МБОУ СОШ № 1 г. Поронайска"),
    };
    return rng.pick(schools);
}

EntryMethod entryMethod(DemoRandom &rng)
{
    const int r = rng.below(100);
    if (r < 45)
        return EntryMethod::Import;
    if (r < 85)
        return EntryMethod::QuickEntry;
    return EntryMethod::OtherOrganisationList;
}

QString email(const PersonName &name, DemoRandom &rng)
{
    static const QStringList domains{QStringLiteral("mail.ru"),   QStringLiteral("yandex.ru"),
                                     QStringLiteral("gmail.com"), QStringLiteral("bk.ru"),
                                     QStringLiteral("inbox.ru"),  QStringLiteral("list.ru")};
    const QString last = RussianNames::transliterate(name.last);
    const QString local = rng.percent(50)
                              ? QString(RussianNames::transliterate(name.first) + QLatin1Char('.') + last)
                              : QString(last + QString::number(rng.between(65, 99)));
    return local + QLatin1Char('@') + rng.pick(domains);
}

} // namespace

DemoCollegeBuilder::DemoCollegeBuilder(DemoCollegeSize size, quint64 seed)
    : m_sizes(size == DemoCollegeSize::Large ? Sizes{150, 3000, 250, 4, 9, 2} : Sizes{8, 200, 30, 1, 2, 1}),
      m_kind(size), m_rng(seed)
{}

CollegeData DemoCollegeBuilder::build()
{
    makeOrganisation();
    makeGroups();
    makeAssignments();
    makeStaff();
    makeStudents();
    makeOrders();
    makeJournalsAndLms();
    return std::move(m_college);
}

QString DemoCollegeBuilder::phone(DemoRandom &rng)
{
    static const QList<int> codes{914, 924, 962, 984, 900, 902, 904, 908, 909, 950,
                                  951, 953, 961, 963, 964, 968, 977, 985, 999};
    return QStringLiteral("+7 %1 %2-%3-%4")
        .arg(rng.pick(codes))
        .arg(rng.below(1000), 3, 10, QLatin1Char('0'))
        .arg(rng.below(100), 2, 10, QLatin1Char('0'))
        .arg(rng.below(100), 2, 10, QLatin1Char('0'));
}

void DemoCollegeBuilder::makeOrganisation()
{
    DemoRandom rng = stream(m_rng, Stream::Organisation);
    Organisation &o = m_college.organisation;
    o.name = QStringLiteral("Государственное бюджетное профессиональное образовательное учреждение "
                            "«Южно-Сахалинский многопрофильный колледж»");
    o.shortName = QStringLiteral("ГБПОУ «Южно-Сахалинский многопрофильный колледж»");
    o.city = QStringLiteral("Южно-Сахалинск");
    o.vkCommunityId = QString::number(200000000 + rng.below(30000000));
    o.semesterTitle = QStringLiteral("1 семестр 2026/2027 учебного года");
    o.yearStart = QDate(DemoCalendar::semesterStart().year(), 9, 1);
    o.yearEnd = QDate(DemoCalendar::semesterStart().year() + 1, 8, 31);
}

Group &DemoCollegeBuilder::addGroup(const DemoSpecialty &specialty, int course, int number, DemoRandom &rng)
{
    const int year = DemoCalendar::admissionYear(course);
    Group g;
    g.id = m_college.groups.size() + 1;
    // «ДО-19-3»: the specialty, the year of admission, the group's number in that year.
    g.name = QStringLiteral("%1-%2-%3")
                 .arg(specialty.abbreviation)
                 .arg(year % 100, 2, 10, QLatin1Char('0'))
                 .arg(number);
    g.course = course;
    g.specialty = specialty.name;
    g.created = QDate(year, 8, 20).addDays(rng.below(10));
    m_college.groups << g;
    m_specialtyOfGroup << &specialty;
    return m_college.groups.last();
}

void DemoCollegeBuilder::makeGroups()
{
    DemoRandom rng = stream(m_rng, Stream::Groups);
    const QList<DemoSpecialty> &specialties = DemoCurriculum::specialties();
    m_college.groups.reserve(m_sizes.groups);

    if (m_kind == DemoCollegeSize::Default) {
        const char *const lineup[][2] = {{"ПКК", "1"}, {"ЭБАС", "1"}, {"ДО", "2"}, {"ЭБ", "2"},
                                         {"МСХ", "3"}, {"АМ", "3"},   {"ДО", "4"}, {"ВФ", "4"}};
        for (const auto &entry : lineup)
            addGroup(DemoCurriculum::specialty(QString::fromUtf8(entry[0])), entry[1][0] - '0', 1, rng);
        return;
    }

    // Spread each course's groups over the specialties taught that long, by popularity, at most nine a year.
    const int perCourse[] = {38, 38, 37, 37};
    for (int course = 1; course <= 4; ++course) {
        QList<int> counts(specialties.size(), 0);
        QList<int> weights(specialties.size(), 0);
        int left = perCourse[course - 1];
        for (qsizetype s = 0; s < specialties.size(); ++s) {
            if (specialties.at(s).lastCourse >= course) {
                counts[s] = 1;
                weights[s] = specialties.at(s).weight;
                --left;
            }
        }
        for (; left > 0; --left) {
            const int s = rng.weighted(weights);
            if (++counts[s] == 9)
                weights[s] = 0;
        }
        for (qsizetype s = 0; s < specialties.size(); ++s) {
            for (int number = 1; number <= counts.at(s); ++number)
                addGroup(specialties.at(s), course, number, rng);
        }
    }
}

qint64 DemoCollegeBuilder::subjectId(const DemoSubjectTemplate &subject)
{
    const QString key = subject.cycle + QLatin1Char('|') + subject.name;
    const auto it = m_subjectIds.constFind(key);
    if (it != m_subjectIds.constEnd())
        return it.value();
    Subject s;
    s.id = m_college.subjects.size() + 1;
    s.name = subject.name;
    s.cycle = subject.cycle;
    m_college.subjects << s;
    m_subjectTemplates << subject;
    m_subjectIds.insert(key, s.id);
    return s.id;
}

void DemoCollegeBuilder::makeAssignments()
{
    DemoRandom rng = stream(m_rng, Stream::Assignments);
    const int groups = int(m_college.groups.size());

    // 10–14 subjects a group, ≈ 13⅓ on average: 2,000 journals for 150 groups.
    QList<int> counts(groups);
    int total = 0;
    for (int &c : counts) {
        c = rng.between(10, 14);
        total += c;
    }
    const int target = groups * 40 / 3;
    while (total != target) {
        int &c = counts[rng.below(groups)];
        if (total < target && c < 14) {
            ++c;
            ++total;
        } else if (total > target && c > 10) {
            --c;
            --total;
        }
    }

    static const QList<int> generalHours{32, 34, 36, 38, 40, 44, 48, 51, 54};
    static const QList<int> sportHours{32, 34, 36, 40};
    static const QList<int> professionalHours{48, 51, 54, 56, 60, 64, 68, 72};

    m_college.assignments.reserve(target);
    for (const Group &group : std::as_const(m_college.groups)) {
        const DemoSemesterSubjects subjects =
            DemoCurriculum::semesterSubjects(*m_specialtyOfGroup.at(group.id - 1), group.course);
        QList<int> optional(subjects.optional.size());
        for (int i = 0; i < optional.size(); ++i)
            optional[i] = i;
        rng.shuffle(optional);
        optional.resize(counts.at(group.id - 1) - subjects.mandatory.size());
        std::sort(optional.begin(), optional.end());

        QList<DemoSubjectTemplate> chosen = subjects.mandatory;
        for (int i : std::as_const(optional))
            chosen << subjects.optional.at(i);

        for (const DemoSubjectTemplate &subject : std::as_const(chosen)) {
            TeachingAssignment a;
            a.id = m_college.assignments.size() + 1;
            a.groupId = group.id;
            a.subjectId = subjectId(subject);
            if (subject.mix.practice == 100)
                a.plannedHours = rng.pick(sportHours);
            else if (subject.department >= 10)
                a.plannedHours = rng.pick(professionalHours);
            else
                a.plannedHours = rng.pick(generalHours);
            m_college.assignments << a;
        }
    }
}

void DemoCollegeBuilder::makeStaff()
{
    DemoRandom rng = stream(m_rng, Stream::Staff);
    const int teachers = m_sizes.staff - 1 - m_sizes.curatorsOnly;
    m_college.staff.reserve(m_sizes.staff);

    auto add = [&](Roles roles, int femalePercent) -> StaffMember & {
        StaffMember m;
        m.id = m_college.staff.size() + 1;
        m.name = RussianNames::randomAdult(rng, rng.percent(femalePercent) ? Gender::Female : Gender::Male);
        m.roles = roles;
        m.phone = phone(rng);
        m_college.staff << m;
        return m_college.staff.last();
    };

    // Seed 004: the «Администратор ПОО» grants «Управление чатами» and holds it.
    add(Role::Admin, 70).rights = Right::ManageChats;
    QList<qint64> teacherIds, curatorOnlyIds;
    for (int i = 0; i < teachers; ++i)
        teacherIds << add(Role::SubjectTeacher, 78).id;
    for (int i = 0; i < m_sizes.curatorsOnly; ++i)
        curatorOnlyIds << add(Role::Curator, 85).id;

    assignTeachers(teacherIds);
    assignCurators(teacherIds, curatorOnlyIds, rng);

    QList<qint64> others;
    for (const StaffMember &m : std::as_const(m_college.staff)) {
        if (!m.hasRole(Role::Admin))
            others << m.id;
    }
    rng.shuffle(others);
    for (int i = 0; i < m_sizes.chatManagers; ++i)
        m_college.staff[others.at(i) - 1].rights |= Right::ManageChats;

    for (StaffMember &m : m_college.staff)
        m.login = m_logins.personLogin(m.name);
}

void DemoCollegeBuilder::assignTeachers(const QList<qint64> &teacherIds)
{
    // A teacher teaches one subject (or two neighbouring ones) to several groups: the journals sorted by
    // department and subject, cut into equal runs.
    QList<qsizetype> order(m_college.assignments.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) {
        const TeachingAssignment &a = m_college.assignments.at(x);
        const TeachingAssignment &b = m_college.assignments.at(y);
        const int da = m_subjectTemplates.at(a.subjectId - 1).department;
        const int db = m_subjectTemplates.at(b.subjectId - 1).department;
        if (da != db)
            return da < db;
        return a.subjectId != b.subjectId ? a.subjectId < b.subjectId : a.groupId < b.groupId;
    });
    const qsizetype count = order.size();
    const qsizetype teachers = teacherIds.size();
    for (qsizetype t = 0; t < teachers; ++t) {
        for (qsizetype i = t * count / teachers; i < (t + 1) * count / teachers; ++i)
            m_college.assignments[order.at(i)].teacherId = teacherIds.at(t);
    }
}

void DemoCollegeBuilder::assignCurators(const QList<qint64> &teacherIds, const QList<qint64> &curatorOnlyIds,
                                        DemoRandom &rng)
{
    QList<qint64> groups;
    for (const Group &g : std::as_const(m_college.groups))
        groups << g.id;
    rng.shuffle(groups);

    QList<QList<qint64>> teachersOfGroup(m_college.groups.size() + 1);
    for (const TeachingAssignment &a : std::as_const(m_college.assignments)) {
        if (!teachersOfGroup.at(a.groupId).contains(a.teacherId))
            teachersOfGroup[a.groupId] << a.teacherId;
    }

    QList<int> curated(m_college.staff.size() + 1, 0);
    auto appoint = [&](qint64 groupId, qint64 staffId) {
        m_college.groups[groupId - 1].curatorId = staffId;
        m_college.staff[staffId - 1].roles |= Role::Curator;
        ++curated[staffId];
    };

    qsizetype next = 0;
    for (qint64 id : curatorOnlyIds)
        appoint(groups.at(next++), id);
    // A curator usually teaches in the group; otherwise the least busy teacher takes it.
    for (; next < groups.size(); ++next) {
        const qint64 groupId = groups.at(next);
        const QList<qint64> &candidates = teachersOfGroup.at(groupId);
        const int offset = rng.below(int(candidates.size()));
        qint64 chosen = 0;
        for (qsizetype i = 0; i < candidates.size() && chosen == 0; ++i) {
            const qint64 id = candidates.at((offset + i) % candidates.size());
            if (curated.at(id) == 0)
                chosen = id;
        }
        if (chosen == 0) {
            chosen = teacherIds.first();
            for (qint64 id : teacherIds) {
                if (curated.at(id) < curated.at(chosen))
                    chosen = id;
            }
        }
        appoint(groupId, chosen);
    }
}

void DemoCollegeBuilder::makeStudents()
{
    DemoRandom rng = stream(m_rng, Stream::Students);
    const int groups = int(m_college.groups.size());
    m_college.students.reserve(m_sizes.students);
    m_college.parents.reserve(m_sizes.students * 2);
    m_college.parentLinks.reserve(m_sizes.students * 2);

    // Equal groups, then pairs of neighbours trade up to five students: the total stays exact.
    QList<int> sizes(groups, m_sizes.students / groups);
    for (int i = 0; i < m_sizes.students % groups; ++i)
        ++sizes[i];
    for (int i = 0; i + 1 < groups; i += 2) {
        const int d = rng.below(6);
        sizes[i] += d;
        sizes[i + 1] -= d;
    }

    int unti = 1200000 + rng.below(100000);
    const QString mother = QStringLiteral("мать"), father = QStringLiteral("отец"),
                  guardian = QStringLiteral("опекун");
    const QString motherPrefix = QStringLiteral("м"), fatherPrefix = QStringLiteral("п"),
                  guardianPrefix = QStringLiteral("о");

    QList<StudentDraft> drafts;
    for (const Group &group : std::as_const(m_college.groups)) {
        const DemoSpecialty &specialty = *m_specialtyOfGroup.at(group.id - 1);
        drafts.clear();
        for (int i = 0; i < sizes.at(group.id - 1); ++i) {
            StudentDraft d;
            d.gender = rng.percent(specialty.femalePercent) ? Gender::Female : Gender::Male;
            d.surname = RussianNames::randomSurname(rng);
            d.father = RussianNames::randomFatherName(rng);
            d.guardians = rng.percent(3);
            Student &s = d.student;
            s.name.last = RussianNames::surname(d.surname, d.gender);
            s.name.first = RussianNames::randomYoungName(rng, d.gender);
            s.name.middle = RussianNames::patronymic(d.father, d.gender);
            s.groupId = group.id;
            // 16–20 on 1 September: a first-year is 16 or 17, a fourth-year 19 or 20.
            const int age = 15 + group.course + (rng.percent(20) ? 1 : 0);
            s.birthDate = QDate(DemoCalendar::semesterStart().year() - age, 9, 1).addDays(-rng.below(365));
            s.entry = entryMethod(rng);
            if (s.entry == EntryMethod::OtherOrganisationList)
                s.homeOrganisation = homeOrganisation(rng);
            drafts << d;
        }
        std::stable_sort(drafts.begin(), drafts.end(), byName);

        for (StudentDraft &d : drafts) {
            Student &s = d.student;
            s.id = m_college.students.size() + 1;
            unti += 1 + rng.below(97);
            s.untiId = QString::number(unti);
            if (Accounts::organisationIssuesLogin(s.entry))
                s.login = m_logins.personLogin(s.name);
            m_college.students << s;

            // The mother carries the family name in its feminine form, the father in its masculine one; the
            // child's patronymic comes from the father's name.
            for (int p = 0; p < 2; ++p) {
                const Gender gender = p == 0 ? Gender::Female : Gender::Male;
                Parent parent;
                parent.id = m_college.parents.size() + 1;
                parent.name.last = RussianNames::surname(d.surname, gender);
                if (gender == Gender::Female)
                    parent.name.first = RussianNames::randomAdultFemaleName(rng);
                else
                    parent.name.first = RussianNames::fatherName(
                        d.guardians ? RussianNames::randomFatherName(rng) : d.father);
                parent.name.middle = RussianNames::patronymic(RussianNames::randomFatherName(rng), gender);
                parent.entry = s.entry;
                parent.homeOrganisation = s.homeOrganisation;
                if (rng.percent(97))
                    parent.phone = phone(rng);

                const int consent = rng.below(100);
                if (consent < 78) {
                    parent.consent = Parent::Consent::Given;
                    parent.contactSource = rng.percent(80) ? Parent::ContactSource::Electronic
                                                           : Parent::ContactSource::InWriting;
                } else if (consent < 84) {
                    parent.consent = Parent::Consent::Refused;
                    parent.contactSource =
                        rng.percent(70) ? Parent::ContactSource::InWriting : Parent::ContactSource::Unknown;
                } else {
                    parent.consent = Parent::Consent::NotAsked;
                    const int source = rng.below(100);
                    parent.contactSource = source < 70   ? Parent::ContactSource::Unknown
                                           : source < 85 ? Parent::ContactSource::InWriting
                                                         : Parent::ContactSource::Electronic;
                }
                if (parent.consent != Parent::Consent::NotAsked) {
                    const int year = DemoCalendar::admissionYear(m_college.groups.at(s.groupId - 1).course);
                    parent.consentDate = QDate(year, 8, 15).addDays(rng.below(30));
                }
                if (parent.contactSource == Parent::ContactSource::Electronic && rng.percent(60))
                    parent.email = email(parent.name, rng);

                const QString &relation = d.guardians ? guardian : (p == 0 ? mother : father);
                const QString &prefix = d.guardians ? guardianPrefix : (p == 0 ? motherPrefix : fatherPrefix);
                if (Accounts::organisationIssuesLogin(parent.entry))
                    parent.login = m_logins.parentLogin(prefix, s.name);
                m_college.parentLinks << ParentLink{parent.id, s.id, relation};
                m_college.parents << parent;
            }
        }
    }
}

void DemoCollegeBuilder::makeOrders()
{
    DemoRandom rng = stream(m_rng, Stream::Orders);
    const QList<Student> &students = m_college.students;
    m_college.orders.reserve(students.size() + students.size() / 10);

    // Enrolment orders on 1 September of the year of admission, oldest intake first so that ids follow the
    // calendar; one order number per group, each year's numbering going on from where it stood.
    QList<int> nextNumber(5);
    for (int course = 1; course <= 4; ++course)
        nextNumber[course] = rng.between(150, 210);
    QList<QString> numberOfGroup(m_college.groups.size() + 1);
    QList<qint64> enrolmentOf(students.size() + 1);
    for (int course = 4; course >= 1; --course) {
        for (const Group &g : std::as_const(m_college.groups)) {
            if (g.course == course)
                numberOfGroup[g.id] = QStringLiteral("%1-к").arg(nextNumber[course]++);
        }
        for (const Student &s : students) {
            const Group &g = m_college.groups.at(s.groupId - 1);
            if (g.course != course)
                continue;
            EnrolmentOrder o;
            o.id = m_college.orders.size() + 1;
            o.studentId = s.id;
            o.groupId = s.groupId;
            o.kind = EnrolmentOrder::Kind::Enrolment;
            o.date = QDate(DemoCalendar::admissionYear(course), 9, 1);
            o.number = numberOfGroup.at(g.id);
            enrolmentOf[s.id] = o.id;
            m_college.orders << o;
        }
    }

    // This semester's movements: ~3 % leave («выбытие»); a few of those orders are cancelled, and a few
    // first-years who never came have their enrolment cancelled.
    auto teachingDayFrom = [](QDate date) {
        while (!DemoCalendar::isTeachingDay(date))
            date = date.addDays(1);
        return date;
    };
    const QDate firstWithdrawal(2026, 9, 14), lastWithdrawal(2026, 12, 18), lastCancelled(2026, 12, 10);
    const int n = int(students.size());
    const int withdrawals = std::max(2, n * 3 / 100);
    const int cancelledWithdrawals = std::max(1, n / 400);
    const int cancelledEnrolments = std::max(1, n / 500);

    struct Movement
    {
        QDate date;
        qint64 studentId;
        EnrolmentOrder::Kind kind;
    };
    QList<Movement> moves;
    QList<qint64> ids(n);
    for (int i = 0; i < n; ++i)
        ids[i] = i + 1;
    rng.shuffle(ids);
    for (int i = 0; i < withdrawals; ++i) {
        const bool cancelled = i < cancelledWithdrawals;
        const int span = int(firstWithdrawal.daysTo(cancelled ? lastCancelled : lastWithdrawal));
        const QDate date = teachingDayFrom(firstWithdrawal.addDays(rng.below(span + 1)));
        moves << Movement{date, ids.at(i), EnrolmentOrder::Kind::Withdrawal};
        if (cancelled)
            moves << Movement{teachingDayFrom(date.addDays(rng.between(3, 12))), ids.at(i),
                              EnrolmentOrder::Kind::CancelWithdrawal};
    }
    int found = 0;
    for (int i = withdrawals; i < n && found < cancelledEnrolments; ++i) {
        if (m_college.groups.at(students.at(ids.at(i) - 1).groupId - 1).course != 1)
            continue;
        moves << Movement{teachingDayFrom(QDate(2026, 9, 2).addDays(rng.below(10))), ids.at(i),
                          EnrolmentOrder::Kind::CancelEnrolment};
        ++found;
    }
    std::sort(moves.begin(), moves.end(), [](const Movement &a, const Movement &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.studentId != b.studentId ? a.studentId < b.studentId : int(a.kind) < int(b.kind);
    });

    QList<qint64> withdrawalOf(n + 1);
    int number = nextNumber[1] + rng.between(5, 20);
    for (const Movement &m : std::as_const(moves)) {
        EnrolmentOrder o;
        o.id = m_college.orders.size() + 1;
        o.studentId = m.studentId;
        o.groupId = students.at(m.studentId - 1).groupId;
        o.kind = m.kind;
        o.date = m.date;
        o.number = QStringLiteral("%1-к").arg(number++);
        if (m.kind == EnrolmentOrder::Kind::Withdrawal)
            withdrawalOf[m.studentId] = o.id;
        else if (m.kind == EnrolmentOrder::Kind::CancelWithdrawal)
            o.cancelsOrderId = withdrawalOf.at(m.studentId);
        else if (m.kind == EnrolmentOrder::Kind::CancelEnrolment)
            o.cancelsOrderId = enrolmentOf.at(m.studentId);
        m_college.orders << o;
    }
}

void DemoCollegeBuilder::makeJournalsAndLms()
{
    DemoRandom journalRng = stream(m_rng, Stream::Journals);
    DemoJournal::fill(m_college, m_subjectTemplates, journalRng);

    // The БАС programs go to the БАС groups, two to a program; where there are too few, to the mechanics.
    QList<qint64> candidates;
    for (const QString &abbreviation :
         {QStringLiteral("ЭБАС"), QStringLiteral("АМ"), QStringLiteral("МСХ")}) {
        for (const Group &g : std::as_const(m_college.groups)) {
            if (m_specialtyOfGroup.at(g.id - 1)->abbreviation == abbreviation)
                candidates << g.id;
        }
    }
    QList<QList<qint64>> takers;
    for (int p = 0; p < m_sizes.programs; ++p)
        takers << candidates.mid(p * 2, 2);
    DemoRandom lmsRng = stream(m_rng, Stream::Lms);
    DemoLms::fill(m_college, takers, lmsRng);
}
