#include "journals/distancelesson.h"

DistanceLessonProblem Journals::distanceLessonProblem(bool teachesThisSubject, const DistanceLesson &lesson,
                                                      const QList<DistanceLesson> &teachersOtherLessons,
                                                      const QDateTime &now)
{
    if (!teachesThisSubject)
        return DistanceLessonProblem::NotOwnSubject;
    if (!lesson.start.isValid() || !lesson.end.isValid() || lesson.end <= lesson.start)
        return DistanceLessonProblem::EndNotAfterStart;
    if (lesson.start < now)
        return DistanceLessonProblem::TimePassed;
    for (const DistanceLesson &other : teachersOtherLessons) {
        if (other.id != lesson.id && other.start < lesson.end && lesson.start < other.end)
            return DistanceLessonProblem::Overlaps;
    }
    return DistanceLessonProblem::None;
}

DistanceLessonState Journals::distanceLessonState(const DistanceLesson &lesson, const QDateTime &now)
{
    if (now < lesson.start)
        return DistanceLessonState::NotStarted;
    if (now < lesson.end)
        return DistanceLessonState::Running;
    return DistanceLessonState::Ended;
}
