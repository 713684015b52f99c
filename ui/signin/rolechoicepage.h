#pragma once

#include "college/role.h"

#include <QWidget>

class QCommandLinkButton;

// A person whom SGO gives several roles chooses the one to work in, as SGO's own sign-in asks: only their
// roles are offered, never another.
class RoleChoicePage : public QWidget
{
    Q_OBJECT
public:
    RoleChoicePage(const QString &personName, const QString &organisation, Roles roles,
                   QWidget *parent = nullptr);

    // The roles offered, in the order shown.
    static QList<Role> offered(Roles roles);
    // Makes the previous choice the default button, so Enter repeats it.
    void setLastChoice(Role role);

Q_SIGNALS:
    void roleChosen(Role role);

private:
    QList<QPair<Role, QCommandLinkButton *>> m_buttons;
};
