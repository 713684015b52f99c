#pragma once

#include "footprint/footprintattachment.h"
#include "footprint/xapicontext.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// A learner fact: what one student did, pointing (StatementRef) to the author or host statement of the
// activity. Only what is set is written, so each kind carries the keys of its sample.
struct FootprintFact
{
    enum class Verb {
        Passed,  // tests, assignments, practical work, attestations, the practical block report
        Failed,  // … the same with success false
        Watched, // video and webinars
        Viewed,  // text elements of presentations
        Downloaded,
        Completed, // theoretical activities finished with «Завершить активность»
    };
    struct Score
    {
        double raw = 0;
        double min = 0;
        double max = 0;
    };

    Verb verb = Verb::Passed;
    QUuid ref; // the author/host statement of the activity
    std::optional<Score> score;
    std::optional<bool> success;
    QString duration; // ISO 8601 (PT14M8S)
    std::optional<int> attemptsIndex;
    std::optional<int> attemptsMax;
    QString target; // "max": which attempt counts
    // Watched: the share of the video seen and whether it was the recording of a webinar.
    std::optional<int> viewPercentage;
    std::optional<bool> watchedRecording;
    QJsonObject resultExtensions;  // «Расширения БАС» of result, after the student's overrides
    QJsonObject contextExtensions; // «Расширения БАС» of context, qualification…
    QString parentIri;             // contextActivities.parent by id only, as passed_activity_fact has it
    XapiContext context;
    QList<FootprintAttachment> attachments;
};
