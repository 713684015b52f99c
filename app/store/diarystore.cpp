#include "store/diarystore.h"

#include "store/cache.h"
#include "store/diaryrepository.h"

#include <QPointer>

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
    // The answer is posted to the Cache, which outlives its store thread; this object may be gone by then.
    Cache *cache = &m_cache;
    const QPointer<DiaryStore> self(this);
    const qint64 groupId = m_groupId;
    m_cache.schedule([cache, self, groupId](QSqlDatabase &db) {
        auto data = std::make_shared<DiaryGroupData>(DiaryRepository::loadGroup(db, groupId));
        QMetaObject::invokeMethod(
            cache,
            [self, data] {
                if (!self)
                    return;
                self->m_data = std::move(*data);
                self->m_loaded = true;
                self->m_loading = false;
                Q_EMIT self->loaded();
                if (std::exchange(self->m_reloadAgain, false))
                    self->reload();
            },
            Qt::QueuedConnection);
    });
}

void DiaryStore::saveFinalGrades(const QList<FinalGrade> &grades, SummarySheetStore::Done done)
{
    const QPointer<DiaryStore> self(this);
    m_cache.write([grades](QSqlDatabase &db,
                           QString *error) { return DiaryRepository::saveFinalGrades(db, grades, error); },
                  [self, grades, done](bool ok, const QString &error) {
                      if (ok && self)
                          self->apply(grades);
                      if (done)
                          done(ok, error);
                  });
}

void DiaryStore::saveParentConsent(const ParentConsent &consent, ParentConsentStore::Done done)
{
    const QPointer<DiaryStore> self(this);
    m_cache.write([consent](QSqlDatabase &db,
                            QString *error) { return DiaryRepository::saveParentConsent(db, consent, error); },
                  [self, consent, done](bool ok, const QString &error) {
                      if (ok && self)
                          self->apply(consent);
                      if (done)
                          done(ok, error);
                  });
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
