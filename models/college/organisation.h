#pragma once

#include <QString>

struct Organisation
{
    QString name;      // full official name
    QString shortName; // as the window title shows it
    QString city;
    QString vkCommunityId; // «Настройки коммуникативной среды»: the VK community identifier
    QString semesterTitle; // «1 курс, 1 семестр» style label of the current period
};
