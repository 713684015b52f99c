#pragma once

#include "college/collegedata.h"

// A small hand-made college with one row of every kind (and a few more where order matters), for the store's
// tests: independent of the demo generator, so a change there never breaks these.
inline CollegeData sampleCollege()
{
    CollegeData c;
    c.organisation = {QStringLiteral("ГБПОУ «Колледж связи № 54»"), QStringLiteral("Колледж связи № 54"),
                      QStringLiteral("Москва"), QStringLiteral("club123"),
                      QStringLiteral("1 курс, 1 семестр"), QDate(2026, 9, 1), QDate(2027, 8, 31)};

    StaffMember admin;
    admin.id = 1;
    admin.name = {QStringLiteral("Смирнова"), QStringLiteral("Ольга"), QStringLiteral("Петровна")};
    admin.roles = Role::Admin;
    admin.rights = Right::ManageChats;
    admin.login = QStringLiteral("smirnova");
    StaffMember curator;
    curator.id = 2;
    curator.name = {QStringLiteral("Каган"), QStringLiteral("Наталья"), QStringLiteral("Викторовна")};
    curator.roles = Roles(Role::Curator) | Role::SubjectTeacher;
    StaffMember teacher;
    teacher.id = 3;
    teacher.name = {QStringLiteral("Иванов"), QStringLiteral("Пётр"), {}};
    teacher.roles = Role::SubjectTeacher;
    teacher.phone = QStringLiteral("+79990000000");
    c.staff = {admin, curator, teacher};

    c.groups = {
        {10, QStringLiteral("ЭБ-23-1"), 2, 2, QStringLiteral("Экономика и бухгалтерский учёт"),
         QDate(2023, 9, 1)},
        {11, QStringLiteral("ДО-19-3"), 1, 2, QStringLiteral("Дошкольное образование"), QDate(2024, 9, 1)},
        {12, QStringLiteral("ДО-19-1"), 1, 0, QStringLiteral("Дошкольное образование"), {}},
    };

    Student a;
    a.id = 100;
    a.name = {QStringLiteral("Алексеева"), QStringLiteral("Мария"), QStringLiteral("Игоревна")};
    a.groupId = 11;
    a.birthDate = QDate(2008, 3, 14);
    a.untiId = QStringLiteral("1234567");
    a.login = QStringLiteral("alekseeva.m");
    a.entry = EntryMethod::OtherOrganisationList;
    a.homeOrganisation = QStringLiteral("Школа № 5");
    Student b;
    b.id = 101;
    b.name = {QStringLiteral("Борисов"), QStringLiteral("Иван"), {}};
    b.groupId = 11;
    b.entry = EntryMethod::Import;
    Student d;
    d.id = 102;
    d.name = {QStringLiteral("Абрамов"), QStringLiteral("Денис"), QStringLiteral("Олегович")};
    d.groupId = 10;
    c.students = {a, b, d};

    c.orders = {
        {1, 100, 11, EnrolmentOrder::Kind::Enrolment, QDate(2024, 9, 1), QStringLiteral("12-к"), 0},
        {2, 101, 11, EnrolmentOrder::Kind::Enrolment, QDate(2024, 9, 1), QStringLiteral("12-к"), 0},
        {3, 101, 11, EnrolmentOrder::Kind::Withdrawal, QDate(2024, 10, 1), QStringLiteral("40-к"), 0},
        {4, 101, 11, EnrolmentOrder::Kind::CancelWithdrawal, QDate(2024, 10, 2), QStringLiteral("41-к"), 3},
        {5, 102, 10, EnrolmentOrder::Kind::Enrolment, QDate(2023, 9, 1), QStringLiteral("7-к"), 0},
    };

    Parent mother;
    mother.id = 200;
    mother.name = {QStringLiteral("Алексеева"), QStringLiteral("Елена"), QStringLiteral("Сергеевна")};
    mother.phone = QStringLiteral("+79991112233");
    mother.email = QStringLiteral("elena@example.org");
    mother.entry = EntryMethod::QuickEntry;
    mother.contactSource = Parent::ContactSource::InWriting;
    mother.consent = Parent::Consent::Given;
    mother.consentDate = QDate(2024, 9, 2);
    c.parents = {mother};
    c.parentLinks = {{200, 100, QStringLiteral("мать")}};

    c.subjects = {{1, QStringLiteral("Английский язык"), QStringLiteral("ОГСЭ")},
                  {2, QStringLiteral("Математика"), QStringLiteral("ЕН")}};
    c.assignments = {{1, 3, 11, 1, 72}, {2, 2, 11, 2, 36}, {3, 3, 10, 1, 48}};

    Lesson first;
    first.id = 1000;
    first.assignmentId = 1;
    first.date = QDate(2024, 9, 3);
    first.academicHours = 2;
    first.type = LessonType::Lecture;
    first.topic = QStringLiteral("Present Simple");
    first.topicFromPlan = true;
    Lesson second;
    second.id = 1001;
    second.assignmentId = 1;
    second.date = QDate(2024, 9, 10);
    second.type = LessonType::Test;
    second.homework = QStringLiteral("Упр. 5");
    c.lessons = {first, second};
    c.marks = {{1000, 100, 5, false}, {1000, 101, 0, true}, {1001, 100, 4, false}};

    c.programs = {{1, QStringLiteral("Основы программирования"), QStringLiteral("flow-1")}};
    c.blocks = {{1, 1, QStringLiteral("Теория"), ProgramBlock::Kind::Theoretical, 1, false},
                {2, 1, QStringLiteral("Практика"), ProgramBlock::Kind::Practical, 2, false},
                {3, 1, QStringLiteral("Итоговая аттестация"), ProgramBlock::Kind::FinalAttestation, 3, true}};
    c.activities = {
        {1, 1, 11, QStringLiteral("Вводная лекция"), ActivityType::Lecture, 1, false, false, false},
        {2, 2, 11, QStringLiteral("Практическая работа"), ActivityType::Assignment, 1, true, true, false},
        {3, 1, 11, QStringLiteral("Вебинар"), ActivityType::Webinar, 2, false, false, true},
    };
    return c;
}
