#pragma once

#include "college/collegedata.h"
#include "footprint/footprintprogress.h"
#include "footprint/footprintsetup.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

// The demo college's LMS record for U2035: what each student of a БАС group did in each activity of its
// program, and the «Расширения БАС» a methodist filled in. Deterministic like the rest of the demo college,
// and all in its autumn (DemoCalendar), so everything is due by the time the demo is opened.
class DemoFootprint
{
public:
    static FootprintSetup setup(const CollegeData &college, const Program &program);
    static QList<FootprintProgress> progress(const CollegeData &college, quint64 seed = 20250901);
    static QHash<qint64, QJsonObject> activityExtensions(const CollegeData &college);
};
