#include "sync/collegerefresh.h"

#include "servicehub.h"
#include "store/cache.h"
#include "store/collegewriter.h"

#include <QLocale>

CollegeRefresh::CollegeRefresh(Cache &cache, ServiceHub &services, QObject *parent)
    : QObject(parent), m_cache(cache), m_services(services), m_pull(cache, services.sgo())
{
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &CollegeRefresh::refreshNow);
    connect(&m_pull, &CollegePull::progress, this, &CollegeRefresh::onProgress);
    connect(&m_pull, &CollegePull::finished, this, &CollegeRefresh::onFinished);
}

CollegeRefresh::~CollegeRefresh()
{
    for (quint64 row : std::as_const(m_failureRows))
        m_services.failures().remove(row);
}

QString CollegeRefresh::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("organisation"), QT_TR_NOOP("the organisation")},
        {QStringLiteral("staff"), QT_TR_NOOP("staff")},
        {QStringLiteral("groups"), QT_TR_NOOP("groups")},
        {QStringLiteral("subjects"), QT_TR_NOOP("subjects")},
        {QStringLiteral("students"), QT_TR_NOOP("students")},
        {QStringLiteral("orders"), QT_TR_NOOP("enrolment orders")},
        {QStringLiteral("parents"), QT_TR_NOOP("parents")},
        {QStringLiteral("parentLinks"), QT_TR_NOOP("parents' links to students")},
        {QStringLiteral("assignments"), QT_TR_NOOP("teaching assignments")},
        {QStringLiteral("lessons"), QT_TR_NOOP("lessons")},
        {QStringLiteral("marks"), QT_TR_NOOP("marks")},
        {QStringLiteral("programs"), QT_TR_NOOP("LMS programs")},
        {QStringLiteral("programBlocks"), QT_TR_NOOP("program blocks")},
        {QStringLiteral("activities"), QT_TR_NOOP("activities")},
        {QStringLiteral("finalGrades"), QT_TR_NOOP("final grades")},
    };
    const auto found = labels.constFind(kind);
    return found == labels.cend() ? kind : tr(found.value());
}

void CollegeRefresh::start()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    if (!m_pulled)
        refreshNow();
}

void CollegeRefresh::refreshNow()
{
    if (m_pull.isRunning()) {
        m_again = true; // what changed meanwhile is asked for right after
        return;
    }
    m_pull.start();
}

void CollegeRefresh::onProgress(const QString &kind, int pagesDone, int pagesTotal, qint64 rows)
{
    const QList<SgoAdminCalls::SyncKind> kinds = CollegePull::order();
    int index = 0;
    while (index < kinds.size() && SgoAdminCalls::syncKindName(kinds.at(index)) != kind)
        ++index;
    const double share = pagesTotal > 0 ? double(pagesDone) / pagesTotal : 1.0;
    const int percent = int(100.0 * (index + share) / qMax(1, int(kinds.size())));
    Q_EMIT progress(percent, tr("Loading from SGO: %1 — page %2 of %3, %4 records so far")
                                 .arg(kindLabel(kind))
                                 .arg(pagesDone)
                                 .arg(pagesTotal)
                                 .arg(QLocale().toString(rows)));
}

void CollegeRefresh::onFinished(const CollegePull::Summary &summary)
{
    m_last = summary;
    m_pulled = true;
    updateFailures(summary);
    if (summary.rows > 0)
        Q_EMIT changed();
    const bool whole = !summary.cancelled && summary.failed.isEmpty() &&
                       summary.finished.size() == CollegePull::order().size();
    if (whole && !m_completeMarked) {
        m_completeMarked = true;
        m_cache.write(
            this, [](QSqlDatabase &db, QString *error) { return CollegeWriter::markPulled(db, error); },
            [this](bool ok, const QString &) {
                if (ok)
                    Q_EMIT completed();
            });
    }
    Q_EMIT finished(summary);
    if (m_again && !summary.cancelled) {
        m_again = false;
        m_pull.start();
    }
    m_again = false;
}

void CollegeRefresh::updateFailures(const CollegePull::Summary &summary)
{
    for (auto it = m_failureRows.begin(); it != m_failureRows.end();) {
        if (summary.finished.contains(it.key())) {
            m_services.failures().remove(it.value());
            it = m_failureRows.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = summary.failed.cbegin(); it != summary.failed.cend(); ++it) {
        if (m_failureRows.contains(it.key()))
            continue;
        const NetError error =
            NetError::serviceError(NetError::Service::Sgo, QStringLiteral("pull"), it.value());
        m_failureRows.insert(it.key(),
                             m_services.reportFailure(tr("Loading %1 from SGO").arg(kindLabel(it.key())),
                                                      error, [this] { refreshNow(); }));
    }
}
