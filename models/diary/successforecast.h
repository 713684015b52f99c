#pragma once

#include <QList>

// Seed 001 §4: «Рекомендуется регулярно информировать … о прогнозе их итоговой успешности обучающихся за
// отчетный период (семестр).» The forecast is what the UI explains it to be: the mean of the marks so far,
// rounded the usual way (from 4.5 → 5, from 3.5 → 4, from 2.5 → 3, below → 2); with fewer than three marks
// there is no forecast; missing more than 30 % of the lessons held is flagged as a risk of not being
// assessed.
struct SuccessForecast
{
    bool available = false;
    double mean = 0.0;
    int grade = 0;
    bool attendanceRisk = false;
};

namespace Diary {

SuccessForecast successForecast(const QList<int> &marks, int lessonsHeld, int absences);

} // namespace Diary
