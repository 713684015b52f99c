#include "sync/footprintoutboxstore.h"

#include "footprint/footprintstatementid.h"
#include "footprint/xapistatements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

using State = FootprintSchema::State;

int code(State state)
{
    return static_cast<int>(state);
}

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

bool prepare(QSqlQuery &query, const char *sql, QString *error)
{
    return query.prepare(FootprintSchema::withStateCodes(sql)) || fail(query, error);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// The file URLs are filled in after planning; two plans of one fact differ only if anything else differs.
QByteArray withoutFileUrls(const QByteArray &body)
{
    if (!body.contains("\"attachments\""))
        return body;
    QJsonObject object = QJsonDocument::fromJson(body).object();
    QJsonArray attachments = object.value(QStringLiteral("attachments")).toArray();
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        QJsonObject attachment = attachments.at(i).toObject();
        attachment.insert(QStringLiteral("fileUrl"), QString());
        attachments.replace(i, attachment);
    }
    object.insert(QStringLiteral("attachments"), attachments);
    return compact(object);
}

// Prepared once per enqueue() call: the rows, their dependencies and their documents.
class Writer
{
public:
    Writer(QSqlDatabase &db, const QDateTime &now)
        : m_insert(db), m_dependency(db), m_document(db), m_update(db), m_clear(db), m_now(now)
    {}

