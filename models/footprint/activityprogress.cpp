#include "footprint/activityprogress.h"

#include <algorithm>

std::optional<QDateTime> Footprint::completionStatusChangedAt(ActivityType type,
                                                              const ActivityProgress &progress)
{
    switch (type) {
    case ActivityType::Test:
        if (progress.testPassedAt.isValid())
            return progress.testPassedAt;
        return std::nullopt;
    case ActivityType::Assignment:
        if (progress.solutionSentAt.isValid() && progress.gradedAt.isValid())
            return std::max(progress.solutionSentAt, progress.gradedAt);
        return std::nullopt;
    default:
        break;
    }
    if (progress.finishPressedAt.isValid())
        return progress.finishPressedAt;
    return std::nullopt;
}
