#pragma once

#include "journals/journalcontext.h"

#include <QWidget>

#include <functional>

class CollegeRepository;
class JournalBackend;
class JournalReader;
class JournalSubjectList;
class JournalWindow;
class QStackedWidget;
class QTreeWidget;
struct JournalSubject;

// «Журнал успеваемости» (SPEC §1, seed 004 fig. 446): the groups this user sees, by course; a group opens its
// journals, one per subject; a journal opens in a JournalWindow (fig. 447).
class JournalsPage : public QWidget
{
    Q_OBJECT
public:
    JournalsPage(JournalBackend &journals, const JournalContext &context, QWidget *parent = nullptr);
    ~JournalsPage() override;

    // The open journal, or null.
    JournalWindow *journalWindow() const { return m_window; }
    void openGroup(qint64 groupId);
    JournalWindow *openJournal(const JournalSubject &journal);
    // Closes the open journal (its undo history goes with it) and shows the group's journals.
    void closeJournal();
    void showGroups();
    // The cache changed behind the page (a refresh from SGO): the groups and the open journal read again.
    void reloadFromCache();
    // Tests run the journals at a time of their choosing (the open one and those opened later).
    void setClock(std::function<QDateTime()> clock);
    // The features that live beside a journal (ЭД's summary sheet, statistics, consents, extracts) add their
    // pages and header actions to every journal window this page opens, once its grid is in place.
    using Extension = std::function<void(JournalWindow &window)>;
    void setExtension(Extension install) { m_extension = std::move(install); }

Q_SIGNALS:
    // A journal window was opened (after the extension was installed in it).
    void journalOpened(JournalWindow *window);

private:
    void fillGroups();

    JournalBackend &m_journals;
    const CollegeRepository &m_college;
    JournalContext m_context;
    JournalReader &m_reader;
    QStackedWidget *m_stack;
    QTreeWidget *m_groups;
    JournalSubjectList *m_subjects;
    JournalWindow *m_window = nullptr;
    Extension m_extension;
};
