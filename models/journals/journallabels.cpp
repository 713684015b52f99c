#include "journals/journallabels.h"

#include <QDate>
#include <QLocale>

QList<LessonType> JournalLabels::lessonTypes()
{
    return {LessonType::Lecture, LessonType::Practice, LessonType::Laboratory, LessonType::Seminar,
            LessonType::Test};
}

QString JournalLabels::lessonType(LessonType type)
{
    switch (type) {
    case LessonType::Lecture:
        return tr("Lecture");
    case LessonType::Practice:
        return tr("Practical lesson");
    case LessonType::Laboratory:
        return tr("Laboratory work");
    case LessonType::Seminar:
        return tr("Seminar");
    case LessonType::Test:
        return tr("Test");
    }
    return {};
}

QString JournalLabels::lessonTypeShort(LessonType type)
{
    switch (type) {
    case LessonType::Lecture:
        return tr("Lect.");
    case LessonType::Practice:
        return tr("Pract.");
    case LessonType::Laboratory:
        return tr("Lab.");
    case LessonType::Seminar:
        return tr("Sem.");
    case LessonType::Test:
        return tr("Tst.");
    }
    return {};
}

QString JournalLabels::cell(const Mark &mark)
{
    const QString absent = tr("n", "absence mark in a journal cell");
    if (mark.value > 0)
        return mark.absent ? absent + QLatin1Char('/') + QString::number(mark.value)
                           : QString::number(mark.value);
    return mark.absent ? absent : QString();
}

QString JournalLabels::hours(int academicHours)
{
    return tr("%1 h.", "academic hours").arg(academicHours);
}

QString JournalLabels::longDate(const QDate &date)
{
    const QLocale locale;
    QString weekday = locale.dayName(date.dayOfWeek(), QLocale::LongFormat);
    if (!weekday.isEmpty())
        weekday[0] = weekday.at(0).toUpper();
    return tr("%1, %2", "weekday, day month year")
        .arg(weekday, locale.toString(date, QStringLiteral("d MMMM yyyy")));
}

QString JournalLabels::conflict(const JournalConflict &conflict)
{
    if (conflict.removed || (conflict.sgo.value == 0 && !conflict.sgo.absent))
        return tr("Removed in SGO");
    return tr("Changed in SGO: %1").arg(cell(conflict.sgo));
}
