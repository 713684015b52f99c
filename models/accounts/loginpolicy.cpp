#include "accounts/loginpolicy.h"

bool Accounts::organisationIssuesLogin(EntryMethod entry)
{
    return entry != EntryMethod::OtherOrganisationList;
}
