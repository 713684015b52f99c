#pragma once

#include "section.h"
#include "staffmember.h"

#include <QWidget>

class CollegeRepository;
class QListWidget;
class QStackedWidget;

// What a signed-in user works in: the navigation and the sections' pages. Built for one user and thrown away
// when the user switches, so a section the user may not see is never even created.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    Workspace(const StaffMember &user, const CollegeRepository &college, QWidget *parent = nullptr);

    const StaffMember &user() const { return m_user; }
    QList<Section> sections() const { return m_sections; }
    void showSection(Section section);

private:
    QWidget *createPage(Section section, const CollegeRepository &college);

    StaffMember m_user;
    QList<Section> m_sections;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
};
