#pragma once

#include "footprint/activity.h"

#include <QDateTime>

#include <optional>

// What a student has done in one activity, as the LMS records it. An invalid QDateTime means "not yet".
struct ActivityProgress
{
    QDateTime testPassedAt;      // «Контрольная»: the test is passed
    QDateTime solutionSentAt;    // «Задание»: the solution is sent for checking
    QDateTime gradedAt;          // «Задание»: … and graded
    QDateTime finishPressedAt;   // «Завершить активность»
    QDateTime reportSentAt;      // a practical report sent by the student
    QDateTime reportConfirmedAt; // … confirmed by the teacher
};

namespace Footprint {

// Seed 000 «Когда меняется статус прохождения активности?»: «Контрольная» — «когда студент пройдет тест»;
// «Задание» — «когда студент отправит решение задания на проверку и получит оценку»; every other type —
// «когда студент нажмет … кнопку “Завершить активность”». Returns when the status changed, if it has.
std::optional<QDateTime> completionStatusChangedAt(ActivityType type, const ActivityProgress &progress);

} // namespace Footprint
