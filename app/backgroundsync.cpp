#include "backgroundsync.h"

#include "servicehub.h"
#include "store/cache.h"
#include "sync/footprintoutbox.h"
#include "sync/footprintoutboxstore.h"
#include "sync/footprintuploader.h"
#include "sync/journaloutbox.h"
#include "sync/syncstate.h"

namespace {

const QString FootprintSource = QStringLiteral("u2035");
const QString JournalSource = QStringLiteral("sgo-journal");
// A cancelled send goes on by itself after this pause (or at the next change a person makes).
constexpr std::chrono::minutes ResumeAfterCancel{10};

NetError refusal(bool conflict, const QString &reason)
{
    return NetError::serviceError(NetError::Service::U2035,
                                  conflict ? QStringLiteral("409") : QStringLiteral("400"), reason,
                                  conflict ? 409 : 400);
}

} // namespace

BackgroundSync::BackgroundSync(Cache &cache, ServiceHub &services, SyncState &state, QObject *parent)
    : QObject(parent), m_cache(cache), m_services(services), m_state(state)
{
    m_resume.setSingleShot(true);
    m_resume.setInterval(ResumeAfterCancel);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_outbox && !m_outbox->isRunning())
            m_outbox->start();
    });
}

BackgroundSync::~BackgroundSync()
{
    // Their «Повторить» would reach outboxes that are gone.
    clearStall(m_footprintStall);
    clearStall(m_journalStall);
}

void BackgroundSync::start()
{
    if (!m_outbox && !m_services.settings().u2035().lrsUrl.isEmpty())
        startFootprint();
    if (!m_journalOutbox && !m_services.settings().sgo().baseUrl.isEmpty())
        startJournal();
}

void BackgroundSync::startJournal()
{
    m_journalOutbox = std::make_unique<JournalOutbox>(m_cache, m_services.sgo());
    connect(m_journalOutbox.get(), &JournalOutbox::countsChanged, this,
            [this](int pending, int) { m_services.setQueued(JournalSource, pending); });
    connect(m_journalOutbox.get(), &JournalOutbox::stalled, this, [this](const NetError &error) {
        showStall(m_journalStall, tr("Sending the journal's edits to SGO"), error,
                  [this] { m_journalOutbox->retryNow(); });
    });
    connect(m_journalOutbox.get(), &JournalOutbox::sent, this, [this] {
        clearStall(m_journalStall);
        Q_EMIT journalDelivered();
    });
    connect(m_journalOutbox.get(), &JournalOutbox::refused, this, [this](const NetError &error, int count) {
        m_services.reportFailure(tr("%n journal edit(s)", nullptr, count), error,
                                 [this] { m_journalOutbox->retryRefused(); });
    });
    m_journalOutbox->start();
}

void BackgroundSync::startFootprint()
{
    m_uploader = std::make_unique<FootprintUploader>(m_cache, m_services.context(), m_services.credentials(),
                                                     m_services.settings(), m_services.objectStorage());
    m_outbox = std::make_unique<FootprintOutbox>(m_cache, m_services.lrs());
    m_outbox->setUploader(m_uploader.get());
    m_outbox->setBatchSize(m_services.settings().u2035().batchSize);
    connect(m_outbox.get(), &FootprintOutbox::countsChanged, this, [this](int pending, int) {
        m_services.setQueued(FootprintSource, pending);
        m_lastPending = pending;
        m_sentThisRound = 0;
        m_state.clearProgress();
    });
    // A round goes on batch after batch while statements are due: a large backlog shows its progress.
    connect(m_outbox.get(), &FootprintOutbox::stalled, this, [this](const NetError &error) {
        showStall(m_footprintStall, tr("Sending the digital footprint to U2035"), error,
                  [this] { m_outbox->retryNow(); });
    });
    connect(m_outbox.get(), &FootprintOutbox::batchSent, this, [this](int delivered) {
        if (delivered > 0)
            clearStall(m_footprintStall);
        m_sentThisRound += delivered;
        const int total = m_lastPending > m_sentThisRound ? m_lastPending : 0;
        m_state.setProgress(
            {tr("Sending the digital footprint to U2035: %n statement(s) sent", nullptr, m_sentThisRound),
             m_sentThisRound, total});
    });
    // A refused statement needs a person (seed 000: correct the «Расширения БАС» and save): no «Повторить»
    // that would send the same body again.
    connect(m_outbox.get(), &FootprintOutbox::refused, this,
            [this](const QString &, const QString &factKey, bool conflict, const QString &reason) {
                m_services.reportFailure(tr("Digital footprint %1").arg(factKey), refusal(conflict, reason),
                                         {});
            });
    listEarlierRefusals();
    m_outbox->start();
}

void BackgroundSync::showStall(quint64 &row, const QString &what, const NetError &error,
                               std::function<void()> retryNow)
{
    clearStall(row);
    // «Повторить» runs the hook after the log has dropped the row.
    row = m_services.reportFailure(what, error, [this, &row, retryNow = std::move(retryNow)] {
        row = 0;
        retryNow();
    });
}

void BackgroundSync::clearStall(quint64 &row)
{
    if (row != 0)
        m_services.failures().remove(row);
    row = 0;
}

void BackgroundSync::cancel()
{
    if (!m_outbox || !m_outbox->isRunning())
        return;
    m_outbox->stop();
    m_resume.start();
}

std::optional<std::chrono::milliseconds> BackgroundSync::resumesIn() const
{
    if (!m_resume.isActive())
        return std::nullopt;
    return std::chrono::milliseconds(m_resume.remainingTime());
}

void BackgroundSync::wake()
{
    if (m_outbox && !m_outbox->isRunning()) {
        m_resume.stop();
        m_outbox->start();
    } else if (m_outbox) {
        m_outbox->wake();
    }
    if (m_journalOutbox)
        m_journalOutbox->wake();
}

void BackgroundSync::listEarlierRefusals()
{
    m_cache.read(
        this, [](QSqlDatabase &db) { return FootprintOutboxStore::failures(db, 200); },
        [this](const QList<FootprintOutboxStore::Failure> &failures) {
            for (const FootprintOutboxStore::Failure &failure : failures) {
                const bool conflict = failure.state == FootprintSchema::State::Conflict;
                m_services.reportFailure(tr("Digital footprint %1").arg(failure.factKey),
                                         refusal(conflict, failure.reason), {});
            }
        });
}
