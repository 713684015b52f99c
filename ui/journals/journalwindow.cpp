#include "journals/journalwindow.h"

#include "journals/commands/distancelessoncreatecommand.h"
#include "journals/commands/distancelessondeletecommand.h"
#include "journals/distancelessondialog.h"
#include "journals/distancelessonjoindialog.h"
#include "journals/journalaccess.h"
#include "journals/journaleditor.h"
#include "journals/journalgridview.h"
#include "journals/journallabels.h"
#include "journals/commands/journalmarkscommand.h"
#include "journals/journaltablemodel.h"
#include "journals/lessonabsencedialog.h"
#include "journals/commands/lessonchangecommand.h"
#include "journals/commands/lessoncreatecommand.h"
#include "journals/commands/lessondeletecommand.h"
#include "journals/lessondialog.h"
#include "journals/lessonpanel.h"
#include "journals/commands/lessontaskcommand.h"
#include "journals/lessontaskdialog.h"
#include "store/journalbackend.h"
#include "store/journalreader.h"
#include "store/journalsqlsource.h"
#include "store/journalstore.h"
#include "widgets/messagebox.h"
#include "widgets/problemlabel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QLabel *boldLabel(const QString &text, QWidget *parent, qreal scale = 1.0)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

QToolButton *toolButton(QAction *action, QWidget *parent, const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

// The style decodes every size of its arrows from PNG each time it is asked for them, and an SVG icon is
// parsed anew for each QIcon made from it: a teacher opens journal after journal, the icons are read once a
// run.
QIcon styleIcon(const QWidget *widget, QStyle::StandardPixmap which)
{
    static QHash<QPair<const QStyle *, int>, QIcon> icons;
    const QPair<const QStyle *, int> key(widget->style(), int(which));
    auto it = icons.constFind(key);
    if (it == icons.cend())
        it = icons.insert(key, widget->style()->standardIcon(which, nullptr, widget));
    return *it;
}

} // namespace

QIcon JournalWindow::distanceLessonIcon()
{
    static const QIcon icon(QStringLiteral(":/icons/distance-lesson.svg"));
    return icon;
}

JournalWindow::JournalWindow(JournalBackend &journals, const JournalContext &context,
                             const JournalSubject &subject, QWidget *parent)
    : QWidget(parent), m_cache(journals.cache()), m_context(context), m_subject(subject),
      m_reader(journals.reader()), m_store(journals.store(subject, context.user.id))
{
    setObjectName(QStringLiteral("journalWindow"));

    std::unique_ptr<JournalSqlSource> source = journals.source(subject);
    m_source = source.get();
    m_model = new JournalTableModel(std::move(source), this);
    m_model->setEditable(mayEdit());
    m_model->setDistanceLessonDecoration(distanceLessonIcon());
    m_editor = new JournalEditor(*m_model, *m_store, this);
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("journalUndoStack"));
    createActions();

    m_grid = new JournalGridView(this);
    m_grid->setJournalModel(m_model);
    m_grid->horizontalHeader()->setMinimumHeight(m_grid->fontMetrics().lineSpacing() * 3 + 18);

    connect(m_model, &JournalTableModel::changesRequested, this, [this](const JournalCellChanges &changes) {
        m_message->hide();
        m_undoStack->push(new JournalMarksCommand(*m_editor, changes));
    });
    connect(m_model, &JournalTableModel::inputRefused, this,
            [this](const QModelIndex &, const QString &message) { showProblem(message); });
    connect(m_editor, &JournalEditor::problem, this, &JournalWindow::showProblem);
    connect(m_editor, &JournalEditor::saved, this, [this] {
        updateHours();
        Q_EMIT journalChanged();
    });
    connect(m_editor, &JournalEditor::lessonChanged, this, [this](qint64 id) {
        refreshLessonList();
        if (id == m_lessonId)
            refreshLesson();
    });
    connect(m_editor, &JournalEditor::lessonInserted, this, &JournalWindow::selectLesson);
    connect(m_grid, &JournalGridView::lessonActivated, this, &JournalWindow::onLessonActivated);
    // A cell SGO changed under the person's pending edit: they decide from the cell's menu.
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index =
            m_grid->indexAt(pos).isValid() ? m_grid->indexAt(pos) : m_grid->currentIndex();
        if (index.data(JournalTableModel::ConflictRole).toString().isEmpty() || !mayEdit())
            return;
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("journalConflictMenu"));
        const QString sgo = index.data(JournalTableModel::ConflictRole).toString();
        menu.addSection(sgo);
        menu.addAction(tr("Keep mine"), this, [this, index] { resolveConflict(index, false); })
            ->setObjectName(QStringLiteral("keepMineAction"));
        menu.addAction(tr("Take SGO's"), this, [this, index] { resolveConflict(index, true); })
            ->setObjectName(QStringLiteral("takeSgoAction"));
        menu.exec(m_grid->viewport()->mapToGlobal(pos));
    });
    connect(m_grid, &JournalGridView::lessonMenuRequested, this, [this](int, const QPoint &globalPos) {
        QMenu menu(this);
        menu.addActions(lessonActions());
        menu.exec(globalPos);
    });

    auto *gridPage = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Horizontal, gridPage);
    splitter->setObjectName(QStringLiteral("journalSplitter"));
    splitter->addWidget(m_grid);
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    splitter->setSizes({900, 300});
    auto *gridLayout = new QVBoxLayout(gridPage);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(splitter);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("journalTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(gridPage, tr("Journal"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(buildHeader());
    layout->addWidget(m_tabs, 1);

    updateHours();
    m_grid->setFocus();
    if (m_model->rowCount() > 0 && m_model->columnCount() > JournalTableModel::FirstLessonColumn) {
        // Not laid out yet: scrolling to the cell now would hide «Средний балл».
        m_grid->setAutoScroll(false);
        m_grid->setCurrentIndex(m_model->index(0, JournalTableModel::FirstLessonColumn));
        m_grid->setAutoScroll(true);
    }
    if (m_lessonId == 0) // the first lesson, when there is one, was shown as it became current
        refreshLesson();
}

