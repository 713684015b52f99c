#include "footprint/isoduration.h"

#include <QRegularExpression>

std::optional<double> Footprint::parseIsoDuration(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || text == QLatin1String("P") || text.endsWith(QLatin1Char('T')))
        return std::nullopt;
    const double weeks = match.captured(1).toDouble();
    const double days = match.captured(2).toDouble();
    const double hours = match.captured(3).toDouble();
    const double minutes = match.captured(4).toDouble();
    const double seconds = match.captured(5).toDouble();
    return (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds;
}

QString Footprint::formatIsoDuration(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("PT0S");
    const qint64 h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    QString result = QStringLiteral("PT");
    if (h)
        result += QString::number(h) + QLatin1Char('H');
    if (m)
        result += QString::number(m) + QLatin1Char('M');
    if (s)
        result += QString::number(s) + QLatin1Char('S');
    return result;
}