    bool prepare(QString *error)
    {
        return ::prepare(
                   m_insert,
                   "INSERT INTO footprint_outbox (id, fact_key, revision, rank, body, state, due_at,"
                   " pending_documents, queued_at, updated_at) VALUES (?, ?, ?, ?, ?, {Waiting}, ?, ?, ?, ?)",
                   error) &&
               ::prepare(
                   m_dependency,
                   "INSERT OR IGNORE INTO footprint_outbox_deps (statement_id, depends_on) VALUES (?, ?)",
                   error) &&
               ::prepare(m_document,
                         "INSERT OR REPLACE INTO footprint_documents (statement_id, attachment_index, "
                         "local_path, object_key,"
                         " sha256, length, content_type) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         error) &&
               ::prepare(m_update,
                         "UPDATE footprint_outbox SET body = ?, rank = ?, due_at = ?, pending_documents = ?, "
                         "updated_at = ?,"
                         " last_error = '' WHERE id = ?",
                         error) &&
               ::prepare(m_clear, "DELETE FROM footprint_outbox_deps WHERE statement_id = ?", error);
    }

    bool insert(const QString &id, const QString &key, int revision, FootprintStatement::Rank rank,
                const QByteArray &body, const QDateTime &due, const QStringList &dependsOn,
                const QJsonObject &json, const QList<FootprintDocument> &documents, QString *error)
    {
        m_insert.addBindValue(id);
        m_insert.addBindValue(key);
        m_insert.addBindValue(revision);
        m_insert.addBindValue(static_cast<int>(rank));
        m_insert.addBindValue(QString::fromUtf8(body));
        m_insert.addBindValue(FootprintOutboxStore::millis(due));
        m_insert.addBindValue(int(documents.size()));
        m_insert.addBindValue(FootprintOutboxStore::millis(m_now));
        m_insert.addBindValue(FootprintOutboxStore::millis(m_now));
        if (!m_insert.exec())
            return fail(m_insert, error);
        return dependencies(id, dependsOn, error) && this->documents(id, json, documents, error);
    }

    bool replace(const QString &id, FootprintStatement::Rank rank, const QByteArray &body,
                 const QDateTime &due, const QStringList &dependsOn, const QJsonObject &json,
                 const QList<FootprintDocument> &documents, QSqlDatabase &db, QString *error)
    {
        m_update.addBindValue(QString::fromUtf8(body));
        m_update.addBindValue(static_cast<int>(rank));
        m_update.addBindValue(FootprintOutboxStore::millis(due));
        m_update.addBindValue(int(documents.size()));
        m_update.addBindValue(FootprintOutboxStore::millis(m_now));
        m_update.addBindValue(id);
        if (!m_update.exec())
            return fail(m_update, error);
        m_clear.addBindValue(id);
        if (!m_clear.exec())
            return fail(m_clear, error);
        QSqlQuery documentsGone(db);
        documentsGone.prepare(QStringLiteral("DELETE FROM footprint_documents WHERE statement_id = ?"));
        documentsGone.addBindValue(id);
        if (!documentsGone.exec())
            return fail(documentsGone, error);
        return dependencies(id, dependsOn, error) && this->documents(id, json, documents, error);
    }

private:
    bool dependencies(const QString &id, const QStringList &dependsOn, QString *error)
    {
        for (const QString &target : dependsOn) {
            m_dependency.addBindValue(id);
            m_dependency.addBindValue(target);
            if (!m_dependency.exec())
                return fail(m_dependency, error);
        }
        return true;
    }

    bool documents(const QString &id, const QJsonObject &json, const QList<FootprintDocument> &documents,
                   QString *error)
    {
        const QJsonArray attachments = json.value(QStringLiteral("attachments")).toArray();
        for (const FootprintDocument &document : documents) {
            const QJsonObject attachment = attachments.at(document.attachmentIndex).toObject();
            m_document.addBindValue(id);
            m_document.addBindValue(document.attachmentIndex);
            m_document.addBindValue(document.localPath);
            m_document.addBindValue(document.objectKey);
            m_document.addBindValue(attachment.value(QStringLiteral("sha2")).toString());
            m_document.addBindValue(attachment.value(QStringLiteral("length")).toInteger());
            m_document.addBindValue(attachment.value(QStringLiteral("contentType")).toString());
            if (!m_document.exec())
                return fail(m_document, error);
        }
        return true;
    }

    QSqlQuery m_insert;
    QSqlQuery m_dependency;
    QSqlQuery m_document;
    QSqlQuery m_update;
    QSqlQuery m_clear;
    QDateTime m_now;
};

QStringList idsOf(const QList<QUuid> &ids)
{
    QStringList result;
    result.reserve(ids.size());
    for (const QUuid &id : ids)
        result << idText(id);
    return result;
}

// Queues the cancel of a stored statement and returns its id; the letter, if any, goes with it.
// A cancel goes after the statement it cancels, unless the LRS holds something under that id already (409).
std::optional<QString> queueCancel(Writer &writer, const QString &organisation, const QString &factKey,
                                   int revision, const QString &cancelledId, const QByteArray &cancelledBody,
                                   const QDateTime &timestamp, const QDateTime &now,
                                   const std::optional<FootprintDocumentFile> &letter, bool afterCancelled,
                                   QString *error)
{
    const QString key = QStringLiteral("cancel/%1/%2").arg(factKey).arg(revision);
    const QString id = idText(Footprint::footprintStatementId(organisation, key, 0));
    std::optional<FootprintAttachment> attachment;
    QList<FootprintDocument> documents;
    if (letter) {
        attachment = letter->attachment;
        attachment->usage = FootprintAttachment::Usage::OfficialLetter;
        documents << FootprintDocument{0, letter->localPath,
                                       QStringLiteral("footprint/") + letter->attachment.sha2};
    }
    const QJsonObject json = XapiStatements::cancelOf(QJsonDocument::fromJson(cancelledBody).object(),
                                                      QUuid(cancelledId), timestamp, attachment);
    const QStringList dependsOn = afterCancelled ? QStringList{cancelledId} : QStringList();
    if (!writer.insert(id, key, 0, FootprintStatement::Rank::Cancel, compact(json), now, dependsOn, json,
                       documents, error))
        return std::nullopt;
    return id;
}

bool setState(QSqlDatabase &db, const QString &id, State state, const QDateTime &now, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE footprint_outbox SET state = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(code(state));
    query.addBindValue(FootprintOutboxStore::millis(now));
    query.addBindValue(id);
    return query.exec() || fail(query, error);
}

} // namespace

