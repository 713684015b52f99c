#pragma once

#include "footprint/basextensioncatalogue.h"
#include "college/collegedata.h"
#include "sync/footprintoutboxstore.h"
#include "footprint/footprintplanner.h"
#include "footprint/footprintprogress.h"
#include "footprint/footprintsetup.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// What the footprint is built from, as the cache holds it: the БАС programs with their ЦС settings and
// «Расширения БАС», and what the LMS records of each student. Runs on the store thread; the write functions
// are meant for write jobs (Cache::write) so that a change and the statements it makes due commit together.
class FootprintLms
{
public:
    struct ProgramData
    {
        FootprintSetup setup;
        Program program;
        QList<ProgramBlock> blocks;
        QList<Activity> activities;
        QHash<qint64, QJsonObject> extensions; // activity id → «Расширения БАС»
    };
    using Refusals = QList<FootprintPlanner::Refusal>;

    // Programs that have ЦС settings (footprint_programs), with their blocks, activities and extensions.
    static std::optional<QList<ProgramData>> programs(QSqlDatabase &db, QString *error);
    // Every study group's name by its id (the ЦС tree names an activity's group).
    static QHash<qint64, QString> groupNames(QSqlDatabase &db);
    static QList<Student> studentsOfGroups(QSqlDatabase &db, const QList<qint64> &groupIds);
    static QList<FootprintProgress> progressOfActivity(QSqlDatabase &db, qint64 activityId);
    static QString organisation(QSqlDatabase &db);

    static bool saveSetup(QSqlDatabase &db, qint64 programId, const FootprintSetup &setup, QString *error);

    // A student's progress in an activity changed (a status change, a grade, a report, a confirmation, a
    // document): it is stored and the fact it makes due is queued, with the structure it points to.
    static bool recordProgress(QSqlDatabase &db, const FootprintProgress &progress,
                               const BasExtensionCatalogue &catalogue, const QDateTime &now, QString *error,
                               Refusals *refusals = nullptr);

    // Seed 000: saving «Расширения БАС» of an activity updates every report and re-sends the ЦС of those
    // already sent with the corrected values (a cancel and the next revision, with the official letter if
    // given). Nothing is saved when a value is refused.
    static bool saveActivityExtensions(QSqlDatabase &db, qint64 activityId, const QJsonObject &values,
                                       const BasExtensionCatalogue &catalogue, const QDateTime &now,
                                       QString *error, Refusals *refusals = nullptr,
                                       const std::optional<FootprintDocumentFile> &letter = std::nullopt);

    // A student's own «Расширения БАС» values in an activity (the report's corrections): stored with the
    // progress and the fact re-planned (a correction if it was sent). Nothing is saved when a value is
    // refused.
    static bool saveStudentExtensions(QSqlDatabase &db, qint64 activityId, qint64 studentId,
                                      const QJsonObject &values, const BasExtensionCatalogue &catalogue,
                                      const QDateTime &now, QString *error, Refusals *refusals = nullptr);
    // «Аттестация» and «Аттестация по блоку» of the activity's editing form.
    static bool saveAttestationFlags(QSqlDatabase &db, qint64 activityId, bool attestation,
                                     bool blockAttestation, QString *error);

    // «Загрузить дневники практик»: a file for a student of a practical block (the diary or another
    // document). The file is read and hashed here, on the store thread; the block report is queued once it is
    // ready.
    static bool addPracticeFile(QSqlDatabase &db, qint64 blockId, qint64 studentId,
                                FootprintAttachment::Usage usage, const QString &path,
                                const BasExtensionCatalogue &catalogue, const QDateTime &now, QString *error);
    static QList<PracticeReportFiles> practiceFiles(QSqlDatabase &db, qint64 blockId);

    // The activity's editing form: its «Расширения БАС» and the flags «Аттестация», «Аттестация по блоку».
    struct ActivityForm
    {
        QJsonObject values;
        bool attestation = false;
        bool blockAttestation = false;
    };
    static ActivityForm activityForm(QSqlDatabase &db, qint64 activityId);

    // «Загрузить дневники практик»: a student of the groups that take the practical block, with the files
    // uploaded and the state of their block report.
    struct PracticeDiaryRow
    {
        Student student;
        QStringList diary;  // file names
        QStringList others; // file names
        std::optional<FootprintSchema::State> state;
        QString lastError;
    };
    // Sorted by the student's full name.
    static QList<PracticeDiaryRow> practiceDiaries(QSqlDatabase &db, qint64 blockId);

    // One student's report of an activity as the ЦС section shows it.
    struct Report
    {
        Student student;
        bool filled = false; // a fact is queued or sent: the «Заполнены» tab
        FootprintSchema::State state = FootprintSchema::State::Waiting;
        QString lastError;
        QJsonObject values; // the student's own «Расширения БАС» values
    };
    static QList<Report> reports(QSqlDatabase &db, qint64 activityId);
    // The state of the latest revision of a fact, if it is queued at all.
    static std::optional<FootprintSchema::State> factState(QSqlDatabase &db, const QString &factKey,
                                                           QString *lastError = nullptr);

    // The demo college's LMS record (DemoFootprint) stored and queued, once. `queued` says how many
    // statements.
    static bool queueDemo(QSqlDatabase &db, const BasExtensionCatalogue &catalogue, const QDateTime &now,
                          QString *error, int *queued = nullptr);
};
