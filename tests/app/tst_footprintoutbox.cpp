#include "footprinttesthelpers.h"

#include "footprint/footprintplanner.h"
#include "footprint/footprintstatementid.h"
#include "store/cache.h"
#include "sync/footprintlms.h"
#include "sync/footprintoutbox.h"
#include "sync/footprintoutboxstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace FootprintTest;
using State = FootprintSchema::State;

// The ЦС outbox against an LRS in memory: queued with the change, delivered once, in order, in batches; a
// refused statement isolated, a conflict kept for a person, transport failures waited out.
class TestFootprintOutbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void queuedInTheTransactionOfTheChange();
    void sameFactTwiceIsQueuedOnce();
    void changedBeforeSendingChangesInPlace();
    void changedAfterSendingIsCancelledAndCorrected();
    void rejectedIsSupersededWithoutCancel();
    void deliversInBatchesStructureFirst_data();
    void deliversInBatchesStructureFirst();
    void factWaitsForItsStructure();
    void badStatementIsIsolated();
    void conflictIsKeptNotRetried();
    void conflictResolvedAsCorrection();
    void serverErrorsAreWaitedOut();
    void leftSendingByACrashGoesAgain();
    void notDueYetWaitsForItsTime();
    void schedulerWakesAtTheDueTime();
    void correctionFromSavedExtensions();

private:
    FootprintStatement statement(const QString &key, FootprintStatement::Rank rank,
                                 const QList<QString> &dependsOn = {},
                                 const QString &title = QStringLiteral("x"), const QDateTime &due = {}) const;
    QList<FootprintStatement> tree(int facts) const;
    bool enqueue(const QList<FootprintStatement> &statements, FootprintOutboxStore::Queued *queued = nullptr);
    FootprintOutbox::Summary drain(FootprintOutbox &outbox);
    QString id(const QString &key, int revision = 0) const
    {
        return Footprint::footprintStatementId(m_org, key, revision).toString(QUuid::WithoutBraces);
    }
    State stateOf(const QString &id);
    QVariant column(const QString &id, const char *column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    MemoryLrs m_lrs;
    const QString m_org = QStringLiteral("ГБПОУ «Колледж»");
    const QDateTime m_now = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
};

void TestFootprintOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>(m_dir->filePath(QStringLiteral("college.sqlite")));
    QVERIFY(openWithOutbox(*m_cache));
    m_lrs.stored.clear();
    m_lrs.order.clear();
    m_lrs.invalid.clear();
    m_lrs.violations.clear();
    m_lrs.posts = 0;
    m_lrs.conflicts = 0;
    m_lrs.batchSizes.clear();
    m_lrs.faultsLeft = 0;
}

void TestFootprintOutbox::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

FootprintStatement TestFootprintOutbox::statement(const QString &key, FootprintStatement::Rank rank,
                                                  const QList<QString> &dependsOn, const QString &title,
                                                  const QDateTime &due) const
{
    FootprintStatement s;
    s.factKey = key;
    s.rank = rank;
    for (const QString &target : dependsOn)
        s.dependsOn << Footprint::footprintStatementId(m_org, target, 0);
    s.dueAt = due.isValid() ? due : m_now.addSecs(-60);
    QJsonObject object{{QStringLiteral("id"), QString(QStringLiteral("https://lms.example/") + key)},
                       {QStringLiteral("objectType"), QStringLiteral("Activity")}};
    if (!dependsOn.isEmpty() && rank == FootprintStatement::Rank::Fact)
        object = {{QStringLiteral("id"), id(dependsOn.first())},
                  {QStringLiteral("objectType"), QStringLiteral("StatementRef")}};
    s.json = QJsonObject{
        {QStringLiteral("version"), QStringLiteral("1.0.3")},
        {QStringLiteral("timestamp"), QStringLiteral("2026-10-01T10:00:00+03:00")},
        {QStringLiteral("actor"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                     {QStringLiteral("account"),
                      QJsonObject{{QStringLiteral("homePage"), QStringLiteral("https://my.2035.university")},
                                  {QStringLiteral("name"), QStringLiteral("11111")}}}}},
        {QStringLiteral("verb"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("http://adlnet.gov/expapi/verbs/passed")}}},
        {QStringLiteral("object"), object},
        {QStringLiteral("result"), QJsonObject{{QStringLiteral("response"), title}}},
        {QStringLiteral("context"),
         QJsonObject{
             {QStringLiteral("extensions"),
              QJsonObject{{QStringLiteral("https://api.2035.university/project"), QStringLiteral("БАС")}}}}}};
    return s;
}

