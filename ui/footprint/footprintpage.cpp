#include "footprint/footprintpage.h"

#include "footprint/extensionschange.h"
#include "footprint/footprintdiarydialog.h"
#include "footprint/footprintextensionsform.h"
#include "widgets/messagebox.h"
#include "widgets/pageheading.h"
#include "store/cache.h"
#include "sync/basproblemtext.h"
#include "sync/footprintlms.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum ItemKind { ProgramItem = 1, BlockItem, ActivityItem };
constexpr int kindRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;
constexpr int practicalRole = Qt::UserRole + 2;

struct Loaded
{
    QList<FootprintLms::ProgramData> programs;
    QHash<qint64, QString> groups;
};

QString valueText(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue score = object.value(QStringLiteral("score"));
        QString text = score.isBool() ? (score.toBool() ? FootprintPage::tr("yes") : FootprintPage::tr("no"))
                                      : score.toVariant().toString();
        if (object.contains(QStringLiteral("min")) || object.contains(QStringLiteral("max"))) {
            text += QStringLiteral(" (%1–%2)")
                        .arg(object.value(QStringLiteral("min")).toVariant().toString(),
                             object.value(QStringLiteral("max")).toVariant().toString());
        }
        const QString unit = object.value(QStringLiteral("unit")).toString();
        return unit.isEmpty() || unit == QLatin1String("текст") || unit == QLatin1String("да-нет")
                   ? text
                   : text + QLatin1Char(' ') + unit;
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    if (value.isBool())
        return value.toBool() ? FootprintPage::tr("yes") : FootprintPage::tr("no");
    return value.toVariant().toString();
}

QTreeWidget *reportList(const QString &name, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setColumnCount(3);
    list->setHeaderLabels({FootprintPage::tr("Student"), FootprintPage::tr("Status"), QString()});
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The status is a short sentence («Отправлено в У2035», the LRS's refusal): shown whole.
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
    list->setRootIsDecorated(false);
    return list;
}

} // namespace

FootprintPage::FootprintPage(Cache &cache, const BasExtensionCatalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_catalogue(catalogue), m_tree(new QTreeWidget(this)),
      m_stack(new QStackedWidget(this)), m_activityTitle(new PageHeading(QString(), this)),
      m_form(new FootprintExtensionsForm(catalogue, FootprintExtensionsForm::Mode::Activity, this)),
      m_save(new QPushButton(tr("Save"), this)), m_problems(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_unfilled(reportList(QStringLiteral("unfilledReports"), this)),
      m_filled(reportList(QStringLiteral("filledReports"), this)),
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
        const qint64 id = item->data(0, idRole).toLongLong();
        switch (item->data(0, kindRole).toInt()) {
        case ActivityItem:
            showActivity(id);
            break;
        case BlockItem:
            showBlock(id, item->text(0), item->data(0, practicalRole).toBool());
            break;
        default:
            m_stack->setCurrentIndex(0);
        }
    });
    connect(m_save, &QPushButton::clicked, this, &FootprintPage::save);
    connect(m_uploadDiaries, &QPushButton::clicked, this, [this] {
        auto *dialog = new FootprintDiaryDialog(m_cache, m_catalogue, m_blockId, m_blockTitle->text(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FootprintDiaryDialog::queued, this, &FootprintPage::queued);
        dialog->open();
    });
    reload();
}

