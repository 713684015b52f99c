#pragma once

#include "college/entrymethod.h"
#include "college/personname.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

struct Student
{
    qint64 id = 0;
    PersonName name;
    qint64 groupId = 0;
    QDate birthDate;
    QString untiId; // the learner's UNTI ID at U2035
    QString login;  // SGO login, empty when none was issued
    EntryMethod entry = EntryMethod::QuickEntry;
    QString homeOrganisation; // for OtherOrganisationList: where the login comes from
};
