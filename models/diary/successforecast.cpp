#include "diary/successforecast.h"

#include <numeric>

SuccessForecast Diary::successForecast(const QList<int> &marks, int lessonsHeld, int absences)
{
    SuccessForecast forecast;
    forecast.attendanceRisk = lessonsHeld > 0 && absences * 10 > lessonsHeld * 3;
    if (marks.size() < 3)
        return forecast;
    const int sum = std::accumulate(marks.cbegin(), marks.cend(), 0);
    forecast.available = true;
    forecast.mean = double(sum) / double(marks.size());
    // Integer comparison (sum*2 vs n*(2g-1)) keeps 4.5 exactly at the boundary.
    const qsizetype n = marks.size();
    if (sum * 2 >= n * 9)
        forecast.grade = 5;
    else if (sum * 2 >= n * 7)
        forecast.grade = 4;
    else if (sum * 2 >= n * 5)
        forecast.grade = 3;
    else
        forecast.grade = 2;
    return forecast;
}
