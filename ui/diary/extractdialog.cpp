#include "diary/extractdialog.h"

#include "diary/extractdocument.h"
#include "journals/journalaccess.h"
#include "diary/parentconsent.h"
#include "diary/parentconsentmodel.h"
#include "store/diarystore.h"
#include "widgets/messagebox.h"
#include "widgets/problemlabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

ExtractDialog::ExtractDialog(DiaryStore &store, const JournalContext &context, QWidget *parent)
    : QDialog(parent), m_store(store), m_context(context), m_refused(new QListWidget),
      m_noneRefused(new QLabel), m_student(new QComboBox), m_from(new QDateEdit), m_to(new QDateEdit),
      m_periodProblem(new ProblemLabel(QStringLiteral("periodProblem"), nullptr)),
      m_preview(new QTextBrowser), m_print(new QPushButton(tr("&Print…"))),
      m_savePdf(new QPushButton(tr("Save as &PDF…")))
{
    setObjectName(QStringLiteral("extractDialog"));
    setWindowTitle(tr("Paper extracts from the journal"));
    resize(900, 680);

    auto *refusedBox = new QGroupBox(tr("Extracts for parents who refused the electronic form"));
    refusedBox->setObjectName(QStringLiteral("refusedBox"));
    m_refused->setObjectName(QStringLiteral("refusedParents"));
    m_refused->setAccessibleName(refusedBox->title());
    m_refused->setMaximumHeight(110);
    m_noneRefused->setObjectName(QStringLiteral("noneRefused"));
    m_noneRefused->setWordWrap(true);
    auto *refusedLayout = new QVBoxLayout(refusedBox);
    refusedLayout->addWidget(m_refused);
    refusedLayout->addWidget(m_noneRefused);

    m_student->setObjectName(QStringLiteral("extractStudent"));
    m_from->setObjectName(QStringLiteral("extractFrom"));
    m_to->setObjectName(QStringLiteral("extractTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDateRange(
            m_context.semester.start.isValid() ? m_context.semester.start.addYears(-1) : QDate(2000, 1, 1),
            m_context.semester.end.isValid() ? m_context.semester.end.addYears(1) : QDate(2100, 1, 1));
    }
    const QDate today = m_context.today();
    QDate start = m_context.semester.start.isValid() ? m_context.semester.start : today.addMonths(-1);
    QDate end =
        m_context.semester.end.isValid() && m_context.semester.end < today ? m_context.semester.end : today;
    if (end < start)
        end = m_context.semester.end.isValid() ? m_context.semester.end : start;
    m_from->setDate(start);
    m_to->setDate(end);

    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("from")));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    period->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&For:"), m_student);
    form->addRow(tr("Period:"), period);
    form->addRow(QString(), m_periodProblem);

    m_preview->setObjectName(QStringLiteral("extractPreview"));
    m_preview->setAccessibleName(tr("Extract preview"));
    m_print->setObjectName(QStringLiteral("extractPrint"));
    m_savePdf->setObjectName(QStringLiteral("extractSavePdf"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_savePdf, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(refusedBox);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(m_refused, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && !m_filling)
            setStudent(m_refused->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_student, &QComboBox::currentIndexChanged, this, &ExtractDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ExtractDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ExtractDialog::refresh);
    connect(m_print, &QPushButton::clicked, this, &ExtractDialog::printExtract);
    connect(m_savePdf, &QPushButton::clicked, this, &ExtractDialog::savePdfAs);
    connect(&m_store, &DiaryStore::loaded, this, &ExtractDialog::fill);
    if (m_store.needsReload()) {
        m_preview->setPlainText(tr("Loading…"));
        m_store.reload();
    } else {
        fill();
    }
}

void ExtractDialog::fill()
{
    m_filling = true;
    const qint64 chosen = student();
    const DiaryGroupData &group = m_store.data();
    m_student->clear();
    m_student->addItem(
        tr("The whole group %1 (%n student(s))", nullptr, int(group.students.size())).arg(group.group.name),
        QVariant::fromValue(qint64(0)));
    for (const Student &s : group.students)
        m_student->addItem(s.name.full(), QVariant::fromValue(s.id));

    m_refused->clear();
    const QLocale locale;
    for (const Parent &p : group.parents) {
        if (!Diary::needsPaperExtract(p))
            continue;
        for (qint64 child : group.childrenOf(p.id)) {
            const Student *s = group.student(child);
            auto *item = new QListWidgetItem(
                tr("%1 — for %2 (refusal of %3)")
                    .arg(p.name.full(), s->name.full(), locale.toString(p.consentDate, QLocale::ShortFormat)),
                m_refused);
            item->setData(Qt::UserRole, QVariant::fromValue(child));
        }
    }
    m_refused->setVisible(m_refused->count() > 0);
    m_noneRefused->setVisible(m_refused->count() == 0);
    m_noneRefused->setText(
        tr("No parent of this group refused the electronic form; an extract can still be made "
           "for anyone below."));
    m_filling = false;
    // Those who refused come first: the first of them is chosen unless the user already chose.
    if (chosen == 0 && m_refused->count() > 0)
        m_refused->setCurrentRow(0);
    else
        setStudent(chosen);
    refresh();
}

void ExtractDialog::setStudent(qint64 studentId)
{
    const int index = m_student->findData(QVariant::fromValue(studentId));
    m_student->setCurrentIndex(qMax(0, index));
}

qint64 ExtractDialog::student() const
{
    return m_student->currentIndex() >= 0 ? m_student->currentData().toLongLong() : 0;
}

void ExtractDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

QList<PaperExtract> ExtractDialog::extracts() const
{
    // A subject teacher's extract holds the journals they see; the curator's and the admin's every journal.
    DiaryGroupData group = m_store.data();
    group.assignments.removeIf([this, &group](const TeachingAssignment &a) {
        return !JournalAccess::seesJournal(m_context.user, group.group, a);
    });
    QList<PaperExtract> result;
    const qint64 chosen = student();
    for (const Student &s : group.students) {
        if (chosen == 0 || s.id == chosen)
            result.append(Diary::paperExtract(group, s.id, m_from->date(), m_to->date()));
    }
    return result;
}

void ExtractDialog::refresh()
{
    if (m_filling || !m_store.isLoaded())
        return;
    const bool periodOk = m_from->date() <= m_to->date();
    m_periodProblem->showProblem(periodOk ? QString() : tr("The period must not end before it starts."));
    m_print->setEnabled(periodOk);
    m_savePdf->setEnabled(periodOk);
    if (!periodOk)
        return;
    m_html = ExtractDocument::html(extracts(), m_store.data().organisation, m_context.today());
    m_preview->setHtml(m_html);
}

bool ExtractDialog::savePdf(const QString &path, QString *error)
{
    refresh();
    return ExtractDocument::writePdf(m_html, path, error);
}

void ExtractDialog::printExtract()
{
    refresh();
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the extract"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExtractDocument::print(m_html, printer);
}

void ExtractDialog::savePdfAs()
{
    const qint64 chosen = student();
    const DiaryGroupData &group = m_store.data();
    const Student *s = group.student(chosen);
    const QLocale locale;
    const QString name = tr("Extract %1 %2–%3")
                             .arg(s ? s->name.initials() : group.group.name,
                                  locale.toString(m_from->date(), QLocale::ShortFormat),
                                  locale.toString(m_to->date(), QLocale::ShortFormat))
                             .replace(QLatin1Char('/'), QLatin1Char('-')) +
                         QStringLiteral(".pdf");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the extract as PDF"), QDir(folder).filePath(name), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdf(path, &error))
        MessageBox::warning(this, tr("Paper extracts from the journal"), error);
}
