#include "diary/finalgradesheetpage.h"

#include "diary/finalgradedelegate.h"
#include "diary/finalgradedialog.h"
#include "journals/journalaccess.h"
#include "journals/markinput.h"
#include "store/diarystore.h"
#include "diary/summarysheetmodel.h"
#include "widgets/problemlabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QWidget *bar(QLabel *text, QPushButton *button, const QColor &color, const QString &objectName)
{
    auto *frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, color);
    palette.setColor(QPalette::WindowText, Qt::black);
    frame->setPalette(palette);
    text->setWordWrap(true);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(text, 1);
    layout->addWidget(button);
    frame->hide();
    return frame;
}

QLabel *swatch(const QColor &color, const QString &text)
{
    auto *label = new QLabel(text);
    label->setAutoFillBackground(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, color);
    palette.setColor(QPalette::WindowText, Qt::black);
    label->setPalette(palette);
    label->setMargin(3);
    return label;
}

} // namespace

FinalGradeSheetPage::FinalGradeSheetPage(DiaryStore &store, qint64 assignmentId,
                                         const JournalContext &context, QWidget *parent)
    : QWidget(parent), m_store(store), m_assignmentId(assignmentId), m_context(context),
      m_model(new SummarySheetModel(&store, this)), m_view(new QTableView), m_overdue(new QLabel),
      m_publishOverdue(new QPushButton(tr("Publish"))),
      m_overdueBar(
          bar(m_overdue, m_publishOverdue, FinalGradeDelegate::overdueColor(), QStringLiteral("overdueBar"))),
      m_inputProblem(new ProblemLabel(QStringLiteral("summarySheetProblem"), nullptr)), m_unsaved(new QLabel),
      m_setGrade(new QPushButton(tr("Set final grade…"))), m_defer(new QPushButton(tr("Defer…"))),
      m_publish(new QPushButton(tr("Publish"))), m_readOnly(new QLabel)
{
    setObjectName(QStringLiteral("summarySheetPage"));
    auto *retry = new QPushButton(tr("Retry"));
    retry->setObjectName(QStringLiteral("retryUnsaved"));
    m_unsavedBar = bar(m_unsaved, retry, QColor(0xf5, 0xc6, 0xcb), QStringLiteral("unsavedBar"));
    m_model->setClock(m_context.clock);

    auto *intro = new QLabel(
        tr("Final grades are copied here, to the summary sheet at the end of the group journal. Type 2–5 in "
           "a cell "
           "of your subject or press Enter; a grade can be deferred for illness with the reason and the new "
           "date. "
           "Students and parents must see a final grade no later than a day after it is set: publish it."));
    intro->setObjectName(QStringLiteral("summarySheetIntro"));
    intro->setWordWrap(true);

    m_overdue->setObjectName(QStringLiteral("overdueText"));
    m_publishOverdue->setObjectName(QStringLiteral("publishOverdue"));
    m_unsaved->setObjectName(QStringLiteral("unsavedText"));

    m_setGrade->setObjectName(QStringLiteral("setFinalGrade"));
    m_defer->setObjectName(QStringLiteral("deferFinalGrade"));
    m_defer->setToolTip(tr("Defer the final grade for illness: the reason and the new date"));
    m_publish->setObjectName(QStringLiteral("publishFinalGrades"));
    m_publish->setToolTip(
        tr("Make the final grades of the selected subjects visible to students and parents"));
    m_readOnly->setObjectName(QStringLiteral("summarySheetReadOnly"));
    m_readOnly->setText(
        tr("You can see the summary sheet; the final grades are set by the subjects' teachers."));
    m_readOnly->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setGrade);
    buttons->addWidget(m_defer);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_readOnly);
    buttons->addStretch(1);
    auto *legend = new QHBoxLayout;
    m_inputProblem->setWordWrap(false); // one line beside the legend, as it was
    legend->addWidget(m_inputProblem);
    legend->addStretch(1);
    legend->addWidget(swatch(FinalGradeDelegate::pendingColor(), tr("waiting to be published")));
    legend->addWidget(swatch(FinalGradeDelegate::overdueColor(), tr("not published within a day")));

    m_view->setObjectName(QStringLiteral("summarySheetView"));
    m_view->setAccessibleName(tr("Summary sheet"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FinalGradeDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Subject names are long («Безопасность жизнедеятельности(ОП)»): they wrap in a taller header.
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) |
                                                    Qt::Alignment(Qt::TextWordWrap));
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_overdueBar);
    layout->addWidget(m_unsavedBar);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(legend);

    connect(m_setGrade, &QPushButton::clicked, this, &FinalGradeSheetPage::editCurrent);
    connect(m_defer, &QPushButton::clicked, this, &FinalGradeSheetPage::deferCurrent);
    connect(m_publish, &QPushButton::clicked, this, &FinalGradeSheetPage::publishSelected);
    connect(m_publishOverdue, &QPushButton::clicked, this, [this] {
        QList<int> all;
        for (int c = 0; c < m_model->columnCount(); ++c)
            all << c;
        m_model->publish(m_model->unpublished(all));
    });
    connect(retry, &QPushButton::clicked, m_model, &SummarySheetModel::retryUnsaved);
    connect(m_view, &QTableView::doubleClicked, this, &FinalGradeSheetPage::editCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FinalGradeSheetPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FinalGradeSheetPage::updateState);
    connect(m_model, &SummarySheetModel::saveFailed, this, [this](const QString &error) {
        m_unsaved->setText(
            tr("A change of the final grades could not be saved to the local cache (%1). It is kept "
               "here; try again.")
                .arg(error));
        updateState();
    });
    connect(m_model, &SummarySheetModel::saved, this, &FinalGradeSheetPage::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FinalGradeSheetPage::updateState);
    connect(&m_store, &DiaryStore::loaded, this, &FinalGradeSheetPage::reload);
    if (m_store.isLoaded())
        reload();
    updateState();
}

