#pragma once

#include "net/sgoadmincalls.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

class Cache;
class SgoClient;

// The pull of the college from SGO into the cache (issue 14): kind by kind in dependency order, page by page.
// Each page is applied in one store transaction together with the kind's row of sync_state, so a pull cut
// short (a crash, cancel()) goes on at the stored page with the stored `until` and fetches nothing twice,
// and once a kind's last page is in, the next start() asks only for what changed since (deletions
// included). A kind that fails (transport, a reply that does not parse, a row that does not fit what is
// already loaded, a page count without end) stops with a worded failure and keeps what it had; the kinds
// that do not depend on it go on. All SQL runs on the store thread through Cache.
class CollegePull : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        QStringList finished;          // kinds whose pull completed (syncKindName)
        QMap<QString, QString> failed; // kind → worded failure (also the kinds skipped because of it)
        qint64 rows = 0;               // items and deletions applied
        int pages = 0;                 // pages fetched
        bool cancelled = false;
    };

    // Longer pulls run in pages of this many rows by default (the server allows 1..2000).
    static constexpr int DefaultPageSize = 500;
    // A kind whose server says it has more pages than this is refused: a page count that never ends.
    static constexpr int MaxPages = 10000;

    CollegePull(Cache &cache, SgoClient &sgo, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    bool isRunning() const { return m_running; }
    // Pulls every kind: the pages left of a pull cut short, else what changed since the last pull.
    void start();
    // Stops after the page on the wire has been applied; finished() follows with summary.cancelled.
    void cancel();
    int pagesFetched() const { return m_summary.pages; }

    // The pull's order: every kind after the kinds its rows refer to.
    static QList<SgoAdminCalls::SyncKind> order();
    static QList<SgoAdminCalls::SyncKind> dependencies(SgoAdminCalls::SyncKind kind);

Q_SIGNALS:
    // After each applied page of `kind` (syncKindName): page pagesDone of pagesTotal; rows applied by this
    // start() so far.
    void progress(const QString &kind, int pagesDone, int pagesTotal, qint64 rowsSoFar);
    void kindFailed(const QString &kind, const QString &message);
    void finished(const CollegePull::Summary &summary);

private:
    struct KindState
    {
        QString since;
        QString until;
        int nextPage = 1;
        int pages = 0;
    };

    void nextKind();
    void fetchPage();
    template<typename T> void fetch();
    template<typename T> void apply(const SgoAdminCalls::SyncPage<T> &page);
    void pageApplied(int page, int pages, const QString &replySince, qint64 rows);
    void failKind(const QString &message);
    void finish();
    SgoAdminCalls::SyncKind currentKind() const { return order().at(m_index); }

    Cache &m_cache;
    SgoClient &m_sgo;
    int m_pageSize = DefaultPageSize;
    bool m_running = false;
    bool m_cancelled = false;
    int m_index = 0;
    QHash<QString, KindState> m_states;
    Summary m_summary;
};
