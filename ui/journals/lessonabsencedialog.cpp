#include "journals/lessonabsencedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

LessonAbsenceDialog::LessonAbsenceDialog(const QString &lessonTitle, const QList<JournalStudent> &students,
                                         const QSet<qint64> &absent, QWidget *parent)
    : QDialog(parent), m_students(new QListWidget(this))
{
    setObjectName(QStringLiteral("lessonAbsenceDialog"));
    setWindowTitle(tr("Mark who is absent"));
    auto *lesson = new QLabel(lessonTitle, this);
    lesson->setWordWrap(true);
    m_students->setObjectName(QStringLiteral("absenceList"));
    int number = 0;
    for (const JournalStudent &s : students) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(++number).arg(s.name.full()), m_students);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(absent.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel | QDialogButtonBox::Save, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lesson);
    layout->addWidget(new QLabel(tr("Check the students who are not at the lesson:"), this));
    layout->addWidget(m_students, 1);
    layout->addWidget(buttons);
    resize(420, 520);
}

QSet<qint64> LessonAbsenceDialog::absent() const
{
    QSet<qint64> result;
    for (int i = 0; i < m_students->count(); ++i) {
        const QListWidgetItem *item = m_students->item(i);
        if (item->checkState() == Qt::Checked)
            result.insert(item->data(Qt::UserRole).toLongLong());
    }
    return result;
}