JournalWindow::~JournalWindow() = default;

void JournalWindow::createActions()
{
    auto make = [this](const QString &text, const char *name, std::function<void()> slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, std::move(slot));
        return action;
    };
    m_createLesson = make(tr("Lesson date +"), "createLessonAction", [this] { createLesson(); });
    m_createLesson->setStatusTip(tr("Add a lesson to the journal"));
    m_editLesson = make(tr("Change the lesson"), "editLessonAction", [this] { editLesson(); });
    m_addTask = make(tr("Add a task"), "addTaskAction", [this] { addTask(false); });
    m_markAbsent = make(tr("Mark who is absent"), "markAbsentAction", [this] { markAbsent(); });
    m_gradedTask = make(tr("Graded task"), "gradedTaskAction", [this] { addTask(true); });
    m_deleteLesson = make(tr("Delete the lesson"), "deleteLessonAction", [this] { deleteLesson(); });
    m_createDistance = make(tr("+ Create a distance lesson"), "createDistanceLessonAction",
                            [this] { createDistanceLesson(); });
    m_createDistance->setIcon(distanceLessonIcon());
    m_openDistance = make(tr("Open"), "openDistanceLessonAction", [this] { openDistanceLesson(); });
    m_deleteDistance = make(tr("Delete"), "deleteDistanceLessonAction", [this] { deleteDistanceLesson(); });

    m_undo = m_undoStack->createUndoAction(this, tr("Undo"));
    m_undo->setObjectName(QStringLiteral("journalUndoAction"));
    m_undo->setShortcuts({QKeySequence::Undo});
    m_redo = m_undoStack->createRedoAction(this, tr("Redo"));
    m_redo->setObjectName(QStringLiteral("journalRedoAction"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *action : {m_undo, m_redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

QWidget *JournalWindow::buildHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("journalHeader"));

    auto *title = boldLabel(tr("Group journal %1").arg(m_subject.group.name), header, 1.35);
    title->setObjectName(QStringLiteral("journalTitle"));
    const int semesterNumber = m_context.semester.start.month() >= 8 ? 1 : 2;
    auto *semester =
        new QLabel(tr("Course %1, semester %2").arg(m_subject.group.course).arg(semesterNumber), header);
    semester->setObjectName(QStringLiteral("journalSemester"));
    auto *groups = new QPushButton(tr("Groups"), header);
    groups->setObjectName(QStringLiteral("journalBackButton"));
    connect(groups, &QPushButton::clicked, this, &JournalWindow::backRequested);
    m_headerActions = new QHBoxLayout;

    auto *subject = boldLabel(m_subject.subject.name, header, 1.1);
    subject->setObjectName(QStringLiteral("journalSubject"));
    subject->setToolTip(m_subject.subject.displayName());
    auto *teacher = new QLabel(tr("Teacher: %1").arg(m_subject.teacher.initials()), header);
    teacher->setObjectName(QStringLiteral("journalTeacher"));
    m_hoursByFact = boldLabel(QString(), header);
    m_hoursByFact->setObjectName(QStringLiteral("hoursByFact"));
    m_hoursByFact->setToolTip(tr("Academic hours of the lessons held by today"));
    auto *byPlan = new QLabel(tr("%1 h. by plan").arg(m_subject.assignment.plannedHours), header);
    byPlan->setObjectName(QStringLiteral("hoursByPlan"));
    byPlan->setToolTip(tr("Academic hours in the curriculum for the semester"));

    m_hideScheduled = new QCheckBox(tr("Hide lessons from the schedule"), header);
    m_hideScheduled->setObjectName(QStringLiteral("hideScheduledLessons"));
    m_hideScheduled->setToolTip(
        tr("Show only the lessons held by today, without those still to come by the schedule"));
    connect(m_hideScheduled, &QCheckBox::toggled, this, &JournalWindow::onHideScheduledToggled);

    auto *add = toolButton(m_createLesson, header, QStringLiteral("createLessonButton"));
    auto *undo = toolButton(m_undo, header, QStringLiteral("journalUndoButton"));
    auto *redo = toolButton(m_redo, header, QStringLiteral("journalRedoButton"));
    undo->setToolButtonStyle(Qt::ToolButtonIconOnly);
    redo->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_undo->setIcon(styleIcon(this, QStyle::SP_ArrowBack));
    m_redo->setIcon(styleIcon(this, QStyle::SP_ArrowForward));
    undo->setToolTip(
        tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    redo->setToolTip(tr("Redo (%1)").arg(m_redo->shortcut().toString(QKeySequence::NativeText)));

    m_message = new ProblemLabel(QStringLiteral("journalMessage"), header);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(title);
    row1->addSpacing(16);
    row1->addWidget(semester);
    row1->addStretch(1);
    row1->addLayout(m_headerActions);
    row1->addWidget(groups);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(subject);
    row2->addSpacing(12);
    row2->addWidget(teacher);
    row2->addStretch(1);
    row2->addWidget(m_hoursByFact);
    row2->addSpacing(12);
    row2->addWidget(byPlan);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(add);
    row3->addSpacing(12);
    row3->addWidget(m_hideScheduled);
    row3->addStretch(1);
    row3->addWidget(undo);
    row3->addWidget(redo);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addLayout(row3);
    layout->addWidget(m_message);
    return header;
}

QWidget *JournalWindow::buildSidePanel()
{
    auto *side = new QTabWidget(this);
    side->setObjectName(QStringLiteral("journalSideTabs"));
    m_lessonPanel = new LessonPanel(lessonActions(), m_openDistance, m_deleteDistance, side);
    side->addTab(m_lessonPanel, tr("Lesson"));

    // The КТП and the list of lessons are made and read when their tab is first shown, not while the journal
    // opens.
    auto *planPage = new QWidget(side);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    side->addTab(planPage, tr("Thematic plan topics"));
    auto *listPage = new QWidget(side);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    side->addTab(listPage, tr("List"));
    side->setMinimumWidth(260);
    connect(side, &QTabWidget::currentChanged, this,
            [this, side, planPage, planLayout, listPage, listLayout] {
                if (side->currentWidget() == planPage) {
                    if (!m_planList) {
                        m_planList = new QListWidget(planPage);
                        m_planList->setObjectName(QStringLiteral("planTopics"));
                        m_planList->setWordWrap(true);
                        m_planList->setAlternatingRowColors(true);
                        planLayout->addWidget(m_planList);
                        m_planList->show();
                    }
                    if (m_planList->count() > 0)
                        return;
                    int number = 0;
                    for (const PlannedLesson &row : m_reader.planTopics(m_subject.assignment.id))
                        m_planList->addItem(tr("%1. %2 — %3, %4")
                                                .arg(++number)
                                                .arg(row.topic, JournalLabels::lessonType(row.type),
                                                     JournalLabels::hours(row.academicHours)));
                } else if (side->currentWidget() == listPage) {
                    if (!m_lessonList) {
                        m_lessonList = new QListWidget(listPage);
                        m_lessonList->setObjectName(QStringLiteral("lessonList"));
                        m_lessonList->setWordWrap(true);
                        connect(m_lessonList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
                            selectLesson(item->data(Qt::UserRole).toLongLong());
                        });
                        listLayout->addWidget(m_lessonList);
                        m_lessonList->show();
                    }
                    refreshLessonList();
                }
            });
    return side;
}

int JournalWindow::addPage(QWidget *page, const QString &title)
{
    return m_tabs->addTab(page, title);
}

int JournalWindow::addPage(const QString &title, std::function<QWidget *()> make)
{
    auto *placeholder = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(placeholder);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_pagesToMake.isEmpty()) {
        connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
            const auto it = m_pagesToMake.find(m_tabs->currentWidget());
            if (it == m_pagesToMake.end())
                return;
            QWidget *shown = it.key();
            const std::function<QWidget *()> makePage = std::move(it.value());
            m_pagesToMake.erase(it);
            if (QWidget *page = makePage()) {
                shown->layout()->addWidget(page);
                page->show();
            }
        });
    }
    m_pagesToMake.insert(placeholder, std::move(make));
    return m_tabs->addTab(placeholder, title);
}

