#pragma once

#include "footprint/activityprogress.h"
#include "footprint/footprintkind.h"

#include <QDateTime>

#include <optional>

// When a footprint may be sent and by when it must have been: our outbox sends as soon as `from` passes.
struct FootprintWindow
{
    QDateTime from;
    QDateTime deadline; // invalid: no deadline of its own
};

namespace Footprint {

constexpr qint64 FootprintDelaySecs = 48 * 3600;
constexpr qint64 MessagesPeriodSecs = 6 * 3600;

// Seed 000, list 1: «Информация, которая передается в течение 48 часов после смены статуса прохождения».
std::optional<FootprintWindow> windowAfterStatusChange(ActivityType type, const ActivityProgress &progress);

// Seed 000, list 2: «после подтверждения отчета преподавателем ИЛИ по истечении 48 часов с момента отправки
// отчета студентом (если преподаватель его не подтвердил)». A confirmation counts only when it came within
// the 48 hours; the window opens at the confirmation or at the timeout, whichever the report met first.
std::optional<FootprintWindow> windowAfterReport(const ActivityProgress &progress);

// Seed 000: «Мы накапливаем сообщения, отправленные в чат или комнату дисциплины, и передаем их каждые 6
// часов.» The first batch starts counting at the first message; then every 6 hours after the last delivery.
QDateTime nextMessagesDelivery(const QDateTime &lastDelivery, const QDateTime &firstPendingMessage);

// Whether a window is open at `now`: the clock edge is inclusive (48:00 is due, 47:59 is not).
bool isDue(const FootprintWindow &window, const QDateTime &now);

} // namespace Footprint
