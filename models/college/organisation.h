#pragma once

#include <QDate>
#include <QString>

struct Organisation
{
    QString name;      // full official name
    QString shortName; // as the window title shows it
    QString city;
    QString vkCommunityId; // «Настройки коммуникативной среды»: the VK community identifier
    QString semesterTitle; // «1 курс, 1 семестр» style label of the current period
    // The academic year the college is in, as SGO says (webapi/context, webapi/sync/organisation).
    QDate yearStart;
    QDate yearEnd;
};
