#pragma once

#include "diary/diarygroupdata.h"

#include <QDate>

// A small group for the ЭД tests: three students, two journals (English by Каган, Maths by Петров), five
// English lessons of which the last is still to come on 2026-11-25, marks, two parents.
namespace DiarySample {

inline constexpr qint64 english = 1000;
inline constexpr qint64 maths = 1001;
inline constexpr qint64 kaganId = 100;
inline constexpr qint64 petrovId = 101;

inline Lesson lesson(qint64 id, qint64 assignment, const QDate &date, LessonType type, int hours,
                     const QString &topic, const QString &homework = QString())
{
    Lesson l;
    l.id = id;
    l.assignmentId = assignment;
    l.date = date;
    l.type = type;
    l.academicHours = hours;
    l.topic = topic;
    l.homework = homework;
    return l;
}

inline DiaryGroupData group()
{
    DiaryGroupData d;
    d.group = {1,
               QStringLiteral("ДО-19-3"),
               2,
               kaganId,
               QStringLiteral("Дошкольное образование"),
               QDate(2025, 9, 1)};
    Student s;
    s.groupId = 1;
    s.id = 1;
    s.name = {QStringLiteral("Алексеев"), QStringLiteral("Антон"), QStringLiteral("Ильич")};
    d.students << s;
    s.id = 2;
    s.name = {QStringLiteral("Борисова"), QStringLiteral("Вера"), QStringLiteral("Олеговна")};
    d.students << s;
    s.id = 3;
    s.name = {QStringLiteral("Васильев"), QStringLiteral("Глеб"), QString()};
    d.students << s;
    d.subjects << Subject{10, QStringLiteral("Математика"), QStringLiteral("ЕН")}
               << Subject{11, QStringLiteral("Английский язык"), QStringLiteral("ОГСЭ")};
    StaffMember t;
    t.id = kaganId;
    t.name = {QStringLiteral("Каган"), QStringLiteral("Наталья"), QStringLiteral("Викторовна")};
    t.roles = Role::SubjectTeacher | Role::Curator;
    d.teachers << t;
    t.id = petrovId;
    t.name = {QStringLiteral("Петров"), QStringLiteral("Пётр"), QStringLiteral("Петрович")};
    t.roles = Role::SubjectTeacher;
    d.teachers << t;
    d.assignments << TeachingAssignment{english, kaganId, 1, 11, 36}
                  << TeachingAssignment{maths, petrovId, 1, 10, 40};
    d.lessons << lesson(1, english, QDate(2026, 9, 1), LessonType::Lecture, 2,
                        QStringLiteral("Present Simple"))
              << lesson(2, english, QDate(2026, 9, 8), LessonType::Practice, 2, QStringLiteral("My family"),
                        QStringLiteral("Ex. 5 p. 12"))
              << lesson(3, english, QDate(2026, 9, 15), LessonType::Practice, 2, QStringLiteral("My college"))
              << lesson(4, english, QDate(2026, 9, 22), LessonType::Test, 2, QStringLiteral("Test 1"))
              << lesson(5, english, QDate(2026, 12, 1), LessonType::Lecture, 2, QStringLiteral("Past Simple"))
              << lesson(6, maths, QDate(2026, 9, 2), LessonType::Lecture, 2, QStringLiteral("Пределы"),
                        QStringLiteral("№ 14, 15"));
    // Алексеев: 5, 4, 5, 4 in English (mean 4.5); Борисова: 3, н, 3; Васильев: absent twice, one 2.
    d.marks << Mark{1, 1, 5, false} << Mark{2, 1, 4, false} << Mark{3, 1, 5, false} << Mark{4, 1, 4, false}
            << Mark{1, 2, 3, false} << Mark{2, 2, 0, true} << Mark{3, 2, 3, false} << Mark{1, 3, 0, true}
            << Mark{2, 3, 0, true} << Mark{4, 3, 2, false} << Mark{6, 1, 5, false};
    Parent p;
    p.id = 50;
    p.name = {QStringLiteral("Алексеева"), QStringLiteral("Мария"), QStringLiteral("Петровна")};
    p.phone = QStringLiteral("+7 912 345-67-89");
    p.contactSource = Parent::ContactSource::Electronic;
    p.consent = Parent::Consent::Given;
    p.consentDate = QDate(2026, 9, 1);
    d.parents << p;
    p.id = 51;
    p.name = {QStringLiteral("Борисов"), QStringLiteral("Олег"), QStringLiteral("Иванович")};
    p.phone.clear();
    p.contactSource = Parent::ContactSource::Unknown;
    p.consent = Parent::Consent::Refused;
    p.consentDate = QDate(2026, 9, 3);
    d.parents << p;
    d.consentForms.insert(50, Parent::ContactSource::Electronic);
    d.consentForms.insert(51, Parent::ContactSource::InWriting);
    d.parentLinks << ParentLink{50, 1, QStringLiteral("мать")} << ParentLink{51, 2, QStringLiteral("отец")};
    return d;
}

} // namespace DiarySample
