#include "footprint/webinarfootprint.h"

std::optional<WebinarFootprint> Footprint::webinarFootprint(const WebinarFacts &facts)
{
    using Presence = WebinarFootprint::Presence;
    if (!facts.finishPressed)
        return std::nullopt;
    if (facts.external && facts.markedPresentByTeacher)
        return WebinarFootprint{Presence::Attended, 0, 100};
    if (!facts.external && facts.presenceSecs > 0)
        return WebinarFootprint{Presence::Attended, facts.presenceSecs, 0};
    if (facts.recordingWatchedSecs > 0)
        return WebinarFootprint{Presence::WatchedRecording, facts.recordingWatchedSecs, 0};
    return std::nullopt;
}
