#pragma once

#include "diary/diarygroupdata.h"
#include "diary/parentconsentstore.h"
#include "diary/summarysheetstore.h"

#include <QObject>

class Cache;
class QSqlDatabase;

// The ЭД screens' access to the cache for one group: loads the group whole on the store thread (loaded()
// follows on this object's thread; the GUI never waits) and saves final grades and parents' consents through
// Cache::write, each with what SGO must be told queued in the same transaction (DiaryRepository). What was
// saved is patched into data() as well, so every screen of the group reads it.
class DiaryStore : public QObject, public SummarySheetStore, public ParentConsentStore
{
    Q_OBJECT
public:
    DiaryStore(Cache &cache, qint64 groupId, QObject *parent = nullptr);

    qint64 groupId() const { return m_groupId; }
    // Asks for a fresh copy; loaded() comes when it is there. Requests while one is running are merged.
    void reload();
    bool isLoaded() const { return m_loaded; }
    // The journal changed since the last load (marks, lessons): the next screen that shows reloads.
    void markStale() { m_stale = true; }
    bool needsReload() const { return !m_loaded || m_stale; }
    const DiaryGroupData &data() const { return m_data; }

    void saveFinalGrades(const QList<FinalGrade> &grades, SummarySheetStore::Done done) override;
    void saveParentConsent(const ParentConsent &consent, ParentConsentStore::Done done) override;

Q_SIGNALS:
    void loaded();

private:
    // Saves through Cache::write and patches data(); done comes back unless this store is gone by then.
    template<typename Change>
    void save(const Change &change, bool (*store)(QSqlDatabase &, const Change &, QString *),
              std::function<void(bool, const QString &)> done);
    void apply(const QList<FinalGrade> &grades);
    void apply(const ParentConsent &consent);

    Cache &m_cache;
    const qint64 m_groupId;
    DiaryGroupData m_data;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_stale = false;
    bool m_reloadAgain = false;
};
