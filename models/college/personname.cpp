#include "college/personname.h"

#include <QStringList>

QString PersonName::full() const
{
    QStringList parts{last, first};
    if (!middle.isEmpty())
        parts << middle;
    return parts.join(QLatin1Char(' '));
}

QString PersonName::initials() const
{
    QString result = last;
    if (!first.isEmpty())
        result += QLatin1Char(' ') + first.left(1) + QLatin1Char('.');
    if (!middle.isEmpty())
        result += middle.left(1) + QLatin1Char('.');
    return result;
}
