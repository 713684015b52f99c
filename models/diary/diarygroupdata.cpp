#include "diary/diarygroupdata.h"

#include <QSet>

#include <algorithm>

namespace {

template<typename T> const T *byId(const QList<T> &list, qint64 id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [id](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const Student *DiaryGroupData::student(qint64 id) const
{
    return byId(students, id);
}

const TeachingAssignment *DiaryGroupData::assignment(qint64 id) const
{
    return byId(assignments, id);
}

const Subject *DiaryGroupData::subject(qint64 id) const
{
    return byId(subjects, id);
}

const StaffMember *DiaryGroupData::teacher(qint64 id) const
{
    return byId(teachers, id);
}

QString DiaryGroupData::subjectName(qint64 assignmentId) const
{
    const TeachingAssignment *a = assignment(assignmentId);
    const Subject *s = a ? subject(a->subjectId) : nullptr;
    return s ? s->displayName() : QString();
}

QString DiaryGroupData::teacherName(qint64 assignmentId) const
{
    const TeachingAssignment *a = assignment(assignmentId);
    const StaffMember *t = a ? teacher(a->teacherId) : nullptr;
    return t ? t->name.full() : QString();
}

QList<Lesson> DiaryGroupData::lessonsOf(qint64 assignmentId) const
{
    QList<Lesson> result;
    for (const Lesson &lesson : lessons) {
        if (lesson.assignmentId == assignmentId)
            result.append(lesson);
    }
    return result;
}

QList<Mark> DiaryGroupData::marksOf(qint64 assignmentId) const
{
    QSet<qint64> ids;
    for (const Lesson &lesson : lessons) {
        if (lesson.assignmentId == assignmentId)
            ids.insert(lesson.id);
    }
    QList<Mark> result;
    for (const Mark &mark : marks) {
        if (ids.contains(mark.lessonId))
            result.append(mark);
    }
    return result;
}

QList<qint64> DiaryGroupData::childrenOf(qint64 parentId) const
{
    QList<qint64> result;
    for (const ParentLink &link : parentLinks) {
        if (link.parentId == parentId && student(link.studentId))
            result.append(link.studentId);
    }
    return result;
}

QList<qint64> DiaryGroupData::parentsOf(qint64 studentId) const
{
    QList<qint64> result;
    for (const ParentLink &link : parentLinks) {
        if (link.studentId == studentId)
            result.append(link.parentId);
    }
    return result;
}
