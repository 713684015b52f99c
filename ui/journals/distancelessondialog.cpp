#include "journals/distancelessondialog.h"

#include "journals/journallabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QVBoxLayout>

DistanceLessonDialog::DistanceLessonDialog(const Lesson &lesson, qint64 teacherId, bool teachesSubject,
                                           const QList<DistanceLesson> &teachersCalls, const QDateTime &now,
                                           QWidget *parent)
    : EditDialog(parent), m_lesson(lesson), m_teacherId(teacherId), m_teachesSubject(teachesSubject),
      m_teachersCalls(teachersCalls), m_now(now), m_start(new QTimeEdit(this)), m_end(new QTimeEdit(this)),
      m_problem(new ProblemLabel(QStringLiteral("distanceLessonProblem"), this))
{
    setObjectName(QStringLiteral("distanceLessonDialog"));
    setWindowTitle(tr("Distance lesson"));
    setMinimumWidth(440);

    setTitle(QStringLiteral("<b>%1</b><br>%2")
                 .arg(JournalLabels::longDate(lesson.date).toHtmlEscaped(),
                      tr("%1 on the topic: %2")
                          .arg(JournalLabels::lessonType(lesson.type), lesson.topic)
                          .toHtmlEscaped()));

    // Today: from the next quarter of an hour; another day: a usual first lesson.
    QTime start(9, 0);
    if (lesson.date == now.date()) {
        const int minutes = now.time().hour() * 60 + now.time().minute();
        const int next = (minutes / 15 + 1) * 15;
        if (next < 24 * 60 - 45)
            start = QTime(next / 60, next % 60);
    }
    m_start->setObjectName(QStringLiteral("distanceStart"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(start);
    m_end->setObjectName(QStringLiteral("distanceEnd"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setTime(start.addSecs(qMax(1, lesson.academicHours) * 45 * 60));

    auto *note =
        new QLabel(tr("The lesson is held as a Sferum call (VK Messenger). The students see its icon on "
                      "the lesson and may join only while it runs. In this version the call link is a "
                      "demonstration one: the VK calls service is not connected yet."),
                   this);
    note->setObjectName(QStringLiteral("distanceLessonNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Start time:"), m_start);
    form->addRow(tr("End time:"), m_end);

    bodyLayout()->addLayout(form);
    bodyLayout()->addWidget(m_problem);
    bodyLayout()->addWidget(note);
}

DistanceLesson DistanceLessonDialog::distanceLesson() const
{
    return DistanceLesson{0, m_lesson.id, m_teacherId, QDateTime(m_lesson.date, m_start->time()),
                          QDateTime(m_lesson.date, m_end->time())};
}

bool DistanceLessonDialog::save()
{
    const DistanceLesson call = distanceLesson();
    QWidget *field = m_start;
    QString message;
    switch (Journals::distanceLessonProblem(m_teachesSubject, call, m_teachersCalls, m_now)) {
    case DistanceLessonProblem::None:
        return true;
    case DistanceLessonProblem::NotOwnSubject:
        message = tr("Only the subject's own teacher can create a distance lesson for it.");
        break;
    case DistanceLessonProblem::TimePassed:
        message = tr("A distance lesson can be created only while its time has not passed yet.");
        break;
    case DistanceLessonProblem::EndNotAfterStart:
        message = tr("The end time must be after the start time.");
        field = m_end;
        break;
    case DistanceLessonProblem::Overlaps:
        for (const DistanceLesson &other : std::as_const(m_teachersCalls)) {
            if (other.start < call.end && call.start < other.end) {
                const QLocale locale;
                message = tr("You already have a distance lesson at that time: %1, %2–%3.")
                              .arg(locale.toString(other.start.date(), QLocale::ShortFormat),
                                   other.start.time().toString(QStringLiteral("HH:mm")),
                                   other.end.time().toString(QStringLiteral("HH:mm")));
                break;
            }
        }
        break;
    }
    m_problem->showProblem(message);
    fitProblem();
    field->setFocus();
    return false;
}
