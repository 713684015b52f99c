#include "journals/lessonabsencedialog.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

LessonAbsenceDialog::LessonAbsenceDialog(const QString &lessonTitle, const QList<JournalStudent> &students,
                                         const QSet<qint64> &absent, QWidget *parent)
    : EditDialog(parent), m_students(new QListWidget(this))
{
    setObjectName(QStringLiteral("lessonAbsenceDialog"));
    setWindowTitle(tr("Mark who is absent"));
    setTitle(lessonTitle);
    m_students->setObjectName(QStringLiteral("absenceList"));
    int number = 0;
    for (const JournalStudent &s : students) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(++number).arg(s.name.full()), m_students);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(absent.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    bodyLayout()->addWidget(new QLabel(tr("Check the students who are not at the lesson:"), this));
    bodyLayout()->addWidget(m_students, 1);
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