void FootprintPage::reload()
{
    QPointer<FootprintPage> self(this);
    m_cache.schedule([self](QSqlDatabase &db) {
        Loaded loaded;
        loaded.programs = FootprintLms::programs(db, nullptr).value_or(QList<FootprintLms::ProgramData>());
        QSqlQuery groups(db);
        if (groups.exec(QStringLiteral("SELECT id, name FROM groups"))) {
            while (groups.next())
                loaded.groups.insert(groups.value(0).toLongLong(), groups.value(1).toString());
        }
        QMetaObject::invokeMethod(
            self,
            [self, loaded] {
                if (!self)
                    return;
                self->m_tree->clear();
                for (const FootprintLms::ProgramData &program : loaded.programs) {
                    auto *programItem = new QTreeWidgetItem(self->m_tree, {program.program.title});
                    programItem->setData(0, kindRole, ProgramItem);
                    programItem->setData(0, idRole, program.program.id);
                    for (const ProgramBlock &block : program.blocks) {
                        auto *blockItem = new QTreeWidgetItem(programItem, {block.title});
                        blockItem->setData(0, kindRole, BlockItem);
                        blockItem->setData(0, idRole, block.id);
                        blockItem->setData(0, practicalRole, block.kind == ProgramBlock::Kind::Practical);
                        for (const Activity &activity : program.activities) {
                            if (activity.blockId != block.id)
                                continue;
                            auto *item = new QTreeWidgetItem(
                                blockItem, {QStringLiteral("%1 — %2").arg(
                                               activity.title, loaded.groups.value(activity.groupId))});
                            item->setToolTip(0, item->text(0));
                            item->setData(0, kindRole, ActivityItem);
                            item->setData(0, idRole, activity.id);
                        }
                    }
                    programItem->setExpanded(true);
                }
                Q_EMIT self->loaded();
            },
            Qt::QueuedConnection);
    });
}

QTreeWidgetItem *FootprintPage::findItem(int kind, qint64 id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kindRole).toInt() == kind && (*it)->data(0, idRole).toLongLong() == id)
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
    QPointer<FootprintPage> self(this);
    m_cache.schedule([self, activityId](QSqlDatabase &db) {
        QJsonObject values;
        bool attestation = false;
        bool blockAttestation = false;
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "SELECT a.attestation, a.block_attestation, e.extensions FROM activities a"
            " LEFT JOIN footprint_activity_extensions e ON e.activity_id = a.id WHERE a.id = ?"));
        query.addBindValue(activityId);
        if (query.exec() && query.next()) {
            attestation = query.value(0).toBool();
            blockAttestation = query.value(1).toBool();
            values = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        }
        QMetaObject::invokeMethod(
            self,
            [self, activityId, values, attestation, blockAttestation] {
                if (!self || self->m_activityId != activityId)
                    return;
                self->m_storedValues = values;
                self->m_storedAttestation = attestation;
                self->m_storedBlockAttestation = blockAttestation;
                self->m_form->setValues(values);
                self->m_form->setAttestation(attestation, blockAttestation);
                self->loadReports();
            },
            Qt::QueuedConnection);
    });
}

