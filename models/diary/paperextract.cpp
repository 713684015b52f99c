#include "diary/paperextract.h"

#include <QHash>

PaperExtract Diary::paperExtract(const DiaryGroupData &data, qint64 studentId, const QDate &from,
                                 const QDate &to)
{
    PaperExtract extract;
    const Student *student = data.student(studentId);
    if (!student)
        return extract;
    extract.studentId = studentId;
    extract.student = student->name;
    extract.group = data.group.name;
    extract.from = from;
    extract.to = to;
    for (qint64 parentId : data.parentsOf(studentId)) {
        for (const Parent &parent : data.parents) {
            if (parent.id == parentId)
                extract.parents.append(parent.name);
        }
    }

    QHash<qint64, Mark> own; // lesson id → the student's cell
    for (const Mark &mark : data.marks) {
        if (mark.studentId == studentId)
            own.insert(mark.lessonId, mark);
    }
    for (const TeachingAssignment &assignment : data.assignments) {
        PaperExtractSubject subject;
        subject.assignmentId = assignment.id;
        subject.subject = data.subjectName(assignment.id);
        subject.teacher = data.teacherName(assignment.id);
        int sum = 0;
        for (const Lesson &lesson : data.lessons) {
            if (lesson.assignmentId != assignment.id || lesson.date < from || lesson.date > to)
                continue;
            const Mark cell = own.value(lesson.id);
            if (cell.value == 0 && !cell.absent && lesson.homework.isEmpty())
                continue;
            subject.lessons.append(
                {lesson.date, lesson.type, lesson.topic, lesson.homework, cell.value, cell.absent});
            if (cell.value > 0) {
                ++subject.marks;
                sum += cell.value;
            }
            if (cell.absent)
                ++subject.absences;
        }
        if (subject.marks > 0)
            subject.mean = double(sum) / double(subject.marks);
        for (const FinalGrade &grade : data.finalGrades) {
            if (grade.studentId == studentId && grade.assignmentId == assignment.id)
                subject.finalGrade = grade;
        }
        extract.subjects.append(subject);
    }
    return extract;
}
