#pragma once

#include "net/netresult.h"
#include "net/sgoadmincalls.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class Cache;
class SgoClient;

// The pull of the college from SGO into the cache (issue 14): kind by kind in dependency order, page by page.
// Each page is applied in one store transaction together with the kind's row of sync_state, so a pull cut
// short (a crash, cancel()) goes on at the stored page with the stored `until` and applies nothing twice,
// and once a kind's last page is in, the next start() asks only for what changed since (deletions
// included). A kind that fails (transport, a reply that does not parse, a row that does not fit what is
// already loaded, a page count without end) stops with a worded failure and keeps what it had; the kinds
// that do not depend on it go on. All SQL runs on the store thread through Cache, and so does the parsing of
// a page: the next page of a kind is fetched while the store thread parses and writes the one before.
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

    // Longer pulls run in pages of this many rows by default (the server allows 1..2000): each page costs
    // a request, a store transaction and its row of sync_state, and «Отмена» waits for at most one.
    static constexpr int DefaultPageSize = 1000;
    // A kind whose server says it has more pages than this is refused: a page count that never ends.
    static constexpr int MaxPages = 10000;

    CollegePull(Cache &cache, SgoClient &sgo, QObject *parent = nullptr);
    ~CollegePull() override;

    void setPageSize(int rows) { m_pageSize = rows; }
    bool isRunning() const { return m_running; }
    // Pulls every kind: the pages left of a pull cut short, else what changed since the last pull.
    void start();
    // Stops after the page being written has been applied (a page fetched ahead of it is dropped and asked
    // again by the next start()); finished() follows with summary.cancelled.
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
    // What a page brought, known once it is parsed.
    struct Applied
    {
        int page = 0;
        int pages = 0;
        QString since;
        qint64 rows = 0;
    };
    struct Statements; // the upserts kept prepared on the store thread during a pull
    // A page parsed and checked, off the GUI thread: its write for the store thread, or why the kind stops.
    struct Prepared
    {
        Applied applied;
        std::function<bool(QSqlDatabase &db, Statements &statements, QString *error)> write;
        QString error; // the kind stops here (after the pages before it are written)
    };
    // What the kind's pages go by while they are fetched and parsed: the stored state, and page 1's reply.
    struct Pipe
    {
        QString since;
        QString until; // "" until page 1 is parsed (a pull from the start)
        int pages = 0; // 0: not known yet
        int nextFetch = 1;
        bool stopped = false; // a page failed: nothing more is fetched
    };

    void nextKind();
    void pump();
    void request(int page);
    template<typename T>
    static Prepared prepare(SgoAdminCalls::SyncKind kind, int requested, const QByteArray &body,
                            const Pipe &pipe);
    static Prepared prepareFor(SgoAdminCalls::SyncKind kind, int requested, const QByteArray &body,
                               const Pipe &pipe);
    void parsed(int page, Prepared prepared);
    void write(Prepared prepared);
    void pageApplied(const Applied &applied);
    void failKind(const QString &message);
    void finish();
    void dropPagesOnTheWay();
    void releaseStatements();
    SgoAdminCalls::SyncKind currentKind() const { return order().at(m_index); }

    Cache &m_cache;
    SgoClient &m_sgo;
    int m_pageSize = DefaultPageSize;
    bool m_running = false;
    bool m_cancelled = false;
    int m_index = 0;
    QHash<QString, KindState> m_states;
    Summary m_summary;
    // A kind's pages go through a pipeline, each stage holding at most one: the wire, parsing on m_parser's
    // thread, the store's write. A reply, a parse or a write that comes back after the kind stopped (failed,
    // cancelled, finished) is dropped by its generation.
    quint64 m_generation = 0;
    Pipe m_pipe;
    int m_onTheWire = 0; // the page requested and not yet come, 0: none
    std::optional<std::pair<int, NetResult<QByteArray>>> m_received; // a page come, not yet parsed
    bool m_parsing = false;
    std::optional<Prepared> m_parsedPage; // parsed, waiting for the page before it to be written
    bool m_writing = false;
    std::shared_ptr<Statements> m_statements;
    QThreadPool m_parser;
};
