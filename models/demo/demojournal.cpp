#include "demo/demojournal.h"

#include "demo/democalendar.h"
#include "demo/demorandom.h"
#include "demo/demothematicplan.h"
#include "college/enrolmentstatus.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace {

// Whether a student may have a journal cell on a given day of the semester.
struct Attendance
{
    enum class Kind { Always, Never, ByDay };
    Kind kind = Kind::Always;
    QList<bool> enrolledOnDay; // by days since the semester's start, for ByDay
    int ability = 60;          // 0..100: how well the student does
    int absencePerMille = 60;  // how often the student misses a lesson
};

QList<QDate> teachingDays()
{
    QList<QDate> days;
    for (QDate d = DemoCalendar::semesterStart(); d <= DemoCalendar::semesterEnd(); d = d.addDays(1)) {
        if (DemoCalendar::isTeachingDay(d))
            days << d;
    }
    return days;
}

QList<Attendance> attendanceOf(const CollegeData &college, quint64 salt)
{
    const QDate start = DemoCalendar::semesterStart();
    const int heldDays = int(start.daysTo(DemoCalendar::marksUntil())) + 1;

    QList<QList<EnrolmentOrder>> orders(college.students.size() + 1);
    for (const EnrolmentOrder &order : college.orders)
        orders[order.studentId] << order;

    QList<Attendance> result(college.students.size() + 1);
    for (const Student &student : college.students) {
        Attendance &a = result[student.id];
        const quint64 h = DemoRandom::mix(salt + quint64(student.id));
        // The sum of two draws: most students are average, few are very weak or very strong.
        a.ability = 20 + int(((h & 0xFFFF) % 81 + ((h >> 16) & 0xFFFF) % 81) / 2);
        a.absencePerMille = 20 + int((h >> 32) % 60) + (100 - a.ability) / 3;

        const QList<EnrolmentOrder> &own = orders.at(student.id);
        const bool cancelledEnrolment = std::any_of(own.cbegin(), own.cend(), [](const EnrolmentOrder &o) {
            return o.kind == EnrolmentOrder::Kind::CancelEnrolment;
        });
        if (cancelledEnrolment) {
            a.kind = Attendance::Kind::Never; // never came to a lesson
        } else if (own.size() > 1 || own.value(0).date > start) {
            a.kind = Attendance::Kind::ByDay;
            a.enrolledOnDay.resize(heldDays);
            for (int day = 0; day < heldDays; ++day)
                a.enrolledOnDay[day] =
                    College::enrolmentStatus(own, start.addDays(day)) == EnrolmentStatus::Enrolled;
        }
    }
    return result;
}

QString homeworkFor(const PlannedLesson &row, bool testNext, DemoRandom &rng)
{
    static const QStringList lecture{QStringLiteral("Выучить конспект лекции"),
                                     QStringLiteral("Прочитать конспект, ответить на контрольные вопросы"),
                                     QStringLiteral("Подготовить сообщение по теме занятия"),
                                     QStringLiteral("Составить опорный конспект по теме")};
    static const QStringList practice{QStringLiteral("Завершить практическую работу"),
                                      QStringLiteral("Выполнить упражнения по теме занятия"),
                                      QStringLiteral("Решить задачи из раздаточного материала")};
    static const QStringList laboratory{
        QStringLiteral("Оформить отчёт по лабораторной работе"),
        QStringLiteral("Подготовить ответы на контрольные вопросы к лабораторной работе")};
    static const QStringList seminar{QStringLiteral("Подготовить доклад к семинару"),
                                     QStringLiteral("Составить тезисы выступления")};
    static const QString beforeTest = QStringLiteral("Подготовиться к контрольной работе");
    if (testNext)
        return beforeTest;
    switch (row.type) {
    case LessonType::Lecture:
        return rng.pick(lecture);
    case LessonType::Practice:
        return rng.pick(practice);
    case LessonType::Laboratory:
        return rng.pick(laboratory);
    case LessonType::Seminar:
        return rng.pick(seminar);
    case LessonType::Test:
        break;
    }
    return {};
}

// A mark on the five-point scale; the stronger the student, the more fours and fives.
int markFor(int ability, DemoRandom &rng)
{
    const int p2 = std::max(1, 12 - ability / 8);
    const int p3 = std::max(5, 42 - ability * 35 / 100);
    const int p5 = 6 + ability / 2;
    const int r = rng.below(100);
    if (r < p2)
        return 2;
    if (r < p2 + p3)
        return 3;
    if (r < 100 - p5)
        return 4;
    return 5;
}

int markChancePercent(LessonType type)
{
    switch (type) {
    case LessonType::Test:
        return 92;
    case LessonType::Lecture:
        return 30;
    case LessonType::Practice:
    case LessonType::Laboratory:
    case LessonType::Seminar:
        break;
    }
    return 50;
}

} // namespace

