#pragma once

#include "college/collegedata.h"
#include "demo/democurriculum.h"

#include <QList>

class DemoRandom;

// The demo college's journals: every teaching assignment's lessons over the whole semester, laid out on
// teaching days from its КТП, and — for lessons held by DemoCalendar::marksUntil() — marks and absences of
// the students enrolled on the lesson's day. Each student has an ability of their own, so that a forecast
// means something.
class DemoJournal
{
public:
    // subjectTemplates: the catalogue entry of each subject, at index subject id − 1.
    static void fill(CollegeData &college, const QList<DemoSubjectTemplate> &subjectTemplates,
                     DemoRandom &rng);
};
