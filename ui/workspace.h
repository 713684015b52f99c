#pragma once

#include "college/section.h"
#include "college/staffmember.h"

#include <QWidget>

class Engine;
class JournalsPage;
class QListWidget;
class QStackedWidget;

// What a signed-in user works in: the navigation and the sections' pages. Built for one user and thrown away
// when the user switches, so a section the user may not see is never even created.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    Workspace(const StaffMember &user, Engine &engine, QWidget *parent = nullptr);

    const StaffMember &user() const { return m_user; }
    QList<Section> sections() const { return m_sections; }
    void showSection(Section section);
    // Null when the user may not see journals.
    JournalsPage *journalsPage() const { return m_journals; }
    // A refresh from SGO changed the cache: the pages that show the college read again.
    void reloadFromCache();

private:
    QWidget *createPage(Section section, Engine &engine);

    StaffMember m_user;
    QList<Section> m_sections;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    JournalsPage *m_journals = nullptr;
};
