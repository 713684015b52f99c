#pragma once

#include "journals/journalsubject.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

// A group's journals, one per subject (its teacher, its hours by plan): choosing one opens it.
class JournalSubjectList : public QWidget
{
    Q_OBJECT
public:
    explicit JournalSubjectList(QWidget *parent = nullptr);

    void showGroup(const Group &group, const QList<JournalSubject> &journals);
    QList<JournalSubject> journals() const { return m_journals; }

Q_SIGNALS:
    void journalChosen(const JournalSubject &journal);
    void backRequested();

private:
    QLabel *m_title;
    QTreeWidget *m_list;
    QList<JournalSubject> m_journals;
};
