#pragma once

#include "diary/diarygroupdata.h"
#include "diary/finalgrade.h"
#include "journals/lesson.h"
#include "college/personname.h"

#include <QDate>
#include <QList>
#include <QString>

// What a paper extract («выписка») from the journal holds for one student and a period (seed 001 §2): per
// subject its teacher, the lessons of the period where the student got a mark, was absent or homework was
// given, and the final grade.
struct PaperExtractLesson
{
    QDate date;
    LessonType type = LessonType::Lecture;
    QString topic;
    QString homework;
    int mark = 0;
    bool absent = false;
};

struct PaperExtractSubject
{
    qint64 assignmentId = 0;
    QString subject;
    QString teacher;
    QList<PaperExtractLesson> lessons;
    int marks = 0;
    double mean = 0.0; // of the period's marks; 0 without marks
    int absences = 0;
    FinalGrade finalGrade; // value 0 and not deferred while there is none
};

struct PaperExtract
{
    qint64 studentId = 0;
    PersonName student;
    QString group;
    QDate from;
    QDate to;
    QList<PaperExtractSubject> subjects;
    QList<PersonName> parents;
};

namespace Diary {

// The extract of one of the group's students for [from, to]; an unknown student gives an empty extract.
PaperExtract paperExtract(const DiaryGroupData &data, qint64 studentId, const QDate &from, const QDate &to);

} // namespace Diary
