#pragma once

#include "journals/journalconflict.h"

#include "journals/lesson.h"
#include "journals/mark.h"

#include <QCoreApplication>
#include <QString>

// How the journal writes lesson types and cells, in one place for the grid, the dialogs and the extracts.
class JournalLabels
{
    Q_DECLARE_TR_FUNCTIONS(JournalLabels)
public:
    static QList<LessonType> lessonTypes();
    static QString lessonType(LessonType type);      // «Лекция»
    static QString lessonTypeShort(LessonType type); // «Лек.», for the grid's column header
    // «5», «н», «н/4» (absent, yet marked), empty.
    static QString cell(const Mark &mark);
    // «Изменено в СГО: 4», «Удалено в СГО».
    static QString conflict(const JournalConflict &conflict);
    // «1 ч.», academic hours.
    static QString hours(int academicHours);
    // «Пятница, 20 октября 2026 г.»
    static QString longDate(const QDate &date);
};
