#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

enum class LessonType {
    Lecture,     // «Лекция»
    Practice,    // «Практическое занятие»
    Laboratory,  // «Лабораторная работа»
    Seminar,     // «Семинар»
    Test,        // «Контрольная работа»
};

struct Lesson
{
    qint64 id = 0;
    qint64 assignmentId = 0;
    QDate date;
    int academicHours = 1;
    LessonType type = LessonType::Lecture;
    QString topic;
    bool topicFromPlan = false; // a КТП topic can't be edited
    QString homework;
};