// A course, two blocks, and facts pointing to the blocks, queued facts first to prove order comes from rank.
QList<FootprintStatement> TestFootprintOutbox::tree(int facts) const
{
    QList<FootprintStatement> result;
    for (int i = 0; i < facts; ++i)
        result << statement(QStringLiteral("fact/%1").arg(i), FootprintStatement::Rank::Fact,
                            {QStringLiteral("block/%1").arg(i % 2)});
    result << statement(QStringLiteral("block/0"), FootprintStatement::Rank::Block,
                        {QStringLiteral("course")})
           << statement(QStringLiteral("block/1"), FootprintStatement::Rank::Block,
                        {QStringLiteral("course")})
           << statement(QStringLiteral("course"), FootprintStatement::Rank::Course);
    return result;
}

bool TestFootprintOutbox::enqueue(const QList<FootprintStatement> &statements,
                                  FootprintOutboxStore::Queued *queued)
{
    const QString org = m_org;
    const QDateTime now = m_now;
    return write(*m_cache, [=](QSqlDatabase &db, QString *error) {
        return FootprintOutboxStore::enqueue(db, org, statements, now, error, queued);
    });
}

FootprintOutbox::Summary TestFootprintOutbox::drain(FootprintOutbox &outbox)
{
    QSignalSpy drained(&outbox, &FootprintOutbox::drained);
    outbox.drain();
    if (!drained.wait(60000))
        return {};
    return drained.first().first().value<FootprintOutbox::Summary>();
}

State TestFootprintOutbox::stateOf(const QString &id)
{
    return static_cast<State>(column(id, "state").toInt());
}

QVariant TestFootprintOutbox::column(const QString &id, const char *column)
{
    QVariant value;
    run(*m_cache, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("SELECT %1 FROM footprint_outbox WHERE id = ?").arg(QLatin1String(column)));
        query.addBindValue(id);
        if (query.exec() && query.next())
            value = query.value(0);
    });
    return value;
}

static FootprintOutbox::Post postTo(MemoryLrs &lrs)
{
    return [&lrs](const QJsonArray &statements, QObject *context, LrsClient::IdsCallback done) {
        lrs.post(statements, context, std::move(done));
    };
}

void TestFootprintOutbox::queuedInTheTransactionOfTheChange()
{
    // A change that fails after queuing takes its statements with it; one that commits keeps them.
    const QList<FootprintStatement> statements = tree(3);
    const QString org = m_org;
    const QDateTime now = m_now;
    QVERIFY(!write(*m_cache, [=](QSqlDatabase &db, QString *error) {
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO subjects (id, name) VALUES (1, 'Физика')"));
        FootprintOutboxStore::enqueue(db, org, statements, now, error);
        *error = QStringLiteral("the change itself failed");
        return false;
    }));
    QCOMPARE(counts(*m_cache).waiting, 0);
    QVERIFY(write(*m_cache, [=](QSqlDatabase &db, QString *error) {
        return QSqlQuery(db).exec(QStringLiteral("INSERT INTO subjects (id, name) VALUES (1, 'Физика')")) &&
               FootprintOutboxStore::enqueue(db, org, statements, now, error);
    }));
    QCOMPARE(counts(*m_cache).waiting, 6);
}

void TestFootprintOutbox::sameFactTwiceIsQueuedOnce()
{
    FootprintOutboxStore::Queued queued;
    QVERIFY(enqueue(tree(4), &queued));
    QCOMPARE(queued.added, 7);
    QVERIFY(enqueue(tree(4), &queued));
    QCOMPARE(queued.added, 0);
    QCOMPARE(queued.unchanged, 7);
    QCOMPARE(counts(*m_cache).waiting, 7);
}

void TestFootprintOutbox::changedBeforeSendingChangesInPlace()
{
    QVERIFY(enqueue(tree(1)));
    FootprintOutboxStore::Queued queued;
    QVERIFY(enqueue({statement(QStringLiteral("fact/0"), FootprintStatement::Rank::Fact,
                               {QStringLiteral("block/0")}, QStringLiteral("другое значение"))},
                    &queued));
    QCOMPARE(queued.replaced, 1);
    QCOMPARE(counts(*m_cache).waiting, 4);
    QVERIFY(
        column(id(QStringLiteral("fact/0")), "body").toString().contains(QStringLiteral("другое значение")));
}

