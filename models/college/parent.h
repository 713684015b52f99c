#pragma once

#include "college/entrymethod.h"
#include "college/personname.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

// A parent or legal representative («родитель (законный представитель)»).
struct Parent
{
    // How the parent gave their contacts for delivery (seed 001 §7).
    enum class ContactSource { Unknown, InWriting, Electronic };
    // Consent to personal-data processing (seed 001 §1).
    enum class Consent { NotAsked, Given, Refused };

    qint64 id = 0;
    PersonName name;
    QString phone;
    QString email;
    QString login;
    EntryMethod entry = EntryMethod::QuickEntry;
    QString homeOrganisation;
    ContactSource contactSource = ContactSource::Unknown;
    Consent consent = Consent::NotAsked;
    QDate consentDate;
};

// A parent «привязан» to a child (seed 002): needed for a certificate application.
struct ParentLink
{
    qint64 parentId = 0;
    qint64 studentId = 0;
    QString relation; // «мать», «отец», «опекун»
};
