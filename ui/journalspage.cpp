#include "journalspage.h"

#include "store/collegerepository.h"

#include <QHeaderView>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

JournalsPage::JournalsPage(const CollegeRepository &college, QWidget *parent)
    : PlaceholderPage(tr("Journals"),
                      tr("Here each group will have a journal per subject: its teacher, hours by fact and by "
                         "plan, lessons with their date, type, duration and topic, the students' marks and "
                         "absences, final grades and the summary sheet, and statistics."),
                      tr("Opening a group's journal is not available in this version yet; the list below "
                         "shows the college's groups by course."),
                      parent),
      m_groups(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("journalsPage"));
    m_groups->setObjectName(QStringLiteral("journalGroups"));
    m_groups->setAccessibleName(tr("Groups by course"));
    m_groups->setColumnCount(2);
    m_groups->setHeaderLabels({tr("Course and group"), tr("Specialty")});
    m_groups->setUniformRowHeights(true);
    m_groups->setAlternatingRowColors(true);

    QMap<int, QList<Group>> byCourse;
    for (const Group &group : college.groups())
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
        }
    }
    m_groups->expandAll();
    // Spanning works on items in the view, so after they are all there.
    for (int i = 0; i < m_groups->topLevelItemCount(); ++i)
        m_groups->topLevelItem(i)->setFirstColumnSpanned(true);
    m_groups->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_groups->setColumnWidth(0, 160);
    if (byCourse.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_groups);
        none->setText(0, tr("No groups in the cache yet"));
        none->setFlags(Qt::NoItemFlags);
    }
    contentLayout()->addWidget(m_groups, 1);
}
