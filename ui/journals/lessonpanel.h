#pragma once

#include "journals/distancelesson.h"
#include "journals/journaltask.h"
#include "journals/lesson.h"

#include <QWidget>

#include <optional>

class QAction;
class QGroupBox;
class QLabel;
class QListWidget;
class QToolButton;

// The «Занятие» tab beside the grid (seed 004, fig. 449): the selected lesson's day, type, hours and topic,
// its tasks, the «Действия» menu, and its distance lesson with «Открыть» and «Удалить».
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    LessonPanel(const QList<QAction *> &lessonActions, QAction *openCall, QAction *deleteCall,
                QWidget *parent = nullptr);

    void showLesson(const std::optional<Lesson> &lesson, const QList<JournalTask> &tasks,
                    const std::optional<DistanceLesson> &call, const QString &callState);

private:
    QLabel *m_day;
    QLabel *m_what;
    QLabel *m_topic;
    QLabel *m_taskCount;
    QListWidget *m_tasks;
    QToolButton *m_actions;
    QGroupBox *m_call;
    QLabel *m_callTime;
    QLabel *m_callState;
    QLabel *m_callIcon = nullptr;
};
