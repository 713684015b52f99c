#include "footprint/footprintpage.h"

#include "footprint/basextensioneditor.h"
#include "footprint/extensionschange.h"
#include "footprint/footprintdiarydialog.h"
#include "footprint/footprintextensionsform.h"
#include "footprint/footprintreportdelegate.h"
#include "footprint/footprintreportmodel.h"
#include "widgets/messagebox.h"
#include "widgets/pageheading.h"
#include "sync/basproblemtext.h"
#include "sync/footprintstore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum ItemKind { ProgramItem = 1, BlockItem, ActivityItem };
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int PracticalRole = Qt::UserRole + 2;

} // namespace

FootprintPage::FootprintPage(FootprintStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_catalogue(store.catalogue()), m_tree(new QTreeWidget(this)),
      m_stack(new QStackedWidget(this)), m_activityTitle(new PageHeading(QString(), this)),
      m_form(new FootprintExtensionsForm(m_catalogue, FootprintExtensionsForm::Mode::Activity, this)),
      m_save(new QPushButton(tr("Save"), this)), m_problems(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_unfilledModel(new FootprintReportModel(this)), m_filledModel(new FootprintReportModel(this)),
      m_unfilled(reportList(QStringLiteral("unfilledReports"), m_unfilledModel)),
      m_filled(reportList(QStringLiteral("filledReports"), m_filledModel)),
      m_blockTitle(new PageHeading(QString(), this)),
      m_uploadDiaries(new QPushButton(tr("Upload practice diaries"), this))
{
    setObjectName(QStringLiteral("footprintPage"));
    m_tree->setObjectName(QStringLiteral("footprintTree"));
    m_tree->setHeaderLabel(tr("Programs"));
    m_save->setObjectName(QStringLiteral("saveActivityButton"));
    m_problems->setObjectName(QStringLiteral("extensionProblems"));
    m_problems->setWordWrap(true);
    m_problems->setForegroundRole(QPalette::BrightText);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(m_unfilled, tr("Not filled"));
    m_tabs->addTab(m_filled, tr("Filled"));
    m_uploadDiaries->setObjectName(QStringLiteral("uploadDiariesButton"));

    auto *empty = new QLabel(tr("Choose a program's activity or block on the left."), this);
    empty->setAlignment(Qt::AlignCenter);

    auto *activity = new QWidget(this);
    auto *activityLayout = new QVBoxLayout(activity);
    activityLayout->addWidget(m_activityTitle);
    auto *scroll = new QScrollArea(activity);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    activityLayout->addWidget(scroll, 2);
    auto *saving = new QHBoxLayout;
    saving->addWidget(m_problems, 1);
    saving->addWidget(m_save);
    activityLayout->addLayout(saving);
    activityLayout->addWidget(m_tabs, 3);

    auto *block = new QWidget(this);
    auto *blockLayout = new QVBoxLayout(block);
    blockLayout->addWidget(m_blockTitle);
    blockLayout->addWidget(m_uploadDiaries, 0, Qt::AlignLeft);
    blockLayout->addStretch();

    m_stack->addWidget(empty);
    m_stack->addWidget(activity);
    m_stack->addWidget(block);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Activity titles are long and end with the group: keep both ends readable.
    m_tree->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const qint64 id = item->data(0, IdRole).toLongLong();
        switch (item->data(0, KindRole).toInt()) {
        case ActivityItem:
            showActivity(id);
            break;
        case BlockItem:
            showBlock(id, item->text(0), item->data(0, PracticalRole).toBool());
            break;
        default:
            m_stack->setCurrentIndex(0);
        }
    });
    connect(m_save, &QPushButton::clicked, this, &FootprintPage::save);
    connect(m_uploadDiaries, &QPushButton::clicked, this, [this] {
        auto *dialog = new FootprintDiaryDialog(m_store, m_blockId, m_blockTitle->text(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FootprintDiaryDialog::queued, this, &FootprintPage::queued);
        dialog->open();
    });
    reload();
}

QTreeView *FootprintPage::reportList(const QString &name, FootprintReportModel *model)
{
    auto *list = new QTreeView(this);
    list->setObjectName(name);
    list->setModel(model);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(false);
    list->setExpandsOnDoubleClick(false);
    list->header()->setSectionResizeMode(FootprintReportModel::NameColumn, QHeaderView::Stretch);
    // The status is a short sentence («Отправлено в У2035», the LRS's refusal): shown whole.
    list->header()->setSectionResizeMode(FootprintReportModel::StatusColumn, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(FootprintReportModel::ActionsColumn, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
    auto *delegate = new FootprintReportDelegate(list);
    list->setItemDelegateForColumn(FootprintReportModel::ActionsColumn, delegate);
    // Seed 000: the values filled on the activity's page are in every report, hidden behind «Подробнее».
    auto toggleDetails = [list](const QModelIndex &report) {
        list->setExpanded(report, !list->isExpanded(report));
        list->viewport()->update();
    };
    connect(delegate, &FootprintReportDelegate::clicked, this,
            [this, model, toggleDetails](const QModelIndex &report, FootprintReportDelegate::Button button) {
                if (button == FootprintReportDelegate::Button::More) {
                    toggleDetails(report);
                    return;
                }
                if (const FootprintReportRow *row = model->reportAt(report))
                    correctForStudent(row->studentId, row->name, row->values);
            });
    connect(list, &QTreeView::activated, this, [toggleDetails](const QModelIndex &index) {
        if (!FootprintReportModel::isDetails(index))
            toggleDetails(index.siblingAtColumn(0));
    });
    connect(model, &QAbstractItemModel::modelReset, list, [list, model] {
        for (int row = 0; row < model->rowCount(); ++row)
            list->setFirstColumnSpanned(0, model->index(row, 0), true);
    });
    return list;
}

void FootprintPage::reload()
{
    m_store.programs(this, [this](const FootprintStore::Programs &tree) {
        m_tree->clear();
        for (const FootprintLms::ProgramData &program : tree.programs) {
            auto *programItem = new QTreeWidgetItem(m_tree, {program.program.title});
            programItem->setData(0, KindRole, ProgramItem);
            programItem->setData(0, IdRole, program.program.id);
            for (const ProgramBlock &block : program.blocks) {
                auto *blockItem = new QTreeWidgetItem(programItem, {block.title});
                blockItem->setData(0, KindRole, BlockItem);
                blockItem->setData(0, IdRole, block.id);
                blockItem->setData(0, PracticalRole, block.kind == ProgramBlock::Kind::Practical);
                for (const Activity &activity : program.activities) {
                    if (activity.blockId != block.id)
                        continue;
                    auto *item = new QTreeWidgetItem(
                        blockItem, {QStringLiteral("%1 — %2").arg(activity.title,
                                                                  tree.groupNames.value(activity.groupId))});
                    item->setToolTip(0, item->text(0));
                    item->setData(0, KindRole, ActivityItem);
                    item->setData(0, IdRole, activity.id);
                }
            }
            programItem->setExpanded(true);
        }
        Q_EMIT loaded();
    });
}

QTreeWidgetItem *FootprintPage::findItem(int kind, qint64 id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == kind && (*it)->data(0, IdRole).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

bool FootprintPage::selectActivity(qint64 activityId)
{
    QTreeWidgetItem *item = findItem(ActivityItem, activityId);
    if (item)
        m_tree->setCurrentItem(item);
    return item;
}

bool FootprintPage::selectBlock(qint64 blockId)
{
    QTreeWidgetItem *item = findItem(BlockItem, blockId);
    if (item)
        m_tree->setCurrentItem(item);
    return item;
}

void FootprintPage::showBlock(qint64 blockId, const QString &title, bool practical)
{
    m_blockId = blockId;
    m_blockTitle->setText(title);
    m_uploadDiaries->setVisible(practical);
    m_stack->setCurrentIndex(2);
}

void FootprintPage::showActivity(qint64 activityId)
{
    m_activityId = activityId;
    m_problems->clear();
    m_stack->setCurrentIndex(1);
    const QTreeWidgetItem *item = findItem(ActivityItem, activityId);
    m_activityTitle->setText(item ? item->text(0) : QString());
    m_store.activityForm(this, activityId, [this, activityId](const FootprintLms::ActivityForm &form) {
        if (m_activityId != activityId)
            return;
        m_storedValues = form.values;
        m_storedAttestation = form.attestation;
        m_storedBlockAttestation = form.blockAttestation;
        m_form->setValues(form.values);
        m_form->setAttestation(form.attestation, form.blockAttestation);
        loadReports();
    });
}

void FootprintPage::loadReports()
{
    const qint64 activityId = m_activityId;
    m_store.reports(this, activityId, [this, activityId](const QList<FootprintLms::Report> &reports) {
        if (m_activityId != activityId)
            return;
        QList<FootprintReportRow> unfilled;
        QList<FootprintReportRow> filled;
        for (const FootprintLms::Report &report : reports) {
            FootprintReportRow row;
            row.studentId = report.student.id;
            row.name = report.student.name.full();
            row.values = report.values;
            if (!report.filled)
                row.status = tr("No footprint yet");
            else if (report.state == FootprintSchema::State::Delivered)
                row.status = tr("Sent to U2035");
            else if (report.state == FootprintSchema::State::Rejected ||
                     report.state == FootprintSchema::State::Conflict)
                row.status = tr("Refused by U2035: %1").arg(report.lastError);
            else
                row.status = tr("Waiting to be sent");

            // Seed 000: the values filled on the activity's page are in every report, hidden behind
            // «Подробнее».
            QStringList lines;
            for (auto it = m_storedValues.constBegin(); it != m_storedValues.constEnd(); ++it) {
                const BasExtension *field = m_catalogue.find(it.key());
                const bool own = report.values.contains(it.key());
                lines << QStringLiteral("%1: %2").arg(
                    field ? field->label : it.key(),
                    BasExtensionEditor::valueText(own ? report.values.value(it.key()) : it.value()));
            }
            for (auto it = report.values.constBegin(); it != report.values.constEnd(); ++it) {
                if (m_storedValues.contains(it.key()))
                    continue;
                const BasExtension *field = m_catalogue.find(it.key());
                lines << QStringLiteral("%1: %2").arg(field ? field->label : it.key(),
                                                      BasExtensionEditor::valueText(it.value()));
            }
            row.details = lines.isEmpty() ? tr("No BAS extensions are filled for this activity.")
                                          : lines.join(QLatin1Char('\n'));
            (report.filled ? filled : unfilled) << row;
        }
        m_unfilledModel->setReports(std::move(unfilled));
        m_filledModel->setReports(std::move(filled));
        m_tabs->setTabText(0, tr("Not filled (%1)").arg(m_unfilledModel->rowCount()));
        m_tabs->setTabText(1, tr("Filled (%1)").arg(m_filledModel->rowCount()));
        Q_EMIT reportsShown();
    });
}

void FootprintPage::save()
{
    const QStringList problems = m_form->problems();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        Q_EMIT saved(false);
        return;
    }
    m_problems->clear();
    const QJsonObject values = m_form->values();
    const bool changed = values != m_storedValues;
    // Seed 000: changed «Расширения БАС» with filled reports warn first; «Сохранить» re-sends them.
    if (Footprint::extensionsChangeNeedsWarning(changed, m_filledModel->rowCount())) {
        const QMessageBox::StandardButton answer = MessageBox::ask(
            this, QMessageBox::Warning, tr("BAS extensions changed"),
            tr("The citizen's digital footprint of this activity has already been sent. If you save, the "
               "corrected fields are updated in all reports, and the footprint of every report in "
               "\"Filled\" is sent to U2035 again with the corrected values."),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
            QStringLiteral("extensionsChangedWarning"), {{QMessageBox::Save, tr("Save")}});
        if (answer != QMessageBox::Save) {
            Q_EMIT saved(false);
            return;
        }
    }
    const bool attestation = m_form->attestation();
    const bool blockAttestation = m_form->blockAttestation();
    m_save->setEnabled(false);
    m_store.saveActivity(this, m_activityId, values, attestation, blockAttestation,
                         [this, values, attestation, blockAttestation](
                             bool ok, const QString &error, const FootprintLms::Refusals &refusals) {
                             m_save->setEnabled(true);
                             if (!ok) {
                                 QStringList lines;
                                 for (const FootprintPlanner::Refusal &refusal : refusals)
                                     lines << BasProblemText::of(refusal.problem);
                                 m_problems->setText(lines.isEmpty() ? tr("Not saved: %1").arg(error)
                                                                     : lines.join(QLatin1Char('\n')));
                                 Q_EMIT saved(false);
                                 return;
                             }
                             m_storedValues = values;
                             m_storedAttestation = attestation;
                             m_storedBlockAttestation = blockAttestation;
                             Q_EMIT queued();
                             Q_EMIT saved(true);
                             loadReports();
                         });
}

void FootprintPage::correctForStudent(qint64 studentId, const QString &name, const QJsonObject &values)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("studentExtensionsDialog"));
    dialog.setWindowTitle(tr("BAS extensions for %1").arg(name));
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new FootprintExtensionsForm(m_catalogue, FootprintExtensionsForm::Mode::Student, &dialog);
    // The activity's values are the starting point; what the student's report changes is kept as theirs.
    QJsonObject start = m_storedValues;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        start.insert(it.key(), it.value());
    form->setValues(start);
    layout->addWidget(form);
    auto *problems = new QLabel(&dialog);
    problems->setWordWrap(true);
    layout->addWidget(problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, form, problems] {
        const QStringList found = form->problems();
        if (found.isEmpty())
            dialog.accept();
        else
            problems->setText(found.join(QLatin1Char('\n')));
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QJsonObject own;
    const QJsonObject chosen = form->values();
    for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it) {
        if (m_storedValues.value(it.key()) != it.value())
            own.insert(it.key(), it.value());
    }
    m_store.saveStudent(this, m_activityId, studentId, own,
                        [this](bool ok, const QString &error, const FootprintLms::Refusals &) {
                            if (!ok)
                                m_problems->setText(tr("Not saved: %1").arg(error));
                            else
                                Q_EMIT queued();
                            loadReports();
                        });
}
