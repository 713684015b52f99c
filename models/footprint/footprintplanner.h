#pragma once

#include "footprint/activity.h"
#include "footprint/basextensioncatalogue.h"
#include "footprint/basproblem.h"
#include "footprint/footprintprogress.h"
#include "footprint/footprintsetup.h"
#include "footprint/footprintstatement.h"
#include "footprint/programblock.h"
#include "college/student.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUuid>

// Turns one program of the cache into the statements U2035 takes (seed 000, issue 4): the structure first
// (author for the course, blocks and activities; host for assessments and fact definitions), then each
// student's facts as StatementRefs to it, due when the rules of footprintdue say. «Расширения БАС» values,
// the activity's with the student's over them, are checked against the catalogue first; a fact with a refused
// value is not planned and the refusal names the field.
class FootprintPlanner
{
public:
    struct Refusal
    {
        qint64 activityId = 0;
        qint64 studentId = 0; // 0: the activity's own value
        BasProblem problem;
    };
    struct Plan
    {
        QList<FootprintStatement> statements;
        QList<Refusal> refusals;
        void append(const Plan &other);
    };

    FootprintPlanner(const FootprintSetup &setup, const Program &program, const QList<ProgramBlock> &blocks,
                     const QList<Activity> &activities, const BasExtensionCatalogue &catalogue);

    // The «Расширения БАС» block of an activity's editing form: one value per field, for all its students.
    void setActivityExtensions(qint64 activityId, const QJsonObject &values);

    Plan structure() const;
    // The facts of one student in one activity (none until the activity's status changed; dueAt may be
    // later).
    Plan facts(const Student &student, const FootprintProgress &progress) const;
    // Seed 000 «ЦС гражданина о прохождении практического блока»: the block attestation with the diary and
    // the other documents, once the attestation is passed and the diary is there.
    Plan practiceReport(const Student &student, const PracticeReportFiles &files,
                        const FootprintProgress &blockAttestation) const;
    // All of it: the structure, every student's facts and reports.
    Plan plan(const QList<Student> &students, const QList<FootprintProgress> &progress,
              const QList<PracticeReportFiles> &reports = {}) const;

    QUuid idOf(const QString &factKey, int revision = 0) const;
    const FootprintSetup &setup() const { return m_setup; }

    static QString courseKey(qint64 programId);
    static QString blockKey(qint64 blockId);
    static QString activityKey(qint64 activityId);
    static QString definitionKey(qint64 activityId);
    static QString factKey(qint64 activityId, qint64 studentId);
    static QString practiceReportKey(qint64 blockId, qint64 studentId);
    static QString documentKey(const FootprintAttachment &attachment);

private:
    enum class Declaration { Author, AuthorAndDefinition, Assessment };

    const ProgramBlock *blockOf(const Activity &activity) const;
    Declaration declarationOf(const Activity &activity) const;
    QString courseIri() const;
    QString blockIri(const ProgramBlock &block) const;
    QString activityIri(const Activity &activity) const;
    // The statement learner facts of this activity point to.
    QUuid referenceOf(const Activity &activity) const;
    XapiContext context(const ProgramBlock *block) const;
    // The values of both levels checked and split into result and context extensions; refusals when any
    // fails.
    bool extensionsFor(const Activity &activity, const QJsonObject &studentValues, qint64 studentId,
                       QJsonObject *result, QJsonObject *context, QList<Refusal> *refusals) const;
    FootprintStatement statement(const QString &key, FootprintStatement::Rank rank,
                                 const QList<QUuid> &dependsOn, const QDateTime &dueAt,
                                 const QJsonObject &json) const;

    FootprintSetup m_setup;
    Program m_program;
    QList<ProgramBlock> m_blocks;
    QList<Activity> m_activities;
    QHash<qint64, qsizetype> m_activityIndex;
    QHash<qint64, qsizetype> m_blockIndex;
    QHash<qint64, QJsonObject> m_activityExtensions;
    const BasExtensionCatalogue &m_catalogue;
};