void DemoJournal::fill(CollegeData &college, const QList<DemoSubjectTemplate> &subjectTemplates,
                       DemoRandom &rng)
{
    const QList<QDate> days = teachingDays();
    const QDate start = DemoCalendar::semesterStart();
    const QDate until = DemoCalendar::marksUntil();
    const QList<Attendance> attendance = attendanceOf(college, rng.next());
    const quint64 subjectSalt = rng.next();
    const quint64 planSalt = rng.next();

    QList<QList<qint64>> studentsOfGroup(college.groups.size() + 1);
    for (const Student &student : college.students)
        studentsOfGroup[student.groupId] << student.id;

    // One КТП per subject and number of hours, shared by every group that studies it (and its strings with
    // it).
    QHash<quint64, QList<PlannedLesson>> plans;
    auto planFor = [&](const TeachingAssignment &a) -> const QList<PlannedLesson> & {
        const quint64 key = quint64(a.subjectId) * 1000 + quint64(a.plannedHours);
        auto it = plans.find(key);
        if (it == plans.end()) {
            DemoRandom planRng(DemoRandom::mix(planSalt ^ key));
            it = plans.insert(
                key, DemoThematicPlan::build(subjectTemplates.at(a.subjectId - 1), a.plannedHours, planRng));
        }
        return it.value();
    };

    qsizetype lessonCount = 0;
    for (const TeachingAssignment &a : std::as_const(college.assignments))
        lessonCount += (a.plannedHours + 1) / 2;
    college.lessons.reserve(lessonCount);
    college.marks.reserve(lessonCount *
                          (college.students.size() / std::max<qsizetype>(1, college.groups.size())) / 2);

    static const QStringList handTyped{
        QStringLiteral("Проверка уровня знаний"), QStringLiteral("Повторение пройденного материала"),
        QStringLiteral("Обобщение и систематизация знаний"), QStringLiteral("Работа над ошибками")};

    QList<int> abilities;
    const int dayCount = int(days.size());
    for (const TeachingAssignment &a : std::as_const(college.assignments)) {
        const QList<PlannedLesson> &plan = planFor(a);
        const QList<qint64> &students = studentsOfGroup.at(a.groupId);
        const bool sport = subjectTemplates.at(a.subjectId - 1).mix.practice == 100;

        abilities.resize(students.size());
        for (qsizetype s = 0; s < students.size(); ++s) {
            const quint64 h =
                DemoRandom::mix(subjectSalt ^ (quint64(students.at(s)) << 24) ^ quint64(a.subjectId));
            abilities[s] = std::clamp(attendance.at(students.at(s)).ability + int(h % 31) - 15, 0, 100);
        }

        const int n = int(plan.size());
        for (int i = 0; i < n; ++i) {
            const PlannedLesson &row = plan.at(i);
            // The semester split in equal slots, one lesson somewhere in each: the plan spans the whole
            // semester.
            const int first = int(qint64(i) * dayCount / n);
            const int last = int(qint64(i + 1) * dayCount / n) - 1;
            Lesson lesson;
            lesson.id = college.lessons.size() + 1;
            lesson.assignmentId = a.id;
            lesson.date = days.at(first + rng.below(last - first + 1));
            lesson.academicHours = row.academicHours;
            lesson.type = row.type;
            lesson.topic = row.topic;
            lesson.topicFromPlan = true;

            if (lesson.date <= until) {
                if (row.type != LessonType::Test && rng.percent(5)) {
                    lesson.topic = rng.pick(handTyped);
                    lesson.topicFromPlan = false;
                }
                const bool testNext = i + 1 < n && plan.at(i + 1).type == LessonType::Test;
                if (!sport && row.type != LessonType::Test && rng.percent(testNext ? 70 : 35))
                    lesson.homework = homeworkFor(row, testNext, rng);

                const int day = int(start.daysTo(lesson.date));
                const int chance = markChancePercent(row.type);
                for (qsizetype s = 0; s < students.size(); ++s) {
                    const Attendance &who = attendance.at(students.at(s));
                    if (who.kind == Attendance::Kind::Never ||
                        (who.kind == Attendance::Kind::ByDay && !who.enrolledOnDay.at(day)))
                        continue;
                    if (rng.below(1000) < who.absencePerMille) {
                        college.marks.append(Mark{lesson.id, students.at(s), 0, true});
                    } else if (rng.percent(chance)) {
                        college.marks.append(
                            Mark{lesson.id, students.at(s), markFor(abilities.at(s), rng), false});
                    }
                }
            }
            college.lessons.append(lesson);
        }
    }
}
