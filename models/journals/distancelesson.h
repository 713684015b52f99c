#pragma once

#include <QDateTime>
#include <QList>
#include <QtGlobal>

// A lesson held as a Sferum call (seed 004 §29.3).
struct DistanceLesson
{
    qint64 id = 0;
    qint64 lessonId = 0;
    qint64 teacherId = 0;
    QDateTime start;
    QDateTime end;
};

enum class DistanceLessonState {
    NotStarted, // «Дистанционное занятие еще не началось»
    Running, // «Переход в окно дистанционного занятия разрешён только для занятий, которые проходят в данный
             // момент»
    Ended,   // «Звонок завершен»
};

enum class DistanceLessonProblem { None, NotOwnSubject, TimePassed, EndNotAfterStart, Overlaps };

namespace Journals {

// Seed 004 §29.3: «Преподаватель может создать дистанционное занятие только по своему предмету и только при
// условии, что время занятия ещё не прошло.» Also: it must end after it starts and not overlap the teacher's
// other distance lessons (a teacher can't hold two calls at once).
DistanceLessonProblem distanceLessonProblem(bool teachesThisSubject, const DistanceLesson &lesson,
                                            const QList<DistanceLesson> &teachersOtherLessons,
                                            const QDateTime &now);

// Seed 003/004: joining is allowed only while it runs; before — «еще не началось»; after — «Звонок завершен».
DistanceLessonState distanceLessonState(const DistanceLesson &lesson, const QDateTime &now);

} // namespace Journals
