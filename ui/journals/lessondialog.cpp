#include "journals/lessondialog.h"

#include "journals/journallabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

LessonDialog::LessonDialog(const Semester &semester, const QList<PlannedLesson> &plan, const Lesson &lesson,
                           QWidget *parent)
    : EditDialog(parent), m_semester(semester), m_plan(plan), m_lesson(lesson), m_date(new QDateEdit(this)),
      m_hours(new QSpinBox(this)), m_type(new QComboBox(this)), m_planTopic(new QComboBox(this)),
      m_topic(new QLineEdit(this)),
      m_dateProblem(new ProblemLabel(QStringLiteral("lessonDateProblem"), this)),
      m_topicProblem(new ProblemLabel(QStringLiteral("lessonTopicProblem"), this))
{
    setObjectName(QStringLiteral("lessonDialog"));
    setWindowTitle(tr("Lesson"));
    setMinimumWidth(520);

    // Seed 004 §29.3, word for word in Russian.
    auto *hint =
        new QLabel(tr("A lesson's topic can be taken from the list of thematic plan topics or typed by "
                      "hand. Thematic plan topics can't be edited. The duration of a lesson and of "
                      "thematic plan topics is given in academic hours."),
                   this);
    hint->setObjectName(QStringLiteral("lessonTopicHint"));
    hint->setWordWrap(true);

    m_date->setObjectName(QStringLiteral("lessonDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setDate(lesson.date.isValid() ? lesson.date : semester.start);
    m_hours->setObjectName(QStringLiteral("lessonHours"));
    m_hours->setRange(1, 8);
    m_hours->setValue(lesson.academicHours);
    m_hours->setToolTip(tr("Academic hours"));
    m_type->setObjectName(QStringLiteral("lessonType"));
    for (LessonType type : JournalLabels::lessonTypes())
        m_type->addItem(JournalLabels::lessonType(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(lesson.type)));

    m_planTopic->setObjectName(QStringLiteral("lessonPlanTopic"));
    m_planTopic->addItem(tr("Type the topic by hand"));
    for (const PlannedLesson &row : m_plan)
        m_planTopic->addItem(tr("%1 (%2, %3)")
                                 .arg(row.topic, JournalLabels::lessonType(row.type),
                                      JournalLabels::hours(row.academicHours)));
    m_planTopic->setMaxVisibleItems(16);
    m_planTopic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planTopic->setMinimumContentsLength(30);
    m_topic->setObjectName(QStringLiteral("lessonTopic"));
    m_topic->setText(lesson.topic);
    m_topic->setPlaceholderText(tr("What the lesson is about"));

    int planRow = 0;
    if (lesson.topicFromPlan) {
        for (int i = 0; i < m_plan.size(); ++i) {
            if (m_plan.at(i).topic == lesson.topic) {
                planRow = i + 1;
                break;
            }
        }
    }
    m_planTopic->setCurrentIndex(planRow);
    m_topic->setReadOnly(planRow > 0);
    connect(m_planTopic, &QComboBox::activated, this, &LessonDialog::onPlanChosen);

    auto *form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(QString(), m_dateProblem);
    form->addRow(tr("Duration:"), m_hours);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("From the thematic plan:"), m_planTopic);
    form->addRow(tr("Lesson topic"), m_topic);
    form->addRow(QString(), m_topicProblem);

    saveButton()->setObjectName(QStringLiteral("lessonSave"));
    bodyLayout()->addWidget(hint);
    bodyLayout()->addLayout(form);
}

void LessonDialog::onPlanChosen(int index)
{
    if (index <= 0) {
        // Typed by hand: the topic is the teacher's to write.
        m_topic->setReadOnly(false);
        if (m_lesson.topicFromPlan)
            m_topic->clear();
        m_topic->setFocus();
        return;
    }
    const PlannedLesson &row = m_plan.at(index - 1);
    m_topic->setText(row.topic);
    m_topic->setReadOnly(true);
    m_hours->setValue(row.academicHours);
    m_type->setCurrentIndex(m_type->findData(int(row.type)));
}

void LessonDialog::lockDate(const QString &why)
{
    m_date->setEnabled(false);
    m_date->setToolTip(why);
}

void LessonDialog::showProblem(ProblemLabel *label, QWidget *field, const QString &message)
{
    label->showProblem(message);
    fitProblem(); // room for the message under its field
    field->setFocus();
}

Lesson LessonDialog::lesson() const
{
    Lesson result = m_lesson;
    result.date = m_date->date();
    result.academicHours = m_hours->value();
    result.type = static_cast<LessonType>(m_type->currentData().toInt());
    result.topic = m_topic->text().trimmed();
    result.topicFromPlan = m_planTopic->currentIndex() > 0;
    return result;
}

bool LessonDialog::save()
{
    m_dateProblem->clear();
    m_topicProblem->clear();
    const Lesson l = lesson();
    if (!m_semester.contains(l.date)) {
        const QLocale locale;
        showProblem(m_dateProblem, m_date,
                    tr("The date is outside the semester (%1 – %2): a lesson can't be dated there.")
                        .arg(locale.toString(m_semester.start, QLocale::ShortFormat),
                             locale.toString(m_semester.end, QLocale::ShortFormat)));
        return false;
    }
    if (l.topic.isEmpty()) {
        showProblem(m_topicProblem, m_topic,
                    tr("Give the lesson a topic: choose one from the thematic plan or type it."));
        return false;
    }
    return true;
}