void FootprintPage::loadReports()
{
    QPointer<FootprintPage> self(this);
    const qint64 activityId = m_activityId;
    m_cache.schedule([self, activityId](QSqlDatabase &db) {
        const QList<FootprintLms::Report> reports = FootprintLms::reports(db, activityId);
        QMetaObject::invokeMethod(
            self,
            [self, activityId, reports] {
                if (!self || self->m_activityId != activityId)
                    return;
                self->m_unfilled->clear();
                self->m_filled->clear();
                for (const FootprintLms::Report &report : reports) {
                    QTreeWidget *list = report.filled ? self->m_filled : self->m_unfilled;
                    QString status;
                    if (!report.filled)
                        status = tr("No footprint yet");
                    else if (report.state == FootprintSchema::State::Delivered)
                        status = tr("Sent to U2035");
                    else if (report.state == FootprintSchema::State::Rejected ||
                             report.state == FootprintSchema::State::Conflict)
                        status = tr("Refused by U2035: %1").arg(report.lastError);
                    else
                        status = tr("Waiting to be sent");
                    auto *item = new QTreeWidgetItem(list, {report.student.name.full(), status});
                    item->setData(0, idRole, report.student.id);

                    // Seed 000: the values filled on the activity's page are in every report, hidden behind
                    // «Подробнее».
                    auto *details = new QTreeWidgetItem(item);
                    details->setFirstColumnSpanned(true);
                    QStringList lines;
                    const QJsonObject activityValues = self->m_storedValues;
                    for (auto it = activityValues.constBegin(); it != activityValues.constEnd(); ++it) {
                        const BasExtension *field = self->m_catalogue.find(it.key());
                        const bool own = report.values.contains(it.key());
                        lines << QStringLiteral("%1: %2").arg(
                            field ? field->label : it.key(),
                            valueText(own ? report.values.value(it.key()) : it.value()));
                    }
                    for (auto it = report.values.constBegin(); it != report.values.constEnd(); ++it) {
                        if (activityValues.contains(it.key()))
                            continue;
                        const BasExtension *field = self->m_catalogue.find(it.key());
                        lines << QStringLiteral("%1: %2").arg(field ? field->label : it.key(),
                                                              valueText(it.value()));
                    }
                    details->setText(0, lines.isEmpty()
                                            ? tr("No BAS extensions are filled for this activity.")
                                            : lines.join(QLatin1Char('\n')));
                    details->setHidden(true);

                    auto *buttons = new QWidget(list);
                    auto *layout = new QHBoxLayout(buttons);
                    layout->setContentsMargins(0, 0, 0, 0);
                    auto *more = new QPushButton(tr("More"), buttons);
                    more->setObjectName(QStringLiteral("moreButton"));
                    more->setCheckable(true);
                    auto *correct = new QPushButton(tr("Correct…"), buttons);
                    correct->setObjectName(QStringLiteral("correctButton"));
                    layout->addWidget(more);
                    layout->addWidget(correct);
                    list->setItemWidget(item, 2, buttons);
                    connect(more, &QPushButton::toggled, self, [details, item](bool shown) {
                        details->setHidden(!shown);
                        item->setExpanded(shown);
                    });
                    const qint64 studentId = report.student.id;
                    const QString name = report.student.name.full();
                    const QJsonObject values = report.values;
                    connect(correct, &QPushButton::clicked, self, [self, studentId, name, values] {
                        self->correctForStudent(studentId, name, values);
                    });
                }
                self->m_tabs->setTabText(0, tr("Not filled (%1)").arg(self->m_unfilled->topLevelItemCount()));
                self->m_tabs->setTabText(1, tr("Filled (%1)").arg(self->m_filled->topLevelItemCount()));
                Q_EMIT self->reportsShown();
            },
            Qt::QueuedConnection);
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
    if (extensionsChangeNeedsWarning(changed, m_filled->topLevelItemCount())) {
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
    QPointer<FootprintPage> self(this);
    const qint64 activityId = m_activityId;
    const bool attestation = m_form->attestation();
    const bool blockAttestation = m_form->blockAttestation();
    const BasExtensionCatalogue *catalogue = &m_catalogue;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto refusals = std::make_shared<FootprintLms::Refusals>();
    m_save->setEnabled(false);
    m_cache.write(
        [=](QSqlDatabase &db, QString *error) {
            return FootprintLms::saveAttestationFlags(db, activityId, attestation, blockAttestation, error) &&
                   FootprintLms::saveActivityExtensions(db, activityId, values, *catalogue, now, error,
                                                        refusals.get());
        },
        [self, refusals, values, attestation, blockAttestation](bool ok, const QString &error) {
            if (!self)
                return;
            self->m_save->setEnabled(true);
            if (!ok) {
                QStringList lines;
                for (const FootprintPlanner::Refusal &refusal : std::as_const(*refusals))
                    lines << BasProblemText::of(refusal.problem);
                self->m_problems->setText(lines.isEmpty() ? tr("Not saved: %1").arg(error)
                                                          : lines.join(QLatin1Char('\n')));
                Q_EMIT self->saved(false);
                return;
            }
            self->m_storedValues = values;
            self->m_storedAttestation = attestation;
            self->m_storedBlockAttestation = blockAttestation;
            Q_EMIT self->queued();
            Q_EMIT self->saved(true);
            self->loadReports();
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
    QPointer<FootprintPage> self(this);
    const qint64 activityId = m_activityId;
    const BasExtensionCatalogue *catalogue = &m_catalogue;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_cache.write(
        [=](QSqlDatabase &db, QString *error) {
            return FootprintLms::saveStudentExtensions(db, activityId, studentId, own, *catalogue, now,
                                                       error);
        },
        [self](bool ok, const QString &error) {
            if (!self)
                return;
            if (!ok)
                self->m_problems->setText(tr("Not saved: %1").arg(error));
            else
                Q_EMIT self->queued();
            self->loadReports();
        });
}
