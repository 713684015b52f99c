#include "journals/journalspage.h"

#include "journals/journalsubjectlist.h"
#include "journals/journalwindow.h"
#include "widgets/pageheading.h"
#include "store/collegerepository.h"
#include "store/journalbackend.h"
#include "store/journalreader.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

JournalsPage::JournalsPage(JournalBackend &journals, const JournalContext &context, QWidget *parent)
    : QWidget(parent), m_journals(journals), m_college(journals.college()), m_context(context),
      m_reader(journals.reader()), m_stack(new QStackedWidget(this)), m_groups(new QTreeWidget(this)),
      m_subjects(new JournalSubjectList(this))
{
    setObjectName(QStringLiteral("journalsPage"));

    auto *groupsPage = new QWidget(m_stack);
    auto *heading = new PageHeading(tr("Progress journal"), groupsPage);
    heading->setObjectName(QStringLiteral("journalsHeading"));
    auto *hint = new QLabel(tr("Choose a group to open its journals."), groupsPage);
    hint->setObjectName(QStringLiteral("journalsHint"));
    m_groups->setObjectName(QStringLiteral("journalGroups"));
    m_groups->setAccessibleName(tr("Groups by course"));
    m_groups->setColumnCount(2);
    m_groups->setHeaderLabels({tr("Course and group"), tr("Specialty")});
    m_groups->setUniformRowHeights(true);
    m_groups->setAlternatingRowColors(true);
    auto open = [this](QTreeWidgetItem *item) {
        const qint64 groupId = item->data(0, Qt::UserRole).toLongLong();
        if (groupId)
            openGroup(groupId);
    };
    connect(m_groups, &QTreeWidget::itemClicked, this, open);
    connect(m_groups, &QTreeWidget::itemActivated, this, open);
    auto *groupsLayout = new QVBoxLayout(groupsPage);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addWidget(heading);
    groupsLayout->addWidget(hint);
    groupsLayout->addWidget(m_groups, 1);

    connect(m_subjects, &JournalSubjectList::backRequested, this, &JournalsPage::showGroups);
    connect(m_subjects, &JournalSubjectList::journalChosen, this, &JournalsPage::openJournal);

    m_stack->addWidget(groupsPage);
    m_stack->addWidget(m_subjects);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addWidget(m_stack);
    fillGroups();
}

JournalsPage::~JournalsPage() = default;

void JournalsPage::reloadFromCache()
{
    m_groups->clear();
    fillGroups();
    if (m_window)
        m_window->reloadFromCache();
}

void JournalsPage::fillGroups()
{
    QMap<int, QList<Group>> byCourse;
    for (const Group &group : m_reader.groupsVisibleTo(m_context.user))
        byCourse[group.course].append(group);

    for (auto it = byCourse.cbegin(); it != byCourse.cend(); ++it) {
        auto *course = new QTreeWidgetItem(m_groups);
        course->setText(
            0,
            tr("Course %1 — %n study group(s)", nullptr, static_cast<int>(it.value().size())).arg(it.key()));
        QFont bold = course->font(0);
        bold.setBold(true);
        course->setFont(0, bold);
        for (const Group &group : it.value()) {
            auto *row = new QTreeWidgetItem(course);
            row->setText(0, group.name);
            row->setText(1, group.specialty);
            row->setData(0, Qt::UserRole, group.id);
            row->setToolTip(0, tr("Open the journals of group %1").arg(group.name));
        }
    }
    m_groups->expandAll();
    // Spanning works on items in the view, so after they are all there.
    for (int i = 0; i < m_groups->topLevelItemCount(); ++i)
        m_groups->topLevelItem(i)->setFirstColumnSpanned(true);
    m_groups->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_groups->setColumnWidth(0, 220);
    if (byCourse.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_groups);
        none->setText(0, tr("You have no groups with journals"));
        none->setFlags(Qt::NoItemFlags);
    }
}

void JournalsPage::showGroups()
{
    m_stack->setCurrentIndex(0);
    m_groups->setFocus();
}

void JournalsPage::openGroup(qint64 groupId)
{
    const std::optional<Group> group = m_college.group(groupId);
    if (!group)
        return;
    m_subjects->showGroup(*group, m_reader.journalsOfGroup(groupId, m_context.user));
    m_stack->setCurrentWidget(m_subjects);
}

JournalWindow *JournalsPage::openJournal(const JournalSubject &journal)
{
    if (m_window && m_window->subject().assignment.id == journal.assignment.id) {
        // Back to the same journal: with its undo history.
        m_stack->setCurrentWidget(m_window);
        return m_window;
    }
    closeJournal();
    m_window = new JournalWindow(m_journals, m_context, journal, m_stack);
    connect(m_window, &JournalWindow::backRequested, this, [this] { m_stack->setCurrentWidget(m_subjects); });
    if (m_extension)
        m_extension(*m_window);
    m_stack->addWidget(m_window);
    m_stack->setCurrentWidget(m_window);
    Q_EMIT journalOpened(m_window);
    return m_window;
}

void JournalsPage::closeJournal()
{
    if (!m_window)
        return;
    m_stack->setCurrentWidget(m_subjects);
    m_stack->removeWidget(m_window);
    delete m_window;
    m_window = nullptr;
}

void JournalsPage::setClock(std::function<QDateTime()> clock)
{
    m_context.clock = clock;
    if (m_window)
        m_window->setClock(std::move(clock));
}
