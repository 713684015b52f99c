#pragma once

#include "footprint/footprintprogress.h"
#include "footprint/footprintstatement.h"
#include "store/footprintschema.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The ЦС outbox in the cache, for code that runs on the store thread with the open connection: write jobs
// queue statements in the transaction of the change that made them due, and the outbox takes batches, marks
// what the LRS said and finds what is due next. Nothing here talks to the network.
class FootprintOutboxStore
{
public:
    using State = FootprintSchema::State;

    struct Row
    {
        QString id;
        QString factKey;
        int revision = 0;
        int rank = 0;
        QByteArray body; // without "id"
        int attempts = 0;
        QStringList dependsOn;
    };
    struct Counts
    {
        int waiting = 0; // due later, due now, or held back by a statement they point to
        int sending = 0;
        int delivered = 0;
        int rejected = 0;
        int conflicts = 0;
        int superseded = 0;
        int pending() const { return waiting + sending; }
        int failed() const { return rejected + conflicts; }
    };
    struct Queued
    {
        int added = 0;     // new facts (revision 0)
        int replaced = 0;  // not sent yet: the statement changed in place
        int corrected = 0; // sent already: a cancel and the next revision were queued
        int unchanged = 0;
    };
    struct Failure
    {
        QString id;
        QString factKey;
        State state = State::Rejected;
        QString reason;
    };
    struct PendingDocument
    {
        QString statementId;
        int attachmentIndex = 0;
        QString localPath;
        QString objectKey;
        QString sha256;
        qint64 length = 0;
        QString contentType;
    };

    // Queues statements (structure before facts, as planned) in the caller's transaction. A fact already
    // queued with the same content is left alone; one not yet sent is changed in place; one that may have
    // reached the LRS is corrected: cancel (with the official letter, if given) and the next revision, which
    // follows it.
    static bool enqueue(QSqlDatabase &db, const QString &organisation,
                        const QList<FootprintStatement> &statements, const QDateTime &now, QString *error,
                        Queued *queued = nullptr,
                        const std::optional<FootprintDocumentFile> &letter = std::nullopt);

    // The next batch: due, documents stored, every statement it points to delivered or earlier in this batch;
    // by rank, due time and queue order. The rows are marked sending (a crash leaves them so; they go again).
    static std::optional<QList<Row>> takeBatch(QSqlDatabase &db, int size, const QDateTime &now,
                                               QString *error);
    static bool markDelivered(QSqlDatabase &db, const QStringList &ids, const QDateTime &now, QString *error);
    static bool markFailed(QSqlDatabase &db, const QStringList &ids, State state, const QString &reason,
                           const QDateTime &now, QString *error);
    // Back to waiting until dueAt (a transient failure, or a statement it points to did not go).
    static bool markWaiting(QSqlDatabase &db, const QStringList &ids, const QDateTime &dueAt,
                            const QString &reason, const QDateTime &now, QString *error);

    // «Повторить» after a transient failure: what waits out a backoff is due now (statements due later for
    // their own reasons, e.g. the 48-hour window, keep their time: they never failed).
    static bool bringForwardRetries(QSqlDatabase &db, const QDateTime &now, QString *error);

    static std::optional<Counts> counts(QSqlDatabase &db, QString *error);
    // The earliest due time after `after` of a statement still to go (invalid if there is none): when the
    // scheduler looks again. Statements due already but held back are not counted.
    static QDateTime nextDue(QSqlDatabase &db, const QDateTime &after);
    static QList<Failure> failures(QSqlDatabase &db, int limit = 1000);

    // Documents of statements due by `now` that are not in object storage yet.
    static QList<PendingDocument> pendingDocuments(QSqlDatabase &db, const QDateTime &now, int limit);
    // The file is stored and verified: its URL goes into the statement, which may go once all its files are.
    static bool documentStored(QSqlDatabase &db, const QString &statementId, int attachmentIndex,
                               const QString &fileUrl, const QDateTime &now, QString *error);
    static bool documentFailed(QSqlDatabase &db, const QString &statementId, int attachmentIndex,
                               const QString &reason, const QDateTime &retryAt, const QDateTime &now,
                               QString *error);

    // A 409 says the LRS keeps something else under the id: the person resolves it by sending ours as a
    // correction (cancel, then the next revision).
    static bool resolveConflict(QSqlDatabase &db, const QString &organisation, const QString &id,
                                const QDateTime &now, QString *error);

    // The statement as it goes out: the body with its id.
    static QJsonObject statementOf(const Row &row);
    static qint64 millis(const QDateTime &time);
};
