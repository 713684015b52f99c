#include "journals/lessontaskdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

LessonTaskDialog::LessonTaskDialog(bool graded, const QString &lessonTitle, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("lessonTaskDialog"));
    setWindowTitle(graded ? tr("Graded task") : tr("Add a task"));
    auto *lesson = new QLabel(lessonTitle, this);
    lesson->setWordWrap(true);
    auto *what =
        new QLabel(graded ? tr("Task (its marks go into this lesson's column):") : tr("Task:"), this);
    m_text->setObjectName(QStringLiteral("lessonTaskText"));
    m_text->setTabChangesFocus(true);
    m_problem->setObjectName(QStringLiteral("lessonTaskProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel | QDialogButtonBox::Save, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lesson);
    layout->addWidget(what);
    layout->addWidget(m_text);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, 260);
}

QString LessonTaskDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void LessonTaskDialog::accept()
{
    if (text().isEmpty()) {
        m_problem->setText(tr("Describe the task."));
        m_problem->show();
        layout()->activate();
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}
