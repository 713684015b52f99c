#pragma once

#include <QString>
#include <QtGlobal>

// A discipline, e.g. «Английский язык» in cycle «ОГСЭ».
struct Subject
{
    qint64 id = 0;
    QString name;
    QString cycle;

    // «Английский язык(ОГСЭ)», as chat names and journal headers write it.
    QString displayName() const { return cycle.isEmpty() ? name : name + QLatin1Char('(') + cycle + QLatin1Char(')'); }
};
