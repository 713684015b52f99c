#include "footprint/blockattestation.h"

#include <algorithm>

namespace {

QList<Activity> attestationsInOrder(const QList<Activity> &activities)
{
    QList<Activity> result;
    for (const Activity &activity : activities) {
        if (activity.attestation)
            result << activity;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Activity &a, const Activity &b) { return a.position < b.position; });
    return result;
}

} // namespace

std::optional<qint64> Footprint::blockAttestationOf(const QList<Activity> &activitiesOfBlock)
{
    const QList<Activity> attestations = attestationsInOrder(activitiesOfBlock);
    if (attestations.isEmpty())
        return std::nullopt;
    return attestations.last().id;
}

BlockAttestationProblem Footprint::blockAttestationProblem(const QList<Activity> &activitiesOfBlock)
{
    for (const Activity &activity : activitiesOfBlock) {
        if (activity.blockAttestation && !activity.attestation)
            return BlockAttestationProblem::MarkedWithoutAttestation;
    }
    const QList<Activity> attestations = attestationsInOrder(activitiesOfBlock);
    if (attestations.isEmpty())
        return BlockAttestationProblem::NoAttestation;
    const auto marked = std::count_if(attestations.cbegin(), attestations.cend(),
                                      [](const Activity &a) { return a.blockAttestation; });
    if (marked == 0)
        return BlockAttestationProblem::NotMarked;
    if (marked > 1 || !attestations.last().blockAttestation)
        return BlockAttestationProblem::MarkedOnNotLast;
    return BlockAttestationProblem::None;
}