void TestFootprintOutbox::changedAfterSendingIsCancelledAndCorrected()
{
    QVERIFY(enqueue(tree(1)));
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    QCOMPARE(drain(outbox).counts.delivered, 4);

    FootprintOutboxStore::Queued queued;
    QVERIFY(enqueue({statement(QStringLiteral("fact/0"), FootprintStatement::Rank::Fact,
                               {QStringLiteral("block/0")}, QStringLiteral("исправлено"))},
                    &queued));
    QCOMPARE(queued.corrected, 1);
    const QString cancelId = id(QStringLiteral("cancel/fact/0/0"));
    const QString correctedId = id(QStringLiteral("fact/0"), 1);
    QCOMPARE(stateOf(cancelId), State::Waiting);
    QCOMPARE(stateOf(correctedId), State::Waiting);

    const FootprintOutbox::Summary summary = drain(outbox);
    QCOMPARE(summary.counts.delivered, 6);
    QCOMPARE(m_lrs.conflicts, 0);
    // The cancel points to the old statement and goes before the corrected one.
    const QJsonObject cancel = QJsonDocument::fromJson(m_lrs.stored.value(cancelId)).object();
    QCOMPARE(cancel.value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("http://activitystrea.ms/schema/1.0/cancel"));
    QCOMPARE(cancel.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString(),
             id(QStringLiteral("fact/0")));
    QVERIFY(m_lrs.order.indexOf(cancelId) < m_lrs.order.indexOf(correctedId));
    QVERIFY(m_lrs.stored.value(correctedId).contains("исправлено"));
    QVERIFY(m_lrs.stored.value(id(QStringLiteral("fact/0"))).contains("\"x\""));
}

void TestFootprintOutbox::rejectedIsSupersededWithoutCancel()
{
    QVERIFY(enqueue(tree(1)));
    m_lrs.invalid.insert(id(QStringLiteral("fact/0")));
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    QCOMPARE(drain(outbox).counts.rejected, 1);
    QVERIFY(enqueue({statement(QStringLiteral("fact/0"), FootprintStatement::Rank::Fact,
                               {QStringLiteral("block/0")}, QStringLiteral("исправлено"))}));
    QCOMPARE(stateOf(id(QStringLiteral("fact/0"))), State::Superseded);
    QVERIFY(!column(id(QStringLiteral("cancel/fact/0/0")), "state").isValid());
    const FootprintOutbox::Summary summary = drain(outbox);
    QCOMPARE(summary.counts.rejected, 0);
    QCOMPARE(stateOf(id(QStringLiteral("fact/0"), 1)), State::Delivered);
}

void TestFootprintOutbox::deliversInBatchesStructureFirst_data()
{
    QTest::addColumn<int>("facts");
    QTest::addColumn<int>("batch");
    QTest::newRow("997 facts + 3 structure, batch 50") << 997 << 50;
    QTest::newRow("1000 + 3, batch 50") << 1000 << 50;
    QTest::newRow("10 + 3, batch 1") << 10 << 1;
    QTest::newRow("40 + 3, batch 100") << 40 << 100;
}

void TestFootprintOutbox::deliversInBatchesStructureFirst()
{
    QFETCH(int, facts);
    QFETCH(int, batch);
    QVERIFY(enqueue(tree(facts)));
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    outbox.setBatchSize(batch);
    const FootprintOutbox::Summary summary = drain(outbox);
    const int total = facts + 3;
    QCOMPARE(summary.counts.delivered, total);
    QCOMPARE(summary.counts.pending(), 0);
    QCOMPARE(m_lrs.stored.size(), total);
    QVERIFY2(m_lrs.violations.isEmpty(), qPrintable(m_lrs.violations.join(QLatin1Char(' '))));
    QCOMPARE(m_lrs.posts, (total + batch - 1) / batch);
    QCOMPARE(outbox.requests(), m_lrs.posts);
    QCOMPARE(m_lrs.order.first(), id(QStringLiteral("course")));
}

