#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// What U2035 asks in the context of every statement (../shared/u2035/README.md, "every statement"): the
// project, the course and the flow, and, where they apply, the block, module, theme and element. Only what is
// set is written, so each statement carries exactly the keys its sample has.
struct XapiContext
{
    QString parentCourseId; // U2035's course id; written as a number when it is one, as in the samples
    QString flowId;         // likewise
    std::optional<int> blockNum;
    std::optional<int> moduleNum;
    std::optional<qint64> moduleId;
    std::optional<qint64> themeId;
    QString elId;
    bool fd = false; // "FD": true on fact definitions and on facts
};
