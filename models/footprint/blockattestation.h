#pragma once

#include "footprint/activity.h"

#include <QList>
#include <QtGlobal>

#include <optional>

// What is wrong with the flags a teacher set on a practical block's activities, if anything: the seed asks
// for «Аттестация по блоку» on exactly the last attestation. Empty when they are right.
enum class BlockAttestationProblem {
    None,
    NoAttestation,
    NotMarked,
    MarkedOnNotLast,
    MarkedWithoutAttestation
};

namespace Footprint {

// Seed 000: «Если у вас несколько промежуточных аттестаций в блоке, то аттестацией по всему практическому
// блоку будет последняя аттестация в блоке»; with one, it carries both marks. Returns the block attestation's
// id.
std::optional<qint64> blockAttestationOf(const QList<Activity> &activitiesOfBlock);

BlockAttestationProblem blockAttestationProblem(const QList<Activity> &activitiesOfBlock);

} // namespace Footprint
