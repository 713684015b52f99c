#pragma once

#include "college/collegedata.h"
#include "demo/democollegegenerator.h"
#include "demo/democurriculum.h"
#include "demo/demologinregistry.h"
#include "demo/demorandom.h"

#include <QHash>
#include <QList>

// Builds the demo college step by step; each step draws from a stream of its own, so that changing one part
// of the college leaves the others as they were.
class DemoCollegeBuilder
{
public:
    DemoCollegeBuilder(DemoCollegeSize size, quint64 seed);

    CollegeData build();

private:
    struct Sizes
    {
        int groups;
        int students;
        int staff;
        int curatorsOnly; // staff who curate a group but teach nothing
        int chatManagers; // «Управление чатами» besides the admin
        int programs;
    };

    void makeOrganisation();
    void makeGroups();
    void makeAssignments();
    void makeStaff();
    void assignTeachers(const QList<qint64> &teacherIds);
    void assignCurators(const QList<qint64> &teacherIds, const QList<qint64> &curatorOnlyIds,
                        DemoRandom &rng);
    void makeStudents();
    void makeOrders();
    void makeJournalsAndLms();

    Group &addGroup(const DemoSpecialty &specialty, int course, int number, DemoRandom &rng);
    qint64 subjectId(const DemoSubjectTemplate &subject);
    static QString phone(DemoRandom &rng);

    Sizes m_sizes;
    DemoCollegeSize m_kind;
    DemoRandom m_rng;
    CollegeData m_college;
    DemoLoginRegistry m_logins;
    QList<const DemoSpecialty *> m_specialtyOfGroup; // at group id − 1
    QList<DemoSubjectTemplate> m_subjectTemplates;   // at subject id − 1
    QHash<QString, qint64> m_subjectIds;             // cycle + name → id
};
