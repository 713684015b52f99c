#include "accounts/certificaterules.h"

#include "accounts/loginpolicy.h"

#include <QCoreApplication>

QString Accounts::certificateApplicationProblem(bool parentLinkedToChild)
{
    if (parentLinkedToChild)
        return {};
    return QCoreApplication::translate("Accounts",
                                       "To apply for a certificate, the parent must be linked to their "
                                       "child in SGO.");
}

QString Accounts::loginComesFrom(EntryMethod entry, const QString &homeOrganisation)
{
    if (organisationIssuesLogin(entry))
        return {};
    if (homeOrganisation.trimmed().isEmpty())
        return QCoreApplication::translate(
            "Accounts", "This person signs in with the login and password issued by the school or "
                        "kindergarten they were enrolled from; this organisation does not issue "
                        "one.");
    return QCoreApplication::translate(
               "Accounts", "This person signs in with the login and password issued by «%1»; this "
                           "organisation does not issue one.")
        .arg(homeOrganisation.trimmed());
}