void TestFootprintOutbox::factWaitsForItsStructure()
{
    // The structure is not due yet (its statement is scheduled later): the facts wait for it.
    QList<FootprintStatement> statements = tree(2);
    statements[4].dueAt = m_now.addDays(1); // the course
    QVERIFY(enqueue(statements));
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    outbox.setClock([this] { return m_now; });
    const FootprintOutbox::Summary summary = drain(outbox);
    QCOMPARE(summary.counts.delivered, 0);
    QCOMPARE(m_lrs.posts, 0);
    outbox.setClock([this] { return m_now.addDays(2); });
    QCOMPARE(drain(outbox).counts.delivered, 5);
    QVERIFY(m_lrs.violations.isEmpty());
}

void TestFootprintOutbox::badStatementIsIsolated()
{
    // 47 facts and 3 structure statements: one batch of 50, the 23rd fact refused by the LRS.
    QVERIFY(enqueue(tree(47)));
    const QString bad = id(QStringLiteral("fact/22"));
    m_lrs.invalid.insert(bad);
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    QSignalSpy refused(&outbox, &FootprintOutbox::refused);
    const FootprintOutbox::Summary summary = drain(outbox);
    QCOMPARE(summary.counts.delivered, 49);
    QCOMPARE(summary.counts.rejected, 1);
    QCOMPARE(stateOf(bad), State::Rejected);
    QVERIFY(column(bad, "last_error")
                .toString()
                .contains(QStringLiteral("HTTP 400: Problem in 'statements.0.verb.id'")));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).toString(), bad);
    QCOMPARE(refused.first().at(2).toBool(), false);
    // The halving isolates it in about log2(50) rounds, never one request per statement.
    QVERIFY2(m_lrs.posts <= 1 + 2 * 6, qPrintable(QString::number(m_lrs.posts)));
    QVERIFY(m_lrs.violations.isEmpty());
    // And it is not sent again.
    const int posts = m_lrs.posts;
    drain(outbox);
    QCOMPARE(m_lrs.posts, posts);
}

void TestFootprintOutbox::conflictIsKeptNotRetried()
{
    QVERIFY(enqueue(tree(5)));
    const QString taken = id(QStringLiteral("fact/3"));
    m_lrs.stored.insert(taken,
                        "{\"something\":\"else\"}"); // another desktop sent other content under this id
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    QSignalSpy refused(&outbox, &FootprintOutbox::refused);
    const FootprintOutbox::Summary summary = drain(outbox);
    QCOMPARE(summary.counts.conflicts, 1);
    QCOMPARE(summary.counts.delivered, 7);
    QCOMPARE(stateOf(taken), State::Conflict);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().at(2).toBool());
    QVERIFY(refused.first().at(3).toString().contains(QStringLiteral("is conflicting")));
    const int posts = m_lrs.posts;
    QCOMPARE(drain(outbox).counts.conflicts, 1);
    QCOMPARE(m_lrs.posts, posts);
}

void TestFootprintOutbox::conflictResolvedAsCorrection()
{
    QVERIFY(enqueue(tree(1)));
    const QString taken = id(QStringLiteral("fact/0"));
    m_lrs.stored.insert(taken, "{\"something\":\"else\"}");
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    QCOMPARE(drain(outbox).counts.conflicts, 1);
    const QString org = m_org;
    const QDateTime now = m_now;
    QVERIFY(write(*m_cache, [=](QSqlDatabase &db, QString *error) {
        return FootprintOutboxStore::resolveConflict(db, org, taken, now, error);
    }));
    const FootprintOutbox::Summary summary = drain(outbox);
    QCOMPARE(summary.counts.conflicts, 0);
    QCOMPARE(stateOf(id(QStringLiteral("cancel/fact/0/0"))), State::Delivered);
    QCOMPARE(stateOf(id(QStringLiteral("fact/0"), 1)), State::Delivered);
}

