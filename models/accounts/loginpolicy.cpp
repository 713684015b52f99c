#include "accounts/loginpolicy.h"

bool organisationIssuesLogin(EntryMethod entry)
{
    return entry != EntryMethod::OtherOrganisationList;
}
