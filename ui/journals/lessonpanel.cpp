#include "journals/lessonpanel.h"

#include "journals/journallabels.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

LessonPanel::LessonPanel(const QList<QAction *> &lessonActions, QAction *openCall, QAction *deleteCall,
                         QWidget *parent)
    : QWidget(parent), m_day(new QLabel(this)), m_what(new QLabel(this)), m_topic(new QLabel(this)),
      m_taskCount(new QLabel(this)), m_tasks(new QListWidget(this)), m_actions(new QToolButton(this)),
      m_call(new QGroupBox(tr("Distance lesson"), this)), m_callTime(new QLabel(m_call)),
      m_callState(new QLabel(m_call))
{
    setObjectName(QStringLiteral("lessonPanel"));
    m_day->setObjectName(QStringLiteral("lessonPanelDay"));
    QFont bold = m_day->font();
    bold.setBold(true);
    m_day->setFont(bold);
    m_day->setWordWrap(true);
    m_what->setObjectName(QStringLiteral("lessonPanelType"));
    m_topic->setObjectName(QStringLiteral("lessonPanelTopic"));
    m_topic->setWordWrap(true);
    m_topic->setFont(bold);
    m_taskCount->setObjectName(QStringLiteral("lessonPanelTaskCount"));
    m_tasks->setObjectName(QStringLiteral("lessonPanelTasks"));
    m_tasks->setMaximumHeight(110);
    m_tasks->setWordWrap(true);

    m_actions->setObjectName(QStringLiteral("lessonActionsButton"));
    m_actions->setText(tr("Actions"));
    m_actions->setPopupMode(QToolButton::InstantPopup);
    m_actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_actions);
    menu->setObjectName(QStringLiteral("lessonActionsMenu"));
    menu->addActions(lessonActions);
    m_actions->setMenu(menu);

    m_call->setObjectName(QStringLiteral("distanceLessonBox"));
    m_callTime->setObjectName(QStringLiteral("distanceLessonTime"));
    m_callState->setObjectName(QStringLiteral("distanceLessonState"));
    m_callState->setWordWrap(true);
    auto *open = new QToolButton(m_call);
    open->setObjectName(QStringLiteral("openDistanceLessonButton"));
    open->setDefaultAction(openCall);
    open->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *remove = new QToolButton(m_call);
    remove->setObjectName(QStringLiteral("deleteDistanceLessonButton"));
    remove->setDefaultAction(deleteCall);
    remove->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *callButtons = new QHBoxLayout;
    callButtons->addWidget(open);
    callButtons->addWidget(remove);
    callButtons->addStretch(1);
    // Drawn from its SVG when a distance lesson is first shown: most lessons have none.
    m_callIcon = new QLabel(m_call);
    m_callIcon->setFixedSize(20, 20);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_callIcon);
    timeRow->addWidget(m_callTime, 1);
    auto *callLayout = new QVBoxLayout(m_call);
    callLayout->addLayout(timeRow);
    callLayout->addWidget(m_callState);
    callLayout->addLayout(callButtons);

    auto *top = new QHBoxLayout;
    top->addWidget(m_day, 1);
    top->addWidget(m_actions, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_what);
    layout->addWidget(m_topic);
    layout->addSpacing(6);
    layout->addWidget(m_taskCount);
    layout->addWidget(m_tasks);
    layout->addWidget(m_call);
    layout->addStretch(1);
    showLesson(std::nullopt, {}, std::nullopt, {});
}

void LessonPanel::showLesson(const std::optional<Lesson> &lesson, const QList<JournalTask> &tasks,
                             const std::optional<DistanceLesson> &call, const QString &callState)
{
    m_tasks->clear();
    if (!lesson) {
        m_day->setText(tr("No lesson chosen"));
        m_what->setText(tr("Click a lesson's date in the journal."));
        m_topic->clear();
        m_taskCount->clear();
        m_tasks->hide();
        m_call->hide();
        m_actions->setEnabled(false);
        return;
    }
    m_actions->setEnabled(true);
    m_day->setText(JournalLabels::longDate(lesson->date));
    // «Лекция на тему: 1 ч.», as the seed's lesson card reads.
    m_what->setText(
        tr("%1 on the topic: %2")
            .arg(JournalLabels::lessonType(lesson->type), JournalLabels::hours(lesson->academicHours)));
    m_topic->setText(lesson->topic);
    QStringList all;
    if (!lesson->homework.isEmpty())
        all << tr("Homework: %1").arg(lesson->homework);
    for (const JournalTask &task : tasks)
        all << (task.graded ? tr("Graded task: %1").arg(task.text) : tr("Task: %1").arg(task.text));
    m_taskCount->setText(tr("Tasks given: %1").arg(all.size()));
    m_tasks->addItems(all);
    m_tasks->setVisible(!all.isEmpty());
    m_call->setVisible(call.has_value());
    if (call) {
        if (m_callIcon->pixmap().isNull())
            m_callIcon->setPixmap(QIcon(QStringLiteral(":/icons/distance-lesson.svg")).pixmap(20, 20));
        m_callTime->setText(tr("%1–%2").arg(call->start.time().toString(QStringLiteral("HH:mm")),
                                            call->end.time().toString(QStringLiteral("HH:mm"))));
        m_callState->setText(callState);
    }
}
