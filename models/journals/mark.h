#pragma once

#include <QtGlobal>

// One journal cell: a mark on the five-point scale and/or an absence («н»).
struct Mark
{
    qint64 lessonId = 0;
    qint64 studentId = 0;
    int value = 0; // 2..5; 0 when there is no mark
    bool absent = false;
};
