#include "journals/journalsubjectlist.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

JournalSubjectList::JournalSubjectList(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("journalSubjects"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("journalSubjectsTitle"));
    auto *back = new QPushButton(tr("Groups"), this);
    back->setObjectName(QStringLiteral("journalSubjectsBack"));
    connect(back, &QPushButton::clicked, this, &JournalSubjectList::backRequested);

    m_list->setObjectName(QStringLiteral("journalSubjectList"));
    m_list->setAccessibleName(tr("The group's journals"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Subject"), tr("Teacher"), tr("Hours by plan")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto open = [this](QTreeWidgetItem *item) {
        const int row = m_list->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_journals.size())
            Q_EMIT journalChosen(m_journals.at(row));
    };
    connect(m_list, &QTreeWidget::itemClicked, this, open);
    connect(m_list, &QTreeWidget::itemActivated, this, open);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(back);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Choose a subject to open its journal."), this));
    layout->addWidget(m_list, 1);
}

void JournalSubjectList::showGroup(const Group &group, const QList<JournalSubject> &journals)
{
    m_journals = journals;
    m_title->setText(tr("Group %1 — %2").arg(group.name, group.specialty));
    m_list->clear();
    for (const JournalSubject &journal : journals) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, journal.subject.displayName());
        item->setText(1, journal.teacher.initials());
        item->setText(2, QString::number(journal.assignment.plannedHours));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (journals.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_list);
        none->setText(0, tr("You have no journals in this group"));
        none->setFlags(Qt::NoItemFlags);
    }
    m_list->setFocus();
}
