#pragma once

#include "diary/finalgrade.h"

#include <QList>
#include <QString>

#include <functional>

// Where the summary sheet keeps final grades (the cache, in app/store). Saving never blocks the caller: done
// comes back later on the caller's thread, ok or with the error for the user.
class SummarySheetStore
{
public:
    using Done = std::function<void(bool ok, const QString &error)>;
    virtual ~SummarySheetStore() = default;
    // All of them or none.
    virtual void saveFinalGrades(const QList<FinalGrade> &grades, Done done) = 0;
};
