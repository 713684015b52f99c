#include "signinpage.h"

#include "store/collegerepository.h"
#include "widgets/labels.h"
#include "widgets/centredcolumn.h"

#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

QList<Role> SignInPage::offeredRoles()
{
    return {Role::Admin, Role::Curator, Role::SubjectTeacher};
}

SignInPage::SignInPage(const CollegeRepository &college, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signInPage"));

    const Organisation organisation = college.organisation();
    QVBoxLayout *column = CentredColumn::install(this, tr("Choose a user"));
    auto *orgLabel =
        new QLabel(organisation.name.isEmpty() ? organisation.shortName : organisation.name, this);
    orgLabel->setObjectName(QStringLiteral("signInOrganisation"));
    orgLabel->setWordWrap(true);
    column->addWidget(orgLabel);
    column->addSpacing(8);

    for (Role role : offeredRoles()) {
        const std::optional<StaffMember> person = college.firstStaffWithRole(role);
        if (!person)
            continue;
        auto *button = new QCommandLinkButton(Labels::role(role), person->name.full(), this);
        button->setObjectName(QStringLiteral("signIn_") + Labels::roleKey(role));
        button->setStatusTip(tr("Sign in as %1 (%2)").arg(person->name.full(), Labels::role(role)));
        const StaffMember user = *person;
        connect(button, &QCommandLinkButton::clicked, this,
                [this, user, role] { Q_EMIT signInRequested(user, role); });
        column->addWidget(button);
        m_buttons.append({role, button});
    }

    QLabel *hint = CentredColumn::addHint(
        column, m_buttons.isEmpty()
                    ? tr("The demo college's staff have not been loaded yet (the first load was cancelled or "
                         "failed). Press F5 to load the rest; «Sending problems» says what failed.")
                    : tr("This is a demo college: choose a role to see the program as that person sees it. "
                         "You can switch user at any time."));
    if (m_buttons.isEmpty())
        hint->setObjectName(QStringLiteral("signInNobody"));

    if (!m_buttons.isEmpty())
        setFocusProxy(m_buttons.first().second);
}

void SignInPage::setLastChoice(Role role)
{
    for (const auto &[buttonRole, button] : std::as_const(m_buttons)) {
        const bool chosen = buttonRole == role;
        button->setDefault(chosen);
        if (chosen)
            setFocusProxy(button);
    }
}
