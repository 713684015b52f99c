#pragma once

#include <QDateTime>
#include <QString>

// What U2035 needs of a college and a program besides the domain: set once in the ЦС settings.
struct FootprintSetup
{
    QString organisation;   // names the statement ids: the organisation's full name
    QString providerBase;   // https://<provider>: the IRIs of courses, blocks and activities start with it
    QString parentCourseId; // U2035's id of the course
    QString authorUntiId;   // the methodist who declares the structure
    QDateTime declaredAt; // the structure statements' timestamp: fixed, so every desktop builds the same ones
    bool online = true;   // is_online of the course
};