void JournalWindow::addHeaderAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_headerActions->addWidget(button);
}

QList<QAction *> JournalWindow::lessonActions() const
{
    return {m_editLesson, m_addTask, m_markAbsent, m_gradedTask, m_deleteLesson, m_createDistance};
}

bool JournalWindow::mayEdit() const
{
    return JournalAccess::mayEdit(m_context.user, m_subject.assignment);
}

bool JournalWindow::teachesSubject() const
{
    return JournalAccess::teachesSubject(m_context.user, m_subject.assignment);
}

void JournalWindow::setClock(std::function<QDateTime()> clock)
{
    m_context.clock = std::move(clock);
    if (m_hideScheduled->isChecked())
        onHideScheduledToggled(true);
    updateHours();
    refreshLesson();
}

void JournalWindow::showProblem(const QString &message)
{
    m_message->showProblem(message);
}

void JournalWindow::updateHours()
{
    m_hoursByFact->setText(
        tr("%1 h. by fact").arg(m_reader.heldHours(m_subject.assignment.id, m_context.today())));
}

void JournalWindow::resolveConflict(const QModelIndex &index, bool takeSgo)
{
    const qint64 lessonId = index.data(JournalTableModel::LessonIdRole).toLongLong();
    const qint64 studentId = index.data(JournalTableModel::StudentIdRole).toLongLong();
    m_store->resolveConflict(lessonId, studentId, takeSgo, [this](bool ok, const QString &error) {
        if (!ok) {
            showProblem(tr("The choice could not be saved: %1").arg(error));
            return;
        }
        m_model->reload();
        Q_EMIT journalChanged();
    });
}

