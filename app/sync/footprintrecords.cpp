#include "sync/footprintrecords.h"

#include <QJsonArray>

namespace FootprintRecords {

namespace {

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QDateTime timeFrom(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate) : QDateTime();
}

void putTime(QJsonObject &json, const char *key, const QDateTime &value)
{
    if (value.isValid())
        json.insert(QLatin1String(key), time(value));
}

} // namespace

QJsonObject toJson(const FootprintDocumentFile &file)
{
    return QJsonObject{{QStringLiteral("usage"), static_cast<int>(file.attachment.usage)},
                       {QStringLiteral("fileName"), file.attachment.fileName},
                       {QStringLiteral("contentType"), file.attachment.contentType},
                       {QStringLiteral("length"), file.attachment.length},
                       {QStringLiteral("sha2"), file.attachment.sha2},
                       {QStringLiteral("localPath"), file.localPath},
                       {QStringLiteral("addedAt"), time(file.addedAt)}};
}

FootprintDocumentFile fileFromJson(const QJsonObject &json)
{
    FootprintDocumentFile file;
    file.attachment.usage =
        static_cast<FootprintAttachment::Usage>(json.value(QStringLiteral("usage")).toInt());
    file.attachment.fileName = json.value(QStringLiteral("fileName")).toString();
    file.attachment.contentType = json.value(QStringLiteral("contentType")).toString();
    file.attachment.length = json.value(QStringLiteral("length")).toInteger();
    file.attachment.sha2 = json.value(QStringLiteral("sha2")).toString();
    file.localPath = json.value(QStringLiteral("localPath")).toString();
    file.addedAt = timeFrom(json.value(QStringLiteral("addedAt")));
    return file;
}

QJsonObject toJson(const FootprintProgress &progress)
{
    QJsonObject events;
    putTime(events, "testPassedAt", progress.events.testPassedAt);
    putTime(events, "solutionSentAt", progress.events.solutionSentAt);
    putTime(events, "gradedAt", progress.events.gradedAt);
    putTime(events, "finishPressedAt", progress.events.finishPressedAt);
    putTime(events, "reportSentAt", progress.events.reportSentAt);
    putTime(events, "reportConfirmedAt", progress.events.reportConfirmedAt);
    QJsonObject json{
        {QStringLiteral("events"), events},
        {QStringLiteral("success"), progress.success},
        {QStringLiteral("durationSecs"), progress.durationSecs},
        {QStringLiteral("attemptIndex"), progress.attemptIndex},
        {QStringLiteral("attemptsMax"), progress.attemptsMax},
        {QStringLiteral("watchedSecs"), progress.watchedSecs},
        {QStringLiteral("videoLengthSecs"), progress.videoLengthSecs},
        {QStringLiteral("webinar"),
         QJsonObject{{QStringLiteral("presenceSecs"), progress.webinar.presenceSecs},
                     {QStringLiteral("markedPresentByTeacher"), progress.webinar.markedPresentByTeacher},
                     {QStringLiteral("recordingWatchedSecs"), progress.webinar.recordingWatchedSecs}}},
        {QStringLiteral("downloaded"), progress.downloaded}};
    if (progress.score) {
        json.insert(QStringLiteral("score"), QJsonObject{{QStringLiteral("raw"), progress.score->raw},
                                                         {QStringLiteral("min"), progress.score->min},
                                                         {QStringLiteral("max"), progress.score->max}});
    }
    if (!progress.extensions.isEmpty())
        json.insert(QStringLiteral("extensions"), progress.extensions);
    if (!progress.documents.isEmpty()) {
        QJsonArray documents;
        for (const FootprintDocumentFile &file : progress.documents)
            documents << toJson(file);
        json.insert(QStringLiteral("documents"), documents);
    }
    return json;
}

FootprintProgress progressFromJson(const QJsonObject &json, qint64 activityId, qint64 studentId)
{
    FootprintProgress progress;
    progress.activityId = activityId;
    progress.studentId = studentId;
    const QJsonObject events = json.value(QStringLiteral("events")).toObject();
    progress.events.testPassedAt = timeFrom(events.value(QStringLiteral("testPassedAt")));
    progress.events.solutionSentAt = timeFrom(events.value(QStringLiteral("solutionSentAt")));
    progress.events.gradedAt = timeFrom(events.value(QStringLiteral("gradedAt")));
    progress.events.finishPressedAt = timeFrom(events.value(QStringLiteral("finishPressedAt")));
    progress.events.reportSentAt = timeFrom(events.value(QStringLiteral("reportSentAt")));
    progress.events.reportConfirmedAt = timeFrom(events.value(QStringLiteral("reportConfirmedAt")));
    if (json.contains(QStringLiteral("score"))) {
        const QJsonObject score = json.value(QStringLiteral("score")).toObject();
        progress.score = FootprintFact::Score{score.value(QStringLiteral("raw")).toDouble(),
                                              score.value(QStringLiteral("min")).toDouble(),
                                              score.value(QStringLiteral("max")).toDouble()};
    }
    progress.success = json.value(QStringLiteral("success")).toBool(true);
    progress.durationSecs = json.value(QStringLiteral("durationSecs")).toInteger();
    progress.attemptIndex = json.value(QStringLiteral("attemptIndex")).toInt(1);
    progress.attemptsMax = json.value(QStringLiteral("attemptsMax")).toInt(1);
    progress.watchedSecs = json.value(QStringLiteral("watchedSecs")).toInteger();
    progress.videoLengthSecs = json.value(QStringLiteral("videoLengthSecs")).toInteger();
    const QJsonObject webinar = json.value(QStringLiteral("webinar")).toObject();
    progress.webinar.presenceSecs = webinar.value(QStringLiteral("presenceSecs")).toInteger();
    progress.webinar.markedPresentByTeacher =
        webinar.value(QStringLiteral("markedPresentByTeacher")).toBool();
    progress.webinar.recordingWatchedSecs = webinar.value(QStringLiteral("recordingWatchedSecs")).toInteger();
    progress.downloaded = json.value(QStringLiteral("downloaded")).toBool();
    progress.extensions = json.value(QStringLiteral("extensions")).toObject();
    for (const QJsonValue &file : json.value(QStringLiteral("documents")).toArray())
        progress.documents << fileFromJson(file.toObject());
    return progress;
}

} // namespace FootprintRecords
