#include "signin/rolechoicepage.h"

#include "logowidget.h"
#include "widgets/labels.h"
#include "widgets/pageheading.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
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
    auto *column = new QVBoxLayout;
    column->addWidget(new LogoWidget(64, this));
    column->addSpacing(8);
    column->addWidget(new PageHeading(tr("Choose a role"), this));
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
    auto *hint = new QLabel(tr("SGO gives you these roles. You can switch role at any time."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    column->addSpacing(8);
    column->addWidget(hint);

    auto *centre = new QVBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column);
    centre->addStretch(2);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centre, 2);
    layout->addStretch(1);
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