void TestFootprintOutbox::serverErrorsAreWaitedOut()
{
    QVERIFY(enqueue(tree(120)));
    m_lrs.nextFault = MemoryLrs::Fault::ServerError;
    m_lrs.faultsLeft = 1;
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    outbox.setBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
    const FootprintOutbox::Summary first = drain(outbox);
    QVERIFY(first.stalled);
    QCOMPARE(first.counts.delivered, 0);
    QCOMPARE(first.counts.waiting, 123);
    QVERIFY(column(id(QStringLiteral("course")), "last_error").toString().contains(QStringLiteral("500")));
    // The running outbox comes back by itself after the pause, and delivers everything.
    m_lrs.nextFault = MemoryLrs::Fault::Timeout;
    m_lrs.faultsLeft = 2;
    QSignalSpy counts(&outbox, &FootprintOutbox::countsChanged);
    outbox.start();
    QTRY_VERIFY_WITH_TIMEOUT(FootprintTest::counts(*m_cache).delivered == 123, 20000);
    outbox.stop();
    QCOMPARE(m_lrs.stored.size(), 123);
    QVERIFY(m_lrs.violations.isEmpty());
    // The count the status bar shows follows the cache by one store round trip.
    QTRY_VERIFY_WITH_TIMEOUT(!counts.isEmpty() && counts.last().at(0).toInt() == 0, 10000);
}

void TestFootprintOutbox::leftSendingByACrashGoesAgain()
{
    QVERIFY(enqueue(tree(10)));
    const QDateTime now = m_now;
    // A process took a batch and died before the reply: its rows stay "sending".
    QVERIFY(write(*m_cache, [now](QSqlDatabase &db, QString *error) {
        return FootprintOutboxStore::takeBatch(db, 50, now, error).has_value();
    }));
    QCOMPARE(counts(*m_cache).sending, 13);
    // … and the LRS did store them before it died.
    FootprintOutbox first(*m_cache, postTo(m_lrs));
    QVERIFY(write(*m_cache, [](QSqlDatabase &db, QString *) {
        return QSqlQuery(db).exec(QStringLiteral("UPDATE footprint_outbox SET state = ") %
                                  FootprintSchema::sql(State::Sending));
    }));
    const FootprintOutbox::Summary summary = drain(first);
    QCOMPARE(summary.counts.delivered, 13);
    QCOMPARE(m_lrs.stored.size(), 13);
    QCOMPARE(m_lrs.conflicts, 0);
    QCOMPARE(column(id(QStringLiteral("course")), "attempts").toInt(), 2);
}

void TestFootprintOutbox::notDueYetWaitsForItsTime()
{
    QList<FootprintStatement> statements = tree(2);
    statements[0].dueAt = m_now.addSecs(48 * 3600);
    QVERIFY(enqueue(statements));
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    outbox.setClock([this] { return m_now; });
    const FootprintOutbox::Summary summary = drain(outbox);
    QCOMPARE(summary.counts.delivered, 4);
    QCOMPARE(summary.counts.waiting, 1);
    QVERIFY(!summary.stalled);
    QCOMPARE(stateOf(id(QStringLiteral("fact/0"))), State::Waiting);
}

void TestFootprintOutbox::schedulerWakesAtTheDueTime()
{
    const QDateTime soon = QDateTime::currentDateTimeUtc().addMSecs(1500);
    QList<FootprintStatement> statements = tree(1);
    statements[0].dueAt = soon;
    QVERIFY(enqueue(statements));
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    outbox.start();
    QTRY_COMPARE_WITH_TIMEOUT(counts(*m_cache).delivered, 3, 10000);
    // On a loaded machine the structure may take longer than the fact's wait; only what happens before the
    // due time tells anything here.
    if (QDateTime::currentDateTimeUtc() < soon.addMSecs(-200))
        QCOMPARE(stateOf(id(QStringLiteral("fact/0"))), State::Waiting);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id(QStringLiteral("fact/0"))), State::Delivered, 10000);
    // Not a moment before it was due (delivered_at is written when the LRS has it).
    QVERIFY(column(id(QStringLiteral("fact/0")), "delivered_at").toLongLong() >= soon.toMSecsSinceEpoch());
    outbox.stop();
}

