#pragma once

#include "college/entrymethod.h"

#include <QString>

namespace Accounts {

// Seed 002: «Внимание! Для подачи заявления на выдачу сертификата необходимо, чтобы в АИС СГО родитель был
// «привязан» к своему ребенку!» — what stops a parent's certificate application, or empty when nothing does.
QString certificateApplicationProblem(bool parentLinkedToChild);

// Seed 002, rule 1: «вход в ОДО осуществляется по учетным записям …, выданным … в той организации, откуда он
// был зачислен»; the person's card says where the login comes from: empty when this organisation issues it.
QString loginComesFrom(EntryMethod entry, const QString &homeOrganisation);

} // namespace Accounts
