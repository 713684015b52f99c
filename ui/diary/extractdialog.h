#pragma once

#include "journals/journalcontext.h"
#include "diary/paperextract.h"

#include <QDialog>

class DiaryStore;
class QComboBox;
class QDateEdit;
class QLabel;
class ProblemLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

// «Выписки» (seed 001 §2): a paper extract from the journal for one student or the whole group over a chosen
// period — marks, absences, final grades, homework and teachers — printed or saved as PDF. The parents who
// refused the electronic form are offered first.
class ExtractDialog : public QDialog
{
    Q_OBJECT
public:
    ExtractDialog(DiaryStore &store, const JournalContext &context, QWidget *parent = nullptr);

    // 0: the whole group.
    void setStudent(qint64 studentId);
    qint64 student() const;
    void setPeriod(const QDate &from, const QDate &to);
    QString html() const { return m_html; }
    // The extracts shown now (one per student).
    QList<PaperExtract> extracts() const;
    bool savePdf(const QString &path, QString *error = nullptr);

    void printExtract();
    void savePdfAs();

private:
    void fill();
    void refresh();

    DiaryStore &m_store;
    JournalContext m_context;
    QListWidget *m_refused;
    QLabel *m_noneRefused;
    QComboBox *m_student;
    QDateEdit *m_from;
    QDateEdit *m_to;
    ProblemLabel *m_periodProblem;
    QTextBrowser *m_preview;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QString m_html;
    bool m_filling = false;
};
