#pragma once

#include "footprint/activity.h"
#include "footprint/programblock.h"

// The kinds of «ЦС гражданина» that seed 000 names, in its words.
enum class FootprintKind {
    VideoWatch, // «просмотр видеоконтента» (webinars too: «по просмотру видеоматериала»)
    PresentationText,    // «просмотр текстовых элементов презентаций»
    TheoreticalActivity, // «прохождение теоретических активностей»
    TheoreticalAttestation, // «прохождение промежуточной аттестации в теоретическом блоке»
    PracticalActivity,      // «прохождение практических активностей»
    PracticalAttestation, // «прохождение промежуточной аттестации в практическом блоке»
    FinalAttestation, // «прохождение итоговой аттестации по программе»
    LmsMessages,      // «переписка в LMS»
    PracticalBlockReport, // «прохождение практического блока»
};

// How seed 000 times a kind: «в течение 48 часов после смены статуса», «после подтверждения отчета … ИЛИ по
// истечении 48 часов», or «Прочие отчеты» sent on their own schedule.
enum class FootprintTiming { AfterStatusChange, AfterReportConfirmation, Other };

namespace Footprint {

// Which footprint an activity's completion produces, from its type, its block and its «Аттестация» flag.
FootprintKind footprintKindOf(const Activity &activity, ProgramBlock::Kind blockKind);

// Seed 000, list 1 («в течение 48 часов после смены статуса»), list 2 («после подтверждения отчета
// преподавателем ИЛИ по истечении 48 часов»), list 3 («Прочие отчеты»).
FootprintTiming footprintTimingOf(FootprintKind kind);

} // namespace Footprint
