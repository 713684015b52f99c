#include "journals/markinput.h"

MarkInput MarkInput::parse(const QString &typed)
{
    const QString text = typed.trimmed().toLower();
    if (text.isEmpty())
        return MarkInput{Kind::Clear, 0};
    if (text == QStringLiteral("н") || text == QStringLiteral("n"))
        return MarkInput{Kind::Absence, 0};
    bool isNumber = false;
    const int value = text.toInt(&isNumber);
    if (isNumber && value >= Lowest && value <= Highest && text.size() == 1)
        return MarkInput{Kind::Mark, value};
    return MarkInput{Kind::Invalid, 0};
}
