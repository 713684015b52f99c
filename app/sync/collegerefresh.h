#pragma once

#include "sync/collegepull.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>

class Cache;
class ServiceHub;

// Keeps the cache's college as SGO has it: the first sync (the whole college, resumable), then only what
// changed — every few minutes, at once on refreshNow() («Обновить», F5) and after the journal's edits were
// delivered. A kind that keeps failing has one row in «Сбои отправки» with «Повторить», gone once it loads
// again. When every kind is in for the first time the cache is marked complete, so the next start opens the
// college at once and refreshes it in the background.
class CollegeRefresh : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes DefaultInterval{5};

    CollegeRefresh(Cache &cache, ServiceHub &services, QObject *parent = nullptr);
    ~CollegeRefresh() override;

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void setPageSize(int rows) { m_pull.setPageSize(rows); }
    // The periodic refresh; the first one at once unless this object has pulled already (the first sync).
    void start();
    void refreshNow();
    // «Отмена»: stops after the page on the wire; the next refresh goes on from there.
    void cancel() { m_pull.cancel(); }
    bool isRunning() const { return m_pull.isRunning(); }
    const CollegePull::Summary &lastSummary() const { return m_last; }

    // What a kind of data is called for a person («ученики»).
    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    // During a pull: percent of the kinds done, and what is being loaded with counts, for a person.
    void progress(int percent, const QString &what);
    void finished(const CollegePull::Summary &summary);
    // Something was written: the screens read again.
    void changed();
    // The first sync has brought every kind.
    void completed();

private:
    void onProgress(const QString &kind, int pagesDone, int pagesTotal, qint64 rows);
    void onFinished(const CollegePull::Summary &summary);
    void updateFailures(const CollegePull::Summary &summary);

    Cache &m_cache;
    ServiceHub &m_services;
    CollegePull m_pull;
    QTimer m_timer;
    bool m_again = false;
    bool m_pulled = false;
    bool m_completeMarked = false;
    CollegePull::Summary m_last;
    QHash<QString, quint64> m_failureRows;
};