void JournalWindow::reloadFromCache()
{
    m_model->reload();
    refreshLessonList();
    if (m_lessonId && m_model->columnOfLesson(m_lessonId) < 0)
        m_lessonId = 0;
    refreshLesson();
    updateHours();
}

void JournalWindow::onHideScheduledToggled(bool hide)
{
    m_source->setDateLimit(hide ? m_context.today() : QDate());
    m_model->reload();
    refreshLessonList();
    if (m_lessonId && m_model->columnOfLesson(m_lessonId) < 0)
        m_lessonId = 0;
    refreshLesson();
}

void JournalWindow::onLessonActivated(int column)
{
    const qint64 id = m_model->lessonIdAt(column);
    if (id == m_lessonId)
        return;
    m_lessonId = id;
    refreshLesson();
}

void JournalWindow::selectLesson(qint64 lessonId)
{
    m_lessonId = lessonId;
    const int column = m_model->columnOfLesson(lessonId);
    if (column >= 0) {
        const QModelIndex current = m_grid->currentIndex();
        const int row = current.isValid() ? current.row() : 0;
        if (m_model->rowCount() > 0)
            m_grid->setCurrentIndex(m_model->index(row, column));
        m_grid->scrollTo(m_model->index(row, column));
    }
    refreshLesson();
}

