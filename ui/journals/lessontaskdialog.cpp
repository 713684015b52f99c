#include "journals/lessontaskdialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

LessonTaskDialog::LessonTaskDialog(bool graded, const QString &lessonTitle, QWidget *parent)
    : EditDialog(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("lessonTaskDialog"));
    setWindowTitle(graded ? tr("Graded task") : tr("Add a task"));
    setTitle(lessonTitle);
    auto *what =
        new QLabel(graded ? tr("Task (its marks go into this lesson's column):") : tr("Task:"), this);
    m_text->setObjectName(QStringLiteral("lessonTaskText"));
    m_text->setTabChangesFocus(true);
    messageLabel()->setObjectName(QStringLiteral("lessonTaskProblem"));

    bodyLayout()->addWidget(what);
    bodyLayout()->addWidget(m_text);
    resize(460, 260);
}

QString LessonTaskDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool LessonTaskDialog::save()
{
    if (text().isEmpty()) {
        showMessage(tr("Describe the task."));
        m_text->setFocus();
        return false;
    }
    return true;
}
