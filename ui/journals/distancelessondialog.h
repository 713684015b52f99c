#pragma once

#include "journals/distancelesson.h"
#include "journals/lesson.h"

#include "widgets/editdialog.h"

#include <QDateTime>

class QTimeEdit;

// «Дистанционное занятие» (seed 004, fig. 450): the start and end time of the Sferum call on the lesson's
// day. Journals::distanceLessonProblem() decides; a refusal is shown at its field and nothing is saved.
class DistanceLessonDialog : public EditDialog
{
    Q_OBJECT
public:
    DistanceLessonDialog(const Lesson &lesson, qint64 teacherId, bool teachesSubject,
                         const QList<DistanceLesson> &teachersCalls, const QDateTime &now,
                         QWidget *parent = nullptr);

    DistanceLesson distanceLesson() const;

protected:
    bool save() override;

private:
    Lesson m_lesson;
    qint64 m_teacherId;
    bool m_teachesSubject;
    QList<DistanceLesson> m_teachersCalls;
    QDateTime m_now;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    ProblemLabel *m_problem;
};
