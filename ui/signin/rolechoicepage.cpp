#include "signin/rolechoicepage.h"

#include "widgets/labels.h"
#include "widgets/centredcolumn.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

QList<Role> RoleChoicePage::offered(Roles roles)
{
    QList<Role> result;
    for (Role role : {Role::Admin, Role::Curator, Role::SubjectTeacher}) {
        if (roles.testFlag(role))
            result << role;
    }
    return result;
}

RoleChoicePage::RoleChoicePage(const QString &personName, const QString &organisation, Roles roles,
                               QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("roleChoicePage"));
    QVBoxLayout *column = CentredColumn::install(this, tr("Choose a role"));
    auto *who = new QLabel(tr("%1, %2").arg(personName, organisation), this);
    who->setWordWrap(true);
    column->addWidget(who);
    column->addSpacing(8);
    for (Role role : offered(roles)) {
        auto *button = new QCommandLinkButton(Labels::role(role), this);
        button->setObjectName(QStringLiteral("role_") + Labels::roleKey(role));
        button->setStatusTip(tr("Work as %1").arg(Labels::role(role)));
        connect(button, &QCommandLinkButton::clicked, this, [this, role] { Q_EMIT roleChosen(role); });
        column->addWidget(button);
        m_buttons.append({role, button});
    }
    CentredColumn::addHint(column, tr("SGO gives you these roles. You can switch role at any time."));
    if (!m_buttons.isEmpty())
        setFocusProxy(m_buttons.first().second);
}

void RoleChoicePage::setLastChoice(Role role)
{
    for (const auto &[buttonRole, button] : std::as_const(m_buttons)) {
        const bool chosen = buttonRole == role;
        button->setDefault(chosen);
        if (chosen)
            setFocusProxy(button);
    }
}
