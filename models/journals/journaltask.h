#pragma once

#include <QString>
#include <QtGlobal>

// A task given at a lesson («Добавить задание»); a graded one is «Задание с оценками»: its marks go into the
// lesson's column.
struct JournalTask
{
    qint64 id = 0;
    qint64 lessonId = 0;
    QString text;
    bool graded = false;
};
