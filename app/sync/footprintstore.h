#pragma once

#include "footprint/basextensioncatalogue.h"
#include "sync/footprintlms.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Cache;
class QDateTime;
class QObject;
class QSqlDatabase;

// The ЦС screens' access to the cache (after DiaryStore for the ЭД ones): every read and write runs on the
// store thread through FootprintLms, and its answer comes back on the GUI thread to `context`, not at all
// once `context` is gone. The engine builds it once; the screens never see SQL.
class FootprintStore
{
public:
    FootprintStore(Cache &cache, const BasExtensionCatalogue &catalogue);

    const BasExtensionCatalogue &catalogue() const { return m_catalogue; }

    struct Programs
    {
        QList<FootprintLms::ProgramData> programs;
        QHash<qint64, QString> groupNames;
    };
    void programs(QObject *context, std::function<void(const Programs &)> answer);
    void activityForm(QObject *context, qint64 activityId,
                      std::function<void(const FootprintLms::ActivityForm &)> answer);
    void reports(QObject *context, qint64 activityId,
                 std::function<void(const QList<FootprintLms::Report> &)> answer);
    void practiceDiaries(QObject *context, qint64 blockId,
                         std::function<void(const QList<FootprintLms::PracticeDiaryRow> &)> answer);

    // ok, or the error for the user with the values the catalogue refused (if that was why).
    using Saved = std::function<void(bool ok, const QString &error, const FootprintLms::Refusals &refusals)>;
    // The activity's form: its «Расширения БАС» (the statements they make due are queued) and its flags.
    void saveActivity(QObject *context, qint64 activityId, const QJsonObject &values, bool attestation,
                      bool blockAttestation, Saved done);
    // A student's own «Расширения БАС» values in the activity.
    void saveStudent(QObject *context, qint64 activityId, qint64 studentId, const QJsonObject &values,
                     Saved done);
    // Files for a student of a practical block, all or none.
    void addPracticeFiles(QObject *context, qint64 blockId, qint64 studentId,
                          FootprintAttachment::Usage usage, const QStringList &paths, Saved done);

private:
    // A write job that is given the time of the change and where to put the refused values.
    using Job = std::function<bool(QSqlDatabase &db, const QDateTime &now, FootprintLms::Refusals *refusals,
                                   QString *error)>;
    void write(QObject *context, Job job, Saved done);

    Cache &m_cache;
    const BasExtensionCatalogue &m_catalogue;
};
