#include "sync/footprintstore.h"

#include "store/cache.h"

#include <QDateTime>

#include <memory>

FootprintStore::FootprintStore(Cache &cache, const BasExtensionCatalogue &catalogue)
    : m_cache(cache), m_catalogue(catalogue)
{}

void FootprintStore::programs(QObject *context, std::function<void(const Programs &)> answer)
{
    m_cache.read(
        context,
        [](QSqlDatabase &db) {
            Programs loaded;
            loaded.programs =
                FootprintLms::programs(db, nullptr).value_or(QList<FootprintLms::ProgramData>());
            loaded.groupNames = FootprintLms::groupNames(db);
            return loaded;
        },
        std::move(answer));
}

void FootprintStore::activityForm(QObject *context, qint64 activityId,
                                  std::function<void(const FootprintLms::ActivityForm &)> answer)
{
    m_cache.read(
        context, [activityId](QSqlDatabase &db) { return FootprintLms::activityForm(db, activityId); },
        std::move(answer));
}

void FootprintStore::reports(QObject *context, qint64 activityId,
                             std::function<void(const QList<FootprintLms::Report> &)> answer)
{
    m_cache.read(
        context, [activityId](QSqlDatabase &db) { return FootprintLms::reports(db, activityId); },
        std::move(answer));
}

void FootprintStore::practiceDiaries(
    QObject *context, qint64 blockId,
    std::function<void(const QList<FootprintLms::PracticeDiaryRow> &)> answer)
{
    m_cache.read(
        context, [blockId](QSqlDatabase &db) { return FootprintLms::practiceDiaries(db, blockId); },
        std::move(answer));
}

void FootprintStore::write(QObject *context, Job job, Saved done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto refusals = std::make_shared<FootprintLms::Refusals>();
    m_cache.write(
        context,
        [job = std::move(job), now, refusals](QSqlDatabase &db, QString *error) {
            return job(db, now, refusals.get(), error);
        },
        [refusals, done = std::move(done)](bool ok, const QString &error) { done(ok, error, *refusals); });
}

void FootprintStore::saveActivity(QObject *context, qint64 activityId, const QJsonObject &values,
                                  bool attestation, bool blockAttestation, Saved done)
{
    const BasExtensionCatalogue *catalogue = &m_catalogue;
    write(
        context,
        [=](QSqlDatabase &db, const QDateTime &now, FootprintLms::Refusals *refusals, QString *error) {
            return FootprintLms::saveAttestationFlags(db, activityId, attestation, blockAttestation, error) &&
                   FootprintLms::saveActivityExtensions(db, activityId, values, *catalogue, now, error,
                                                        refusals);
        },
        std::move(done));
}

void FootprintStore::saveStudent(QObject *context, qint64 activityId, qint64 studentId,
                                 const QJsonObject &values, Saved done)
{
    const BasExtensionCatalogue *catalogue = &m_catalogue;
    write(
        context,
        [=](QSqlDatabase &db, const QDateTime &now, FootprintLms::Refusals *refusals, QString *error) {
            return FootprintLms::saveStudentExtensions(db, activityId, studentId, values, *catalogue, now,
                                                       error, refusals);
        },
        std::move(done));
}

void FootprintStore::addPracticeFiles(QObject *context, qint64 blockId, qint64 studentId,
                                      FootprintAttachment::Usage usage, const QStringList &paths, Saved done)
{
    const BasExtensionCatalogue *catalogue = &m_catalogue;
    write(
        context,
        [=](QSqlDatabase &db, const QDateTime &now, FootprintLms::Refusals *, QString *error) {
            for (const QString &path : paths) {
                if (!FootprintLms::addPracticeFile(db, blockId, studentId, usage, path, *catalogue, now,
                                                   error))
                    return false;
            }
            return true;
        },
        std::move(done));
}
