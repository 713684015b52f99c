#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

// A study group («учебная группа»), e.g. ДО-19-3, in course 1–4.
struct Group
{
    qint64 id = 0;
    QString name;
    int course = 1;
    qint64 curatorId = 0; // StaffMember id
    QString specialty;    // e.g. «Дошкольное образование»
    QDate created;
};
