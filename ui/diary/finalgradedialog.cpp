#include "diary/finalgradedialog.h"

#include "journals/markinput.h"
#include "diary/summarysheetmodel.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

FinalGradeDialog::FinalGradeDialog(SummarySheetModel &model, const QModelIndex &cell, Mode mode,
                                   QWidget *parent)
    : EditDialog(parent), m_model(model), m_cell(cell), m_gradeChoice(new QRadioButton(tr("&Final grade"))),
      m_deferralChoice(new QRadioButton(tr("&Defer for illness"))), m_grade(new QLineEdit),
      m_gradeProblem(new ProblemLabel(QStringLiteral("gradeProblem"), this)), m_reason(new QLineEdit),
      m_until(new QDateEdit), m_deferralProblem(new ProblemLabel(QStringLiteral("deferralProblem"), this))
{
    setObjectName(QStringLiteral("finalGradeDialog"));
    setWindowTitle(tr("Final grade"));
    setMinimumWidth(440);
    const FinalGrade current = model.grade(cell);
    const QString student = model.headerData(cell.row(), Qt::Vertical).toString();
    const QString subject = model.headerData(cell.column(), Qt::Horizontal).toString();

    setTitle(tr("<b>%1</b><br>%2").arg(student.toHtmlEscaped(), subject.toHtmlEscaped()));
    titleLabel()->setObjectName(QStringLiteral("finalGradeWho"));
    titleLabel()->setWordWrap(false);

    m_gradeChoice->setObjectName(QStringLiteral("gradeChoice"));
    m_deferralChoice->setObjectName(QStringLiteral("deferralChoice"));
    m_grade->setObjectName(QStringLiteral("gradeEdit"));
    m_grade->setMaxLength(2);
    m_grade->setPlaceholderText(tr("2–5"));
    m_grade->setAccessibleName(tr("Final grade"));
    if (current.value > 0)
        m_grade->setText(QString::number(current.value));
    m_reason->setObjectName(QStringLiteral("deferralReason"));
    m_reason->setPlaceholderText(tr("e.g. illness, medical certificate No. 15"));
    m_reason->setAccessibleName(tr("Reason for the deferral"));
    m_reason->setText(current.deferralReason);
    m_until->setObjectName(QStringLiteral("deferredUntil"));
    m_until->setCalendarPopup(true);
    m_until->setAccessibleName(tr("New date"));
    m_until->setDate(current.deferredUntil.isValid() ? current.deferredUntil
                                                     : model.now().date().addDays(14));

    auto *gradeForm = new QFormLayout;
    gradeForm->addRow(tr("Grade:"), m_grade);
    gradeForm->addRow(QString(), m_gradeProblem);
    auto *deferralForm = new QFormLayout;
    deferralForm->addRow(tr("Reason:"), m_reason);
    deferralForm->addRow(tr("New date:"), m_until);
    deferralForm->addRow(QString(), m_deferralProblem);
    for (QFormLayout *form : {gradeForm, deferralForm})
        form->setContentsMargins(24, 0, 0, 8);

    QVBoxLayout *layout = bodyLayout();
    layout->addSpacing(6);
    layout->addWidget(m_gradeChoice);
    layout->addLayout(gradeForm);
    layout->addWidget(m_deferralChoice);
    layout->addLayout(deferralForm);

    connect(m_gradeChoice, &QRadioButton::toggled, this, &FinalGradeDialog::updateEnabled);
    (mode == Mode::Deferral || (current.deferred && current.value == 0) ? m_deferralChoice : m_gradeChoice)
        ->setChecked(true);
    updateEnabled();
    (m_gradeChoice->isChecked() ? static_cast<QWidget *>(m_grade) : m_reason)->setFocus();
    m_grade->selectAll();
}

void FinalGradeDialog::updateEnabled()
{
    const bool grade = m_gradeChoice->isChecked();
    m_grade->setEnabled(grade);
    m_reason->setEnabled(!grade);
    m_until->setEnabled(!grade);
    m_gradeProblem->hide();
    m_deferralProblem->hide();
}

void FinalGradeDialog::showProblem(ProblemLabel *where, QWidget *field, const QString &problem)
{
    where->showProblem(problem);
    adjustSize(); // the message must be read whole
    field->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

bool FinalGradeDialog::save()
{
    m_gradeProblem->hide();
    m_deferralProblem->hide();
    if (!m_cell.isValid()) {
        QDialog::reject();
        return false;
    }
    QString problem;
    if (m_gradeChoice->isChecked()) {
        const MarkInput typed = MarkInput::parse(m_grade->text());
        if (typed.kind != MarkInput::Kind::Mark) {
            showProblem(m_gradeProblem, m_grade, SummarySheetModel::scaleProblem());
            return false;
        }
        if (!m_model.setGrade(m_cell, typed.value, &problem)) {
            showProblem(m_gradeProblem, m_grade, problem);
            return false;
        }
    } else if (!m_model.defer(m_cell, m_reason->text(), m_until->date(), &problem)) {
        const bool noReason = problem == SummarySheetModel::deferralProblemText(DeferralProblem::NoReason);
        showProblem(m_deferralProblem, noReason ? static_cast<QWidget *>(m_reason) : m_until, problem);
        return false;
    }
    return true;
}
