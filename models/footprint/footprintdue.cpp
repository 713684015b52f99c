#include "footprint/footprintdue.h"

#include <algorithm>

std::optional<FootprintWindow> Footprint::windowAfterStatusChange(ActivityType type,
                                                                  const ActivityProgress &progress)
{
    const std::optional<QDateTime> changed = completionStatusChangedAt(type, progress);
    if (!changed)
        return std::nullopt;
    return FootprintWindow{*changed, changed->addSecs(FootprintDelaySecs)};
}

std::optional<FootprintWindow> Footprint::windowAfterReport(const ActivityProgress &progress)
{
    if (!progress.reportSentAt.isValid())
        return std::nullopt;
    const QDateTime timeout = progress.reportSentAt.addSecs(FootprintDelaySecs);
    const bool confirmedInTime = progress.reportConfirmedAt.isValid() && progress.reportConfirmedAt < timeout;
    const QDateTime from =
        confirmedInTime ? std::max(progress.reportConfirmedAt, progress.reportSentAt) : timeout;
    return FootprintWindow{from, QDateTime()};
}

QDateTime Footprint::nextMessagesDelivery(const QDateTime &lastDelivery, const QDateTime &firstPendingMessage)
{
    if (!firstPendingMessage.isValid())
        return QDateTime();
    const QDateTime start = lastDelivery.isValid() ? lastDelivery : firstPendingMessage;
    return start.addSecs(MessagesPeriodSecs);
}

bool Footprint::isDue(const FootprintWindow &window, const QDateTime &now)
{
    return window.from.isValid() && now >= window.from;
}