void TestFootprintOutbox::correctionFromSavedExtensions()
{
    // Seed 000: «Сохранить» with changed «Расширения БАС» re-sends the ЦС of filled reports with the new
    // values.
    const BasExtensionCatalogue catalogue = FootprintTest::catalogue();
    const QString uav = QStringLiteral("https://id.2035.university/xapi/extension/uav/");
    auto scale = [](int score) {
        return QJsonObject{{QStringLiteral("score"), score},
                           {QStringLiteral("min"), 0},
                           {QStringLiteral("max"), 10},
                           {QStringLiteral("unit"), QStringLiteral("баллы")},
                           {QStringLiteral("bestResultSelector"), QStringLiteral("max")}};
    };
    QVERIFY(write(*m_cache, [](QSqlDatabase &db, QString *) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("INSERT INTO organisation (id, name) VALUES (1, 'ГБПОУ «Колледж»')")) &&
               q.exec(QStringLiteral("INSERT INTO groups (id, name, course) VALUES (1, 'БАС-25-1', 1)")) &&
               q.exec(QStringLiteral(
                   "INSERT INTO students (id, last_name, first_name, group_id, unti_id, entry) VALUES (1, "
                   "'Иванов', 'Иван', 1, '5550001', 1), (2, 'Петров', 'Пётр', 1, '', 1)")) &&
               q.exec(QStringLiteral("INSERT INTO programs (id, title, flow_id) VALUES (1, 'БАС', '77')")) &&
               q.exec(QStringLiteral("INSERT INTO program_blocks (id, program_id, title, kind, number) "
                                     "VALUES (1, 1, 'Практика', 2, 1)")) &&
               q.exec(QStringLiteral("INSERT INTO activities (id, block_id, group_id, title, type, position) "
                                     "VALUES (1, 1, 1, 'Полёт', 3, 1)"));
    }));
    FootprintSetup setup;
    setup.providerBase = QStringLiteral("https://lms.example");
    setup.parentCourseId = QStringLiteral("100");
    setup.authorUntiId = QStringLiteral("33333");
    setup.declaredAt = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::OffsetFromUTC, 3 * 3600);
    const QDateTime now = m_now;
    QVERIFY(write(*m_cache, [=](QSqlDatabase &db, QString *error) {
        return FootprintLms::saveSetup(db, 1, setup, error);
    }));
    QVERIFY(write(*m_cache, [=](QSqlDatabase &db, QString *error) {
        return FootprintLms::saveActivityExtensions(
            db, 1, {{uav + QStringLiteral("flight-quality-score"), scale(6)}}, catalogue, now, error);
    }));
    FootprintProgress progress;
    progress.activityId = 1;
    progress.studentId = 1;
    progress.events.reportSentAt = QDateTime(QDate(2026, 10, 1), QTime(10, 0), Qt::OffsetFromUTC, 3 * 3600);
    progress.events.reportConfirmedAt = progress.events.reportSentAt.addSecs(3600);
    progress.score = FootprintFact::Score{5, 0, 5};
    QVERIFY(write(*m_cache, [=](QSqlDatabase &db, QString *error) {
        return FootprintLms::recordProgress(db, progress, catalogue, now, error);
    }));
    FootprintOutbox outbox(*m_cache, postTo(m_lrs));
    // course, block, activity, its fact definition, the fact.
    QCOMPARE(drain(outbox).counts.delivered, 5);

    // A refused value saves nothing.
    FootprintLms::Refusals refusals;
    QVERIFY(!write(*m_cache, [=, &refusals](QSqlDatabase &db, QString *error) {
        return FootprintLms::saveActivityExtensions(
            db, 1, {{uav + QStringLiteral("flight-quality-score"), scale(11)}}, catalogue, now, error,
            &refusals);
    }));
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(refusals.first().problem.label, QStringLiteral("Безопасность и качество полёта"));
    QCOMPARE(counts(*m_cache).waiting, 0);

    QVERIFY(write(*m_cache, [=](QSqlDatabase &db, QString *error) {
        return FootprintLms::saveActivityExtensions(
            db, 1, {{uav + QStringLiteral("flight-quality-score"), scale(8)}}, catalogue, now, error);
    }));
    QCOMPARE(counts(*m_cache).waiting, 2); // the cancel and the corrected fact
    QCOMPARE(drain(outbox).counts.delivered, 7);
    const QString corrected = Footprint::footprintStatementId(m_org, FootprintPlanner::factKey(1, 1), 1)
                                  .toString(QUuid::WithoutBraces);
    QVERIFY(m_lrs.stored.contains(corrected));
    QVERIFY(m_lrs.stored.value(corrected).contains("\"score\":8"));
    QCOMPARE(m_lrs.conflicts, 0);
}

QTEST_GUILESS_MAIN(TestFootprintOutbox)
#include "tst_footprintoutbox.moc"
