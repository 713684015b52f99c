#pragma once

#include "college/collegedata.h"

#include <QList>
#include <QtGlobal>

class DemoRandom;

// The demo college's LMS: БАС programs of a theoretical block, a practical block and a final attestation
// (seed 000), with activities of every type, taken by a couple of groups each.
class DemoLms
{
public:
    // takers: for each program in turn, the ids of the groups that take it.
    static void fill(CollegeData &college, const QList<QList<qint64>> &takers, DemoRandom &rng);
};
