#pragma once

#include "diary/finalgrade.h"
#include "college/group.h"
#include "journals/lesson.h"
#include "journals/mark.h"
#include "college/parent.h"
#include "college/staffmember.h"
#include "college/student.h"
#include "college/subject.h"
#include "college/teachingassignment.h"

#include <QHash>
#include <QList>
#include <QString>

// What the ЭД screens of one group read in one go: the summary sheet, the statistics, the parents' consents
// and the paper extracts. A group is small (tens of students, a dozen journals), so it is held whole.
struct DiaryGroupData
{
    QString organisation; // the college's name, for the heading of a paper extract
    Group group;
    QList<Student> students;               // ordered by name
    QList<TeachingAssignment> assignments; // the group's journals, ordered by subject name
    QList<Subject> subjects;               // the journals' subjects
    QList<StaffMember> teachers;           // the journals' teachers
    QList<Lesson> lessons;                 // of every journal, ordered by date
    QList<Mark> marks;                     // of those lessons
    QList<FinalGrade> finalGrades;
    QList<Parent> parents; // of the group's students, ordered by name
    QList<ParentLink> parentLinks;
    // How each parent gave the consent or refusal (seed 001 §1); absent while not known.
    QHash<qint64, Parent::ContactSource> consentForms;

    const Student *student(qint64 id) const;
    const TeachingAssignment *assignment(qint64 id) const;
    const Subject *subject(qint64 id) const;
    const StaffMember *teacher(qint64 id) const;
    // «Английский язык(ОГСЭ)»; empty for an unknown journal.
    QString subjectName(qint64 assignmentId) const;
    QString teacherName(qint64 assignmentId) const;
    QList<Lesson> lessonsOf(qint64 assignmentId) const;
    QList<Mark> marksOf(qint64 assignmentId) const;
    // The children of a parent among the group's students, and the parents of a student.
    QList<qint64> childrenOf(qint64 parentId) const;
    QList<qint64> parentsOf(qint64 studentId) const;
};
