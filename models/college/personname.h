#pragma once

#include <QString>

// A person's name as Russian documents write it: «Фамилия Имя Отчество».
struct PersonName
{
    QString last;
    QString first;
    QString middle; // empty when the person has no patronymic («Нет отчества»)

    QString full() const;
    // «Каган Н.В.», as the journal header names a teacher.
    QString initials() const;
    bool operator==(const PersonName &) const = default;
};
