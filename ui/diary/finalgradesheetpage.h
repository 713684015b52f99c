#pragma once

#include "journals/journalcontext.h"

#include <QWidget>

class DiaryStore;
class QLabel;
class ProblemLabel;
class QPushButton;
class QTableView;
class SummarySheetModel;

// «Сводная ведомость» at the end of the group journal (seed 001 §5–6): the group's final grades in every
// subject. The user sets, defers and publishes the grades of the journals they may edit; a grade not
// published within a day of being set is flagged, and the banner offers to publish it.
class FinalGradeSheetPage : public QWidget
{
    Q_OBJECT
public:
    // assignmentId: the journal the page sits in; its column is selected first.
    FinalGradeSheetPage(DiaryStore &store, qint64 assignmentId, const JournalContext &context,
                        QWidget *parent = nullptr);

    SummarySheetModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Opens the dialog for the current cell (a grade or a deferral).
    void editCurrent();
    void deferCurrent();
    // Publishes what waits in the selected columns (the page's journal when nothing is selected).
    void publishSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void updateState();
    QList<int> selectedColumns() const;
    void showInputProblem(const QString &problem);

    DiaryStore &m_store;
    const qint64 m_assignmentId;
    JournalContext m_context;
    SummarySheetModel *m_model;
    QTableView *m_view;
    QLabel *m_overdue;
    QPushButton *m_publishOverdue;
    QWidget *m_overdueBar;
    ProblemLabel *m_inputProblem;
    QWidget *m_unsavedBar;
    QLabel *m_unsaved;
    QPushButton *m_setGrade;
    QPushButton *m_defer;
    QPushButton *m_publish;
    QLabel *m_readOnly;
};