QString JournalWindow::lessonTitle(const Lesson &lesson) const
{
    return JournalLabels::longDate(lesson.date) + QLatin1Char('\n') +
           tr("%1 on the topic: %2").arg(JournalLabels::lessonType(lesson.type), lesson.topic);
}

QString JournalWindow::callStateText(const DistanceLesson &call) const
{
    switch (Journals::distanceLessonState(call, m_context.now())) {
    case DistanceLessonState::NotStarted:
        return tr("Has not started yet.");
    case DistanceLessonState::Running:
        return tr("Running now: you can join.");
    case DistanceLessonState::Ended:
        return tr("The call has ended");
    }
    return {};
}

void JournalWindow::refreshLesson()
{
    const std::optional<Lesson> lesson = m_lessonId ? m_reader.lesson(m_lessonId) : std::nullopt;
    if (!lesson)
        m_lessonId = 0;
    const std::optional<DistanceLesson> call = lesson ? m_reader.distanceLesson(m_lessonId) : std::nullopt;
    m_lessonPanel->showLesson(lesson, lesson ? m_reader.tasks(m_lessonId) : QList<JournalTask>(), call,
                              call ? callStateText(*call) : QString());
    updateActions(lesson, call.has_value());
}

void JournalWindow::refreshLessonList()
{
    if (!m_lessonList || !m_lessonList->isVisible())
        return; // read when shown
    m_lessonList->clear();
    const QDate limit = m_hideScheduled && m_hideScheduled->isChecked() ? m_context.today() : QDate();
    for (const Lesson &lesson : m_reader.lessons(m_subject.assignment.id, limit)) {
        auto *item = new QListWidgetItem(QLocale().toString(lesson.date, QStringLiteral("dd.MM")) +
                                             QStringLiteral("  ") + JournalLabels::lessonType(lesson.type) +
                                             QStringLiteral(": ") + lesson.topic,
                                         m_lessonList);
        item->setData(Qt::UserRole, lesson.id);
    }
}

void JournalWindow::updateActions(const std::optional<Lesson> &lesson, bool hasCall)
{
    const bool editable = mayEdit();
    const bool hasLesson = m_lessonId != 0;
    m_createLesson->setEnabled(editable);
    for (QAction *action : {m_editLesson, m_addTask, m_markAbsent, m_gradedTask, m_deleteLesson})
        action->setEnabled(editable && hasLesson);

    // SPEC §5: a denied action is not offered — only the subject's teacher sees the distance lesson action.
    const bool teaches = teachesSubject();
    m_createDistance->setVisible(teaches);
    const bool passed = lesson && lesson->date < m_context.today();
    m_createDistance->setEnabled(teaches && lesson && !hasCall && !passed);
    m_createDistance->setStatusTip(
        passed ? tr("A distance lesson can be created only while its time has not passed yet.") : QString());
    m_createDistance->setToolTip(m_createDistance->statusTip());
    m_openDistance->setEnabled(hasCall);
    m_deleteDistance->setEnabled(hasCall && teaches);
}

