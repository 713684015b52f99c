#pragma once

#include "journals/journalcontext.h"
#include "diary/parentconsentmodel.h"

#include <QWidget>

class DiaryStore;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class ProblemLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// ЭД: the parents of the group's students (seed 001 §1, §7). For each, the consent or refusal to the
// processing of personal data with its date and how it was given, and the contacts for delivery with how the
// parent handed them over. Every change is saved at once; what the rules refuse is said under its field and
// kept in the form.
class ConsentPage : public QWidget
{
    Q_OBJECT
public:
    ConsentPage(DiaryStore &store, const JournalContext &context, QWidget *parent = nullptr);

    ParentConsentModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The curator of the group and the admin register consents; others read.
    bool isEditable() const { return m_editable; }
    void selectParent(qint64 parentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void showRecord();
    void commit();
    void updateEnabled();
    ParentConsent fromForm() const;
    ProblemLabel *problemFor(ParentConsentModel::Field field) const;

    DiaryStore &m_store;
    JournalContext m_context;
    ParentConsentModel *m_model;
    QTableView *m_view;
    QLabel *m_parentName;
    QButtonGroup *m_consent;
    QDateEdit *m_consentDate;
    QComboBox *m_consentForm;
    ProblemLabel *m_consentProblem;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_contactSource;
    ProblemLabel *m_contactsProblem;
    QLabel *m_status;
    QPushButton *m_retry;
    QWidget *m_form;
    bool m_editable = false;
    bool m_showing = false;
    int m_row = -1;
};
