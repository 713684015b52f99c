#pragma once

#include "widgets/editdialog.h"

#include <QModelIndex>

class QDateEdit;
class QLineEdit;
class QRadioButton;
class SummarySheetModel;

// Sets one student's final grade in one subject, or defers it for illness (seed 001 §5) with the reason and
// the new date. What the rules refuse is said under the field and the dialog stays open: nothing is saved
// half-way.
class FinalGradeDialog : public EditDialog
{
    Q_OBJECT
public:
    enum class Mode { Grade, Deferral };
    FinalGradeDialog(SummarySheetModel &model, const QModelIndex &cell, Mode mode, QWidget *parent = nullptr);

protected:
    bool save() override;

private:
    void updateEnabled();
    void showProblem(ProblemLabel *where, QWidget *field, const QString &problem);

    SummarySheetModel &m_model;
    QPersistentModelIndex m_cell;
    QRadioButton *m_gradeChoice;
    QRadioButton *m_deferralChoice;
    QLineEdit *m_grade;
    ProblemLabel *m_gradeProblem;
    QLineEdit *m_reason;
    QDateEdit *m_until;
    ProblemLabel *m_deferralProblem;
};