qint64 FootprintOutboxStore::millis(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

bool FootprintOutboxStore::enqueue(QSqlDatabase &db, const QString &organisation,
                                   const QList<FootprintStatement> &statements, const QDateTime &now,
                                   QString *error, Queued *queued,
                                   const std::optional<FootprintDocumentFile> &letter)
{
    Queued counts;
    Writer writer(db, now);
    QSqlQuery latest(db);
    latest.setForwardOnly(true);
    QSqlQuery due(db);
    if (!writer.prepare(error) ||
        !prepare(latest,
                 "SELECT id, revision, state, attempts, body, due_at FROM footprint_outbox WHERE fact_key = ?"
                 " ORDER BY revision DESC LIMIT 1",
                 error) ||
        !prepare(due, "UPDATE footprint_outbox SET due_at = ? WHERE id = ?", error))
        return false;

    for (const FootprintStatement &statement : statements) {
        const QByteArray body = compact(statement.json);
        const QStringList dependsOn = idsOf(statement.dependsOn);
        latest.addBindValue(statement.factKey);
        if (!latest.exec())
            return fail(latest, error);
        if (!latest.next()) {
            latest.finish();
            const QString id = idText(Footprint::footprintStatementId(organisation, statement.factKey, 0));
            if (!writer.insert(id, statement.factKey, 0, statement.rank, body, statement.dueAt, dependsOn,
                               statement.json, statement.documents, error))
                return false;
            ++counts.added;
            continue;
        }
        const QString id = latest.value(0).toString();
        const int revision = latest.value(1).toInt();
        const auto state = static_cast<State>(latest.value(2).toInt());
        const int attempts = latest.value(3).toInt();
        const QByteArray stored = latest.value(4).toString().toUtf8();
        const qint64 storedDue = latest.value(5).toLongLong();
        latest.finish();
        const bool neverLeft = state == State::Waiting && attempts == 0;

        if (stored == body || withoutFileUrls(stored) == withoutFileUrls(body)) {
            // The same fact again; a report confirmed early makes the same statement due sooner.
            if (neverLeft && storedDue != millis(statement.dueAt)) {
                due.addBindValue(millis(statement.dueAt));
                due.addBindValue(id);
                if (!due.exec())
                    return fail(due, error);
            }
            ++counts.unchanged;
            continue;
        }
        if (neverLeft) {
            if (!writer.replace(id, statement.rank, body, statement.dueAt, dependsOn, statement.json,
                                statement.documents, db, error))
                return false;
            ++counts.replaced;
            continue;
        }
        QStringList follows = dependsOn;
        if (state == State::Rejected) {
            // The LRS never stored it: nothing to cancel.
            if (!setState(db, id, State::Superseded, now, error))
                return false;
        } else {
            const QDateTime timestamp = QDateTime::fromString(
                statement.json.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
            const std::optional<QString> cancelId =
                queueCancel(writer, organisation, statement.factKey, revision, id, stored, timestamp, now,
                            letter, state != State::Conflict, error);
            if (!cancelId)
                return false;
            follows << *cancelId;
        }
        const QString next =
            idText(Footprint::footprintStatementId(organisation, statement.factKey, revision + 1));
        if (!writer.insert(next, statement.factKey, revision + 1, statement.rank, body, statement.dueAt,
                           follows, statement.json, statement.documents, error))
            return false;
        ++counts.corrected;
    }
    if (queued)
        *queued = counts;
    return true;
}

std::optional<QList<FootprintOutboxStore::Row>>
FootprintOutboxStore::takeBatch(QSqlDatabase &db, int size, const QDateTime &now, QString *error)
{
    QSqlQuery candidates(db);
    candidates.setForwardOnly(true);
    QSqlQuery dependencies(db);
    dependencies.setForwardOnly(true);
    if (!prepare(candidates,
                 "SELECT id, fact_key, revision, rank, body, attempts FROM footprint_outbox"
                 " WHERE state IN ({Waiting}, {Sending}) AND due_at <= ? AND pending_documents = 0"
                 " ORDER BY rank, due_at, rowid",
                 error) ||
        !prepare(dependencies,
                 "SELECT d.depends_on, o.state FROM footprint_outbox_deps d"
                 " LEFT JOIN footprint_outbox o ON o.id = d.depends_on WHERE d.statement_id = ?",
                 error))
        return std::nullopt;
    candidates.addBindValue(millis(now));
    if (!candidates.exec()) {
        fail(candidates, error);
        return std::nullopt;
    }
    QList<Row> batch;
    QSet<QString> taken;
    while (batch.size() < size && candidates.next()) {
        Row row;
        row.id = candidates.value(0).toString();
        dependencies.addBindValue(row.id);
        if (!dependencies.exec()) {
            fail(dependencies, error);
            return std::nullopt;
        }
        bool ready = true;
        while (dependencies.next()) {
            const QString target = dependencies.value(0).toString();
            row.dependsOn << target;
            // The LRS takes a batch in order and whole, so a statement earlier in the same batch counts as
            // there.
            if (!taken.contains(target) &&
                (dependencies.value(1).isNull() || dependencies.value(1).toInt() != code(State::Delivered)))
                ready = false;
        }
        dependencies.finish();
        if (!ready)
            continue;
        row.factKey = candidates.value(1).toString();
        row.revision = candidates.value(2).toInt();
        row.rank = candidates.value(3).toInt();
        row.body = candidates.value(4).toString().toUtf8();
        row.attempts = candidates.value(5).toInt() + 1;
        taken.insert(row.id);
        batch << row;
    }
    candidates.finish();

    QSqlQuery sending(db);
    if (!prepare(sending,
                 "UPDATE footprint_outbox SET state = {Sending}, attempts = attempts + 1, updated_at = ? "
                 "WHERE id = ?",
                 error))
        return std::nullopt;
    for (const Row &row : std::as_const(batch)) {
        sending.addBindValue(millis(now));
        sending.addBindValue(row.id);
        if (!sending.exec()) {
            fail(sending, error);
            return std::nullopt;
        }
    }
    return batch;
}

bool FootprintOutboxStore::markDelivered(QSqlDatabase &db, const QStringList &ids, const QDateTime &now,
                                         QString *error)
{
    QSqlQuery query(db);
    if (!prepare(query,
                 "UPDATE footprint_outbox SET state = {Delivered}, delivered_at = ?, updated_at = ?, "
                 "last_error = '' "
                 "WHERE id = ?",
                 error))
        return false;
    for (const QString &id : ids) {
        query.addBindValue(millis(now));
        query.addBindValue(millis(now));
        query.addBindValue(id);
        if (!query.exec())
            return fail(query, error);
    }
    return true;
}

bool FootprintOutboxStore::markFailed(QSqlDatabase &db, const QStringList &ids, State state,
                                      const QString &reason, const QDateTime &now, QString *error)
{
    QSqlQuery query(db);
    if (!prepare(query, "UPDATE footprint_outbox SET state = ?, last_error = ?, updated_at = ? WHERE id = ?",
                 error))
        return false;
    for (const QString &id : ids) {
        query.addBindValue(code(state));
        query.addBindValue(reason);
        query.addBindValue(millis(now));
        query.addBindValue(id);
        if (!query.exec())
            return fail(query, error);
    }
    return true;
}

bool FootprintOutboxStore::markWaiting(QSqlDatabase &db, const QStringList &ids, const QDateTime &dueAt,
                                       const QString &reason, const QDateTime &now, QString *error)
{
    QSqlQuery query(db);
    if (!prepare(query,
                 "UPDATE footprint_outbox SET state = {Waiting}, due_at = max(due_at, ?), last_error = ?, "
                 "updated_at = ?"
                 " WHERE id = ?",
                 error))
        return false;
    for (const QString &id : ids) {
        query.addBindValue(millis(dueAt));
        query.addBindValue(reason);
        query.addBindValue(millis(now));
        query.addBindValue(id);
        if (!query.exec())
            return fail(query, error);
    }
    return true;
}

bool FootprintOutboxStore::bringForwardRetries(QSqlDatabase &db, const QDateTime &now, QString *error)
{
    QSqlQuery query(db);
    if (!prepare(query,
                 "UPDATE footprint_outbox SET due_at = ? WHERE state = {Waiting} AND last_error <> '' AND "
                 "due_at > ?",
                 error))
        return false;
    query.addBindValue(millis(now));
    query.addBindValue(millis(now));
    return query.exec() || fail(query, error);
}

std::optional<FootprintOutboxStore::Counts> FootprintOutboxStore::counts(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT state, count(*) FROM footprint_outbox GROUP BY state"))) {
        fail(query, error);
        return std::nullopt;
    }
    Counts counts;
    while (query.next()) {
        const int n = query.value(1).toInt();
        switch (static_cast<State>(query.value(0).toInt())) {
        case State::Waiting:
            counts.waiting = n;
            break;
        case State::Sending:
            counts.sending = n;
            break;
        case State::Delivered:
            counts.delivered = n;
            break;
        case State::Rejected:
            counts.rejected = n;
            break;
        case State::Conflict:
            counts.conflicts = n;
            break;
        case State::Superseded:
            counts.superseded = n;
            break;
        }
    }
    return counts;
}

QDateTime FootprintOutboxStore::nextDue(QSqlDatabase &db, const QDateTime &after)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(FootprintSchema::withStateCodes(
        "SELECT min(due_at) FROM footprint_outbox WHERE state IN ({Waiting}, {Sending}) AND due_at > ?"));
    query.addBindValue(millis(after));
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

QList<FootprintOutboxStore::Failure> FootprintOutboxStore::failures(QSqlDatabase &db, int limit)
{
    QList<Failure> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(FootprintSchema::withStateCodes(
        "SELECT id, fact_key, state, last_error FROM footprint_outbox WHERE state IN ({Rejected}, {Conflict})"
        " ORDER BY updated_at, rowid LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next())
        result << Failure{query.value(0).toString(), query.value(1).toString(),
                          static_cast<State>(query.value(2).toInt()), query.value(3).toString()};
    return result;
}

QList<FootprintOutboxStore::PendingDocument>
FootprintOutboxStore::pendingDocuments(QSqlDatabase &db, const QDateTime &now, int limit)
{
    QList<PendingDocument> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(FootprintSchema::withStateCodes(
        "SELECT d.statement_id, d.attachment_index, d.local_path, d.object_key, d.sha256, d.length, "
        "d.content_type"
        " FROM footprint_documents d JOIN footprint_outbox o ON o.id = d.statement_id"
        " WHERE d.uploaded_at IS NULL AND o.state IN ({Waiting}, {Sending}) AND o.due_at <= ?"
        " ORDER BY o.rank, o.due_at, o.rowid LIMIT ?"));
    query.addBindValue(millis(now));
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next()) {
        result << PendingDocument{query.value(0).toString(), query.value(1).toInt(),
                                  query.value(2).toString(), query.value(3).toString(),
                                  query.value(4).toString(), query.value(5).toLongLong(),
                                  query.value(6).toString()};
    }
    return result;
}

bool FootprintOutboxStore::documentStored(QSqlDatabase &db, const QString &statementId, int attachmentIndex,
                                          const QString &fileUrl, const QDateTime &now, QString *error)
{
    QSqlQuery stored(db);
    if (!prepare(stored,
                 "UPDATE footprint_documents SET file_url = ?, uploaded_at = ?, last_error = ''"
                 " WHERE statement_id = ? AND attachment_index = ? AND uploaded_at IS NULL",
                 error))
        return false;
    stored.addBindValue(fileUrl);
    stored.addBindValue(millis(now));
    stored.addBindValue(statementId);
    stored.addBindValue(attachmentIndex);
    if (!stored.exec())
        return fail(stored, error);
    if (stored.numRowsAffected() != 1)
        return true; // stored before (a second upload of the same file after a crash)

    QSqlQuery body(db);
    body.prepare(QStringLiteral("SELECT body FROM footprint_outbox WHERE id = ?"));
    body.addBindValue(statementId);
    if (!body.exec() || !body.next())
        return fail(body, error);
    QJsonObject json = QJsonDocument::fromJson(body.value(0).toString().toUtf8()).object();
    body.finish();
    QJsonArray attachments = json.value(QStringLiteral("attachments")).toArray();
    QJsonObject attachment = attachments.at(attachmentIndex).toObject();
    attachment.insert(QStringLiteral("fileUrl"), fileUrl);
    attachments.replace(attachmentIndex, attachment);
    json.insert(QStringLiteral("attachments"), attachments);

    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE footprint_outbox SET body = ?, pending_documents = pending_documents - 1,"
                       " updated_at = ? WHERE id = ?"));
    update.addBindValue(QString::fromUtf8(compact(json)));
    update.addBindValue(millis(now));
    update.addBindValue(statementId);
    return update.exec() || fail(update, error);
}

