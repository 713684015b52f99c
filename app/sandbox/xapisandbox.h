#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

struct SandboxReply;
struct SandboxRequest;
struct SandboxSettings;

// A minimal xAPI 1.0.3 LRS as U2035 runs it (/work/shared/u2035/README.md): HTTP Basic key:secret (401 else),
// X-Experience-API-Version required (400 else; /xAPI/about needs neither).
// POST /xAPI/statements: a JSON array (even for one statement) of statements, each with a UUID id, an actor,
// a verb with an IRI id and an object; 200 with the ids in order. A batch is all or nothing: one invalid
// statement → 400 {"message": reason naming it}; an id already stored with different content → 409; the same
// id with the same content is accepted again and changes nothing.
// GET /xAPI/statements?statementId=… → the statement (404 if unknown); without it
// {"statements":[…],"more":""} newest first. Stored statements carry "stored".
class XapiSandbox
{
public:
    explicit XapiSandbox(const SandboxSettings &settings);

    SandboxReply serve(const SandboxRequest &request);

private:
    SandboxReply postStatements(const SandboxRequest &request);
    SandboxReply getStatements(const SandboxRequest &request) const;
    // Why the statement at index is not a statement, or an empty string.
    static QString invalidReason(const QJsonValue &statement, qsizetype index);

    QByteArray m_authorization;               // "Basic …"
    QHash<QString, QJsonObject> m_statements; // lower-case id → as sent
    QHash<QString, QString> m_storedAt;
    QStringList m_order; // lower-case ids, oldest first
};
