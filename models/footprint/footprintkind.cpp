#include "footprint/footprintkind.h"

FootprintKind Footprint::footprintKindOf(const Activity &activity, ProgramBlock::Kind blockKind)
{
    if (activity.type == ActivityType::Video || activity.type == ActivityType::Webinar)
        return FootprintKind::VideoWatch;
    if (activity.type == ActivityType::Presentation)
        return FootprintKind::PresentationText;
    switch (blockKind) {
    case ProgramBlock::Kind::FinalAttestation:
        return FootprintKind::FinalAttestation;
    case ProgramBlock::Kind::Practical:
        return activity.attestation ? FootprintKind::PracticalAttestation : FootprintKind::PracticalActivity;
    case ProgramBlock::Kind::Theoretical:
        break;
    }
    return activity.attestation ? FootprintKind::TheoreticalAttestation : FootprintKind::TheoreticalActivity;
}

FootprintTiming Footprint::footprintTimingOf(FootprintKind kind)
{
    switch (kind) {
    case FootprintKind::VideoWatch:
    case FootprintKind::PresentationText:
    case FootprintKind::TheoreticalActivity:
    case FootprintKind::TheoreticalAttestation:
        return FootprintTiming::AfterStatusChange;
    case FootprintKind::PracticalActivity:
    case FootprintKind::PracticalAttestation:
    case FootprintKind::FinalAttestation:
        return FootprintTiming::AfterReportConfirmation;
    case FootprintKind::LmsMessages:
    case FootprintKind::PracticalBlockReport:
        break;
    }
    return FootprintTiming::Other;
}