bool FootprintOutboxStore::documentFailed(QSqlDatabase &db, const QString &statementId, int attachmentIndex,
                                          const QString &reason, const QDateTime &retryAt,
                                          const QDateTime &now, QString *error)
{
    QSqlQuery document(db);
    document.prepare(QStringLiteral(
        "UPDATE footprint_documents SET last_error = ? WHERE statement_id = ? AND attachment_index = ?"));
    document.addBindValue(reason);
    document.addBindValue(statementId);
    document.addBindValue(attachmentIndex);
    if (!document.exec())
        return fail(document, error);
    return markWaiting(db, {statementId}, retryAt, reason, now, error);
}

bool FootprintOutboxStore::resolveConflict(QSqlDatabase &db, const QString &organisation, const QString &id,
                                           const QDateTime &now, QString *error)
{
    QSqlQuery row(db);
    row.prepare(FootprintSchema::withStateCodes("SELECT fact_key, revision, rank, body, due_at FROM "
                                                "footprint_outbox WHERE id = ? AND state = {Conflict}"));
    row.addBindValue(id);
    if (!row.exec())
        return fail(row, error);
    if (!row.next()) {
        if (error)
            *error = QStringLiteral("no conflict under %1").arg(id);
        return false;
    }
    const QString key = row.value(0).toString();
    const int revision = row.value(1).toInt();
    const auto rank = static_cast<FootprintStatement::Rank>(row.value(2).toInt());
    const QByteArray body = row.value(3).toString().toUtf8();
    row.finish();

    QStringList follows;
    QSqlQuery dependencies(db);
    dependencies.prepare(
        QStringLiteral("SELECT depends_on FROM footprint_outbox_deps WHERE statement_id = ?"));
    dependencies.addBindValue(id);
    if (!dependencies.exec())
        return fail(dependencies, error);
    while (dependencies.next())
        follows << dependencies.value(0).toString();

    Writer writer(db, now);
    if (!writer.prepare(error))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QDateTime timestamp =
        QDateTime::fromString(json.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    const std::optional<QString> cancelId = queueCancel(writer, organisation, key, revision, id, body,
                                                        timestamp, now, std::nullopt, false, error);
    if (!cancelId || !setState(db, id, State::Superseded, now, error))
        return false;
    follows << *cancelId;
    const QString next = idText(Footprint::footprintStatementId(organisation, key, revision + 1));
    // Documents of the conflicting statement are stored already: their URLs are in the body.
    return writer.insert(next, key, revision + 1, rank, body, now, follows, json, {}, error);
}

QJsonObject FootprintOutboxStore::statementOf(const Row &row)
{
    QJsonObject json = QJsonDocument::fromJson(row.body).object();
    json.insert(QStringLiteral("id"), row.id);
    return json;
}
