#pragma once

#include "journals/plannedlesson.h"
#include "journals/lesson.h"
#include "journals/semester.h"

#include "widgets/editdialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

// «Занятие» (seed 004, fig. 448): Дата, Длительность in academic hours, Вид, and «Тема занятия» — chosen from
// the КТП (then it can't be edited) or typed by hand. Bad input is refused at its field and nothing is saved.
class LessonDialog : public EditDialog
{
    Q_OBJECT
public:
    LessonDialog(const Semester &semester, const QList<PlannedLesson> &plan, const Lesson &lesson,
                 QWidget *parent = nullptr);

    Lesson lesson() const;
    // A lesson held as a distance lesson keeps its date (the call is set on that day).
    void lockDate(const QString &why);

protected:
    bool save() override;

private:
    void onPlanChosen(int index);
    void showProblem(ProblemLabel *label, QWidget *field, const QString &message);

    Semester m_semester;
    QList<PlannedLesson> m_plan;
    Lesson m_lesson;
    QDateEdit *m_date;
    QSpinBox *m_hours;
    QComboBox *m_type;
    QComboBox *m_planTopic;
    QLineEdit *m_topic;
    ProblemLabel *m_dateProblem;
    ProblemLabel *m_topicProblem;
};
