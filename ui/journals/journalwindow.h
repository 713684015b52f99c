#pragma once

#include "journals/journalcontext.h"
#include "journals/journalsubject.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class Cache;
class JournalBackend;
class JournalEditor;
class JournalGridView;
class JournalReader;
class JournalSqlSource;
class JournalStore;
class JournalTableModel;
class LessonPanel;
class ProblemLabel;
class QAction;
class QCheckBox;
class QHBoxLayout;
class QIcon;
class QLabel;
class QListWidget;
class QTabWidget;
class QUndoStack;
struct DistanceLesson;
struct Lesson;

// The journal of one group in one subject (seed 004, fig. 447): «Журнал группы …», «1 курс, 1 семестр», the
// subject and its teacher, «ч. по факту» / «ч. по плану», «Скрыть занятия из расписания», and the grid of
// lessons × students with marks, absences and «Средний балл». Every edit goes through the window's undo stack
// and is saved to the cache at once; the grid updates before the cache answers.
//
// Other features plug in through JournalsPage::setExtension(), called for every window once it is built (the
// workspace installs ui/diary's DiaryJournalExtension). There, use
//   - addPage(widget, title)     : a tab next to «Журнал» (final grades, «Сводная ведомость», statistics…);
//   - addPage(title, make)       : the same, made by make() when the tab is first shown — prefer it: a page
//                                  built with the window delays the journal's first paint by its build time;
//   - addHeaderAction(action)    : a button in the header next to «Группы» (e.g. «Экспорт»);
//   - subject(), context()       : the group, the assignment (its id is the journal's), subject, teacher, the
//                                  signed-in user, the semester and the journal's clock (context().now());
//   - reader()                   : reads on the GUI thread's read-only connection: studentMarks() (the
//                                  students with their marks in this journal), lessons(id, today) (held),
//                                  heldHours(), tasks()… — see store/journalreader.h;
//   - cache()                    : to write (Cache::write runs the job on the store thread, never waits);
//   - journalChanged()           : emitted after an edit of marks, lessons, tasks or calls reached the cache.
class JournalWindow : public QWidget
{
    Q_OBJECT
public:
    JournalWindow(JournalBackend &journals, const JournalContext &context, const JournalSubject &subject,
                  QWidget *parent = nullptr);
    ~JournalWindow() override;

    // --- the hook ---
    int addPage(QWidget *page, const QString &title);
    int addPage(const QString &title, std::function<QWidget *()> make);
    void addHeaderAction(QAction *action);
    const JournalSubject &subject() const { return m_subject; }
    const JournalContext &context() const { return m_context; }
    JournalReader &reader() const { return m_reader; }
    Cache &cache() const { return m_cache; }

    // --- the grid and its lessons ---
    QUndoStack *undoStack() const { return m_undoStack; }
    JournalTableModel *model() const { return m_model; }
    JournalGridView *grid() const { return m_grid; }
    JournalEditor *editor() const { return m_editor; }
    // Tests and benchmarks run the journal at a time of their choosing.
    void setClock(std::function<QDateTime()> clock);
    // Selects the lesson's column and shows the lesson in the «Занятие» tab.
    void selectLesson(qint64 lessonId);
    qint64 selectedLessonId() const { return m_lessonId; }
    // The selected lesson's «Действия» (its column header's context menu shows the same).
    QList<QAction *> lessonActions() const;
    // The cache changed behind the window (a refresh from SGO brought other people's marks, lessons,
    // students): the grid, the lessons and the hours read again; the selection stays where it can.
    void reloadFromCache();
    // «Оставить моё» / «Взять из СГО» for a cell SGO changed under a pending edit (its ConflictRole).
    void resolveConflict(const QModelIndex &index, bool takeSgo);
    // A message for the user above the grid: a refused entry, a write the cache did not take.
    void showProblem(const QString &message);
    // The icon of a distance lesson: its column header, its action, the lesson panel.
    static QIcon distanceLessonIcon();

Q_SIGNALS:
    void journalChanged();
    // «Группы»: back to the list of groups.
    void backRequested();

private:
    QWidget *buildHeader();
    QWidget *buildSidePanel();
    void createActions();
    void updateHours();
    void onHideScheduledToggled(bool hide);
    void onLessonActivated(int column);
    void refreshLesson();
    void refreshLessonList();
    // The selected lesson as refreshLesson() has just read it.
    void updateActions(const std::optional<Lesson> &lesson, bool hasCall);
    QString lessonTitle(const Lesson &lesson) const;
    QString callStateText(const DistanceLesson &call) const;

    void createLesson();
    void editLesson();
    void addTask(bool graded);
    void markAbsent();
    void deleteLesson();
    void createDistanceLesson();
    void openDistanceLesson();
    void deleteDistanceLesson();

    bool mayEdit() const;
    bool teachesSubject() const;

    Cache &m_cache;
    JournalContext m_context;
    JournalSubject m_subject;
    JournalReader &m_reader;
    std::unique_ptr<JournalStore> m_store;
    JournalSqlSource *m_source = nullptr; // owned by m_model
    JournalTableModel *m_model = nullptr;
    JournalEditor *m_editor = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHBoxLayout *m_headerActions = nullptr;
    JournalGridView *m_grid = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    QListWidget *m_planList = nullptr;
    QListWidget *m_lessonList = nullptr;
    QLabel *m_hoursByFact = nullptr;
    ProblemLabel *m_message = nullptr;
    QCheckBox *m_hideScheduled = nullptr;
    QAction *m_createLesson = nullptr;
    QAction *m_editLesson = nullptr;
    QAction *m_addTask = nullptr;
    QAction *m_markAbsent = nullptr;
    QAction *m_gradedTask = nullptr;
    QAction *m_deleteLesson = nullptr;
    QAction *m_createDistance = nullptr;
    QAction *m_openDistance = nullptr;
    QAction *m_deleteDistance = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    qint64 m_lessonId = 0;
    // Pages not made yet, by the placeholder in their tab.
    QHash<QWidget *, std::function<QWidget *()>> m_pagesToMake;
};
