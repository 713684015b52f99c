#pragma once

#include <QDialog>
#include <QModelIndex>

class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class SummarySheetModel;

// Sets one student's final grade in one subject, or defers it for illness (seed 001 §5) with the reason and
// the new date. What the rules refuse is said under the field and the dialog stays open: nothing is saved
// half-way.
class FinalGradeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Grade, Deferral };
    FinalGradeDialog(SummarySheetModel &model, const QModelIndex &cell, Mode mode, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateEnabled();
    void showProblem(QLabel *where, QWidget *field, const QString &problem);

    SummarySheetModel &m_model;
    QPersistentModelIndex m_cell;
    QRadioButton *m_gradeChoice;
    QRadioButton *m_deferralChoice;
    QLineEdit *m_grade;
    QLabel *m_gradeProblem;
    QLineEdit *m_reason;
    QDateEdit *m_until;
    QLabel *m_deferralProblem;
};
