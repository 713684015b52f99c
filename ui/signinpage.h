#pragma once

#include "college/role.h"
#include "college/staffmember.h"

#include <QWidget>

class CollegeRepository;
class QCommandLinkButton;

// The demo sign-in: one person per role, so each role's view of the program can be tried.
// Only the roles someone in the college actually holds are offered.
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(const CollegeRepository &college, QWidget *parent = nullptr);

    // Makes the previous choice the default button, so Enter repeats it.
    void setLastChoice(Role role);
    bool offersAnyone() const { return !m_buttons.isEmpty(); }

    static QList<Role> offeredRoles();

Q_SIGNALS:
    void signInRequested(const StaffMember &user, Role role);

private:
    QList<QPair<Role, QCommandLinkButton *>> m_buttons;
};