void JournalWindow::createLesson()
{
    Lesson lesson;
    lesson.assignmentId = m_subject.assignment.id;
    lesson.date =
        m_context.semester.contains(m_context.today()) ? m_context.today() : m_context.semester.start;
    LessonDialog dialog(m_context.semester, m_reader.planTopics(m_subject.assignment.id), lesson, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undoStack->push(new LessonCreateCommand(*m_editor, dialog.lesson()));
    m_grid->setFocus();
}

void JournalWindow::editLesson()
{
    const std::optional<Lesson> before = m_reader.lesson(m_lessonId);
    if (!before)
        return;
    LessonDialog dialog(m_context.semester, m_reader.planTopics(m_subject.assignment.id), *before, this);
    if (m_reader.distanceLesson(m_lessonId))
        dialog.lockDate(
            tr("The lesson is held as a distance lesson: delete the distance lesson to move the lesson "
               "to another day."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Lesson after = dialog.lesson();
    if (after.date == before->date && after.academicHours == before->academicHours &&
        after.type == before->type && after.topic == before->topic &&
        after.topicFromPlan == before->topicFromPlan)
        return;
    m_undoStack->push(new LessonChangeCommand(*m_editor, *before, after));
    m_grid->setFocus();
}

void JournalWindow::addTask(bool graded)
{
    const std::optional<Lesson> lesson = m_reader.lesson(m_lessonId);
    if (!lesson)
        return;
    LessonTaskDialog dialog(graded, lessonTitle(*lesson), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undoStack->push(new LessonTaskCommand(*m_editor, JournalTask{0, m_lessonId, dialog.text(), graded}));
    if (graded) {
        // The marks for the task go into the lesson's column: start with the first student.
        const int column = m_model->columnOfLesson(m_lessonId);
        if (column >= 0 && m_model->rowCount() > 0) {
            m_grid->setCurrentIndex(m_model->index(0, column));
            m_grid->setFocus();
        }
    }
}

void JournalWindow::markAbsent()
{
    const std::optional<Lesson> lesson = m_reader.lesson(m_lessonId);
    if (!lesson)
        return;
    QList<JournalStudent> students;
    QSet<qint64> absent;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const std::optional<JournalStudent> student = m_model->studentAt(row);
        if (!student)
            continue;
        students << *student;
        if (m_model->cell(m_lessonId, student->id).absent)
            absent.insert(student->id);
    }
    LessonAbsenceDialog dialog(lessonTitle(*lesson), students, absent, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QSet<qint64> nowAbsent = dialog.absent();
    JournalCellChanges changes;
    for (const JournalStudent &student : std::as_const(students)) {
        const bool wasAbsent = absent.contains(student.id);
        const bool isAbsent = nowAbsent.contains(student.id);
        if (wasAbsent == isAbsent)
            continue;
        const Mark before = m_model->cell(m_lessonId, student.id);
        Mark after = before;
        after.absent = isAbsent;
        changes << JournalCellChange{before, after};
    }
    m_model->requestChanges(changes);
}

void JournalWindow::deleteLesson()
{
    const std::optional<Lesson> lesson = m_reader.lesson(m_lessonId);
    if (!lesson)
        return;
    int filled = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Mark cell = m_model->cell(m_lessonId, m_model->studentIdAt(row));
        if (cell.value > 0 || cell.absent)
            ++filled;
    }
    if (filled > 0) {
        const auto answer = MessageBox::question(
            this, tr("Delete the lesson"),
            tr("The lesson of %1 has %n mark(s) or absence(s). Delete the lesson with them?", nullptr, filled)
                    .arg(QLocale().toString(lesson->date, QLocale::ShortFormat)) +
                QLatin1Char('\n') +
                tr("You can bring it back with Undo (%1).")
                    .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_undoStack->push(new LessonDeleteCommand(*m_editor, m_lessonId));
    m_grid->setFocus();
}

void JournalWindow::createDistanceLesson()
{
    const std::optional<Lesson> lesson = m_reader.lesson(m_lessonId);
    if (!lesson || !teachesSubject())
        return;
    DistanceLessonDialog dialog(*lesson, m_context.user.id, teachesSubject(),
                                m_reader.distanceLessonsOfTeacher(m_context.user.id), m_context.now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undoStack->push(new DistanceLessonCreateCommand(*m_editor, dialog.distanceLesson()));
    m_grid->setFocus();
}

void JournalWindow::openDistanceLesson()
{
    const std::optional<DistanceLesson> call = m_reader.distanceLesson(m_lessonId);
    if (!call)
        return;
    switch (Journals::distanceLessonState(*call, m_context.now())) {
    case DistanceLessonState::NotStarted:
        MessageBox::information(this, tr("Distance lesson"), tr("The distance lesson has not started yet"));
        break;
    case DistanceLessonState::Running: {
        DistanceLessonJoinDialog dialog(QUrl(JournalStore::callUrl(call->id)), this);
        dialog.exec();
        break;
    }
    case DistanceLessonState::Ended:
        MessageBox::information(this, tr("Distance lesson"), tr("The call has ended"));
        break;
    }
}

void JournalWindow::deleteDistanceLesson()
{
    const std::optional<DistanceLesson> call = m_reader.distanceLesson(m_lessonId);
    if (!call || !teachesSubject())
        return;
    m_undoStack->push(new DistanceLessonDeleteCommand(*m_editor, *call));
}
