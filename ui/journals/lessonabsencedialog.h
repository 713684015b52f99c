#pragma once

#include "journals/journalstudent.h"

#include "widgets/editdialog.h"

#include <QSet>

class QListWidget;

// «Отметить, кого нет»: the group's students with a check for each one missing from the lesson.
class LessonAbsenceDialog : public EditDialog
{
    Q_OBJECT
public:
    LessonAbsenceDialog(const QString &lessonTitle, const QList<JournalStudent> &students,
                        const QSet<qint64> &absent, QWidget *parent = nullptr);

    QSet<qint64> absent() const;

private:
    QListWidget *m_students;
};
