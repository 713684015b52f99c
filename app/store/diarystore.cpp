#include "store/diarystore.h"

#include "store/cache.h"
#include "store/diaryrepository.h"

#include <algorithm>
#include <memory>
#include <utility>

DiaryStore::DiaryStore(Cache &cache, qint64 groupId, QObject *parent)
    : QObject(parent), m_cache(cache), m_groupId(groupId)
{}

void DiaryStore::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_stale = false;
    const qint64 groupId = m_groupId;
    m_cache.read(
        this, [groupId](QSqlDatabase &db) { return DiaryRepository::loadGroup(db, groupId); },
        [this](DiaryGroupData data) {
            m_data = std::move(data);
            m_loaded = true;
            m_loading = false;
            Q_EMIT loaded();
            if (std::exchange(m_reloadAgain, false))
                reload();
        });
}

template<typename Change>
void DiaryStore::save(const Change &change, bool (*store)(QSqlDatabase &, const Change &, QString *),
                      std::function<void(bool, const QString &)> done)
{
    m_cache.write(
        this, [change, store](QSqlDatabase &db, QString *error) { return store(db, change, error); },
        [this, change, done](bool ok, const QString &error) {
            if (ok)
                apply(change);
            if (done)
                done(ok, error);
        });
}

void DiaryStore::saveFinalGrades(const QList<FinalGrade> &grades, SummarySheetStore::Done done)
{
    save(grades, &DiaryRepository::saveFinalGrades, std::move(done));
}

void DiaryStore::saveParentConsent(const ParentConsent &consent, ParentConsentStore::Done done)
{
    save(consent, &DiaryRepository::saveParentConsent, std::move(done));
}

void DiaryStore::apply(const QList<FinalGrade> &grades)
{
    for (const FinalGrade &g : grades) {
        const auto it =
            std::find_if(m_data.finalGrades.begin(), m_data.finalGrades.end(), [&g](const FinalGrade &x) {
                return x.studentId == g.studentId && x.assignmentId == g.assignmentId;
            });
        if (it == m_data.finalGrades.end())
            m_data.finalGrades.append(g);
        else
            *it = g;
    }
}

void DiaryStore::apply(const ParentConsent &consent)
{
    for (Parent &p : m_data.parents) {
        if (p.id == consent.parent.id)
            p = consent.parent;
    }
    if (consent.consentForm == Parent::ContactSource::Unknown)
        m_data.consentForms.remove(consent.parent.id);
    else
        m_data.consentForms.insert(consent.parent.id, consent.consentForm);
}
