#pragma once

#include "college/entrymethod.h"

namespace Accounts {

// Seed 002: «Если ребенок был зачислен через список обучающихся в других ОО …, то вход в ОДО осуществляется
// по учетным записям …, выданным … в той организации, откуда он был зачислен»; quick entry or import → we
// issue it.
bool organisationIssuesLogin(EntryMethod entry);

} // namespace Accounts
