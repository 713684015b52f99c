#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class DemoRandom;

// How a subject's КТП divides its lessons between kinds, in percent (tests come on top of it).
struct LessonMix
{
    int lecture = 50;
    int practice = 50;
    int laboratory = 0;
    int seminar = 0;
};

// A discipline of the curriculum as the demo college teaches it.
struct DemoSubjectTemplate
{
    QString name;
    QString
        cycle; // «ОГСЭ», «ЕН», «ОП», «ПМ.01»; empty for first-year general subjects (seed: «ЭБ-23-1/История»)
    int department = 0; // teachers of one department teach neighbouring subjects
    LessonMix mix;
    QStringList topics; // the sections of its КТП, in order
};

// A specialty with the abbreviation its groups carry (ДО-19-3 → «Дошкольное образование»).
struct DemoSpecialty
{
    QString abbreviation;
    QString name;
    int lastCourse = 4; // 2 years 10 months → 3 courses; 3 years 10 months → 4
    int weight = 1;     // how many groups it gets compared with the others
    int femalePercent = 50;
    QList<DemoSubjectTemplate> general; // ОП, six of them
    QList<DemoSubjectTemplate> modules; // МДК of ПМ.01…ПМ.04, eight of them
};

// The subjects one group studies this semester: the mandatory ones, then those a college may choose.
struct DemoSemesterSubjects
{
    QList<DemoSubjectTemplate> mandatory;
    QList<DemoSubjectTemplate> optional;
};

// The demo college's catalogue of specialties and disciplines.
class DemoCurriculum
{
public:
    static const QList<DemoSpecialty> &specialties();
    static const DemoSpecialty &specialty(const QString &abbreviation);
    static DemoSemesterSubjects semesterSubjects(const DemoSpecialty &specialty, int course);
};