void FinalGradeSheetPage::showEvent(QShowEvent *event)
{
    if (m_store.needsReload())
        m_store.reload();
    QWidget::showEvent(event);
}

void FinalGradeSheetPage::reload()
{
    // Edits not saved yet live only in the model: a fresh copy from the cache must not wipe them.
    if (m_model->unsavedCount() > 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const qint64 student = current.isValid() ? m_model->studentId(current.row()) : 0;
    const qint64 journal = current.isValid() ? m_model->assignmentId(current.column()) : m_assignmentId;
    const DiaryGroupData &group = m_store.data();
    m_model->load(group);
    QSet<qint64> editable;
    for (const TeachingAssignment &a : group.assignments) {
        if (JournalAccess::mayEdit(m_context.user, a))
            editable.insert(a.id);
    }
    m_model->setEditableAssignments(editable);
    // The header of Qt 6.4 does not grow for wrapped text: give it the height of the longest subject name,
    // up to four lines.
    QHeaderView *header = m_view->horizontalHeader();
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int height = metrics.height();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_view->setColumnWidth(c, 140);
        const QRect text = metrics.boundingRect(QRect(0, 0, 140 - 10, 4 * metrics.lineSpacing()),
                                                Qt::AlignCenter | Qt::TextWordWrap,
                                                m_model->headerData(c, Qt::Horizontal).toString());
        height = qMax(height, text.height());
    }
    header->setFixedHeight(qMin(height, 4 * metrics.lineSpacing()) + 10);
    const int row = qMax(0, m_model->rowOf(student));
    const int column = m_model->columnOf(journal);
    if (m_model->rowCount() > 0 && column >= 0) {
        m_view->setCurrentIndex(m_model->index(row, column));
        m_view->scrollTo(m_model->index(row, column));
    }
    m_readOnly->setVisible(editable.isEmpty());
    m_setGrade->setVisible(!editable.isEmpty());
    m_defer->setVisible(!editable.isEmpty());
    m_publish->setVisible(!editable.isEmpty());
    updateState();
}

QList<int> FinalGradeSheetPage::selectedColumns() const
{
    QSet<int> columns;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
        columns.insert(i.column());
    if (columns.isEmpty() && m_view->currentIndex().isValid())
        columns.insert(m_view->currentIndex().column());
    if (columns.isEmpty())
        columns.insert(m_model->columnOf(m_assignmentId));
    return QList<int>(columns.cbegin(), columns.cend());
}

void FinalGradeSheetPage::updateState()
{
    const int overdue = m_model->overdueCount();
    m_overdue->setText(
        tr("%n final grade(s) not published to students and parents within a day of being set.", nullptr,
           overdue));
    m_overdueBar->setVisible(overdue > 0);
    // Only what the user may publish is offered.
    QList<int> all;
    for (int c = 0; c < m_model->columnCount(); ++c)
        all << c;
    m_publishOverdue->setVisible(!m_model->unpublished(all).isEmpty());
    m_unsavedBar->setVisible(m_model->unsavedCount() > 0);
    const QModelIndex current = m_view->currentIndex();
    const bool editable = m_model->isEditable(current);
    m_setGrade->setEnabled(editable);
    m_defer->setEnabled(editable);
    const int waiting = int(m_model->unpublished(selectedColumns()).size());
    m_publish->setEnabled(waiting > 0);
    m_publish->setText(waiting > 0 ? tr("Publish (%1)").arg(waiting) : tr("Publish"));
}

void FinalGradeSheetPage::editCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model->isEditable(current))
        return;
    m_inputProblem->hide();
    FinalGradeDialog dialog(*m_model, current, FinalGradeDialog::Mode::Grade, this);
    dialog.exec();
}

void FinalGradeSheetPage::deferCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model->isEditable(current))
        return;
    m_inputProblem->hide();
    FinalGradeDialog dialog(*m_model, current, FinalGradeDialog::Mode::Deferral, this);
    dialog.exec();
}

void FinalGradeSheetPage::publishSelected()
{
    m_model->publish(m_model->unpublished(selectedColumns()));
    updateState();
}

void FinalGradeSheetPage::showInputProblem(const QString &problem)
{
    m_inputProblem->showProblem(problem);
}

bool FinalGradeSheetPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const QModelIndex current = m_view->currentIndex();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F2) {
        editCurrent();
        return true;
    }
    const QString text = key->text().trimmed();
    if (text.isEmpty() || !text.at(0).isPrint() || key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return QWidget::eventFilter(watched, event);
    if (!m_model->isEditable(current)) {
        showInputProblem(current.isValid() ? tr("Only the subject's teacher sets its final grades.")
                                           : QString());
        return true;
    }
    // Spreadsheet-like: a mark typed on a cell is its final grade; anything else is refused right here.
    const MarkInput typed = MarkInput::parse(text);
    QString problem;
    if (typed.kind != MarkInput::Kind::Mark || !m_model->setGrade(current, typed.value, &problem)) {
        showInputProblem(problem.isEmpty() ? SummarySheetModel::scaleProblem() : problem);
        return true;
    }
    showInputProblem(QString());
    if (current.row() + 1 < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(current.row() + 1, current.column()));
    return true;
}
