#pragma once

#include "footprint/activityprogress.h"
#include "footprint/footprintattachment.h"
#include "footprint/footprintfact.h"
#include "footprint/webinarfootprint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A file a teacher uploaded for a student: the diary or another document of a practical block, or a document
// of the final attestation.
struct FootprintDocumentFile
{
    FootprintAttachment attachment; // usage, name, type, length, sha2
    QString localPath;
    QDateTime addedAt;
};

// One student in one activity, as the LMS records it, with what the footprint reports of it.
struct FootprintProgress
{
    qint64 activityId = 0;
    qint64 studentId = 0;
    ActivityProgress events;
    std::optional<FootprintFact::Score> score;
    bool success = true;
    qint64 durationSecs = 0;
    int attemptIndex = 1;
    int attemptsMax = 1;
    qint64 watchedSecs = 0; // video: how much of it was seen
    qint64 videoLengthSecs = 0;
    WebinarFacts webinar;    // webinars (finishPressed follows events.finishPressedAt)
    bool downloaded = false; // presentations: the student also downloaded the file
    QJsonObject extensions;  // the student's own «Расширения БАС» values, over the activity's
    QList<FootprintDocumentFile> documents; // final attestation documents
};

// A practical block's report for one student (seed 000 «ЦС гражданина о прохождении практического блока»).
struct PracticeReportFiles
{
    qint64 blockId = 0;
    qint64 studentId = 0;
    QList<FootprintDocumentFile> diary; // exactly one once uploaded
    QList<FootprintDocumentFile> others;
};
