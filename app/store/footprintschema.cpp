#include "store/footprintschema.h"

#include <array>
#include <utility>

namespace {

// Times are milliseconds since the epoch (UTC) where the outbox compares them, ISO text where people read
// them. IF NOT EXISTS: caches of early development builds got these tables before migration 4 was registered,
// and the migration must then pass over them. The outbox's rowid is the
// order statements were queued in, which breaks ties of rank and due time.
const std::array Statements = {
    "CREATE TABLE IF NOT EXISTS footprint_outbox (id TEXT PRIMARY KEY, fact_key TEXT NOT NULL, revision "
    "INTEGER NOT NULL,"
    " rank INTEGER NOT NULL, body TEXT NOT NULL, state INTEGER NOT NULL DEFAULT 0, due_at INTEGER NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',"
    " pending_documents INTEGER NOT NULL DEFAULT 0, queued_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
    " delivered_at INTEGER, UNIQUE (fact_key, revision))",
    // What the pump scans: only rows that may still go out, in the order they go.
    "CREATE INDEX IF NOT EXISTS footprint_outbox_ready ON footprint_outbox (rank, due_at) WHERE state IN (0, "
    "1)",
    "CREATE INDEX IF NOT EXISTS footprint_outbox_by_state ON footprint_outbox (state)",
    // A statement goes only after the ones it points to (its structure; a corrected fact after its cancel).
    "CREATE TABLE IF NOT EXISTS footprint_outbox_deps (statement_id TEXT NOT NULL REFERENCES "
    "footprint_outbox (id) ON DELETE CASCADE,"
    " depends_on TEXT NOT NULL, PRIMARY KEY (statement_id, depends_on)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS footprint_outbox_deps_by_target ON footprint_outbox_deps (depends_on)",
    // Files put into object storage before their statement goes; file_url is set once the upload is verified.
    "CREATE TABLE IF NOT EXISTS footprint_documents (statement_id TEXT NOT NULL REFERENCES footprint_outbox "
    "(id) ON DELETE CASCADE,"
    " attachment_index INTEGER NOT NULL, local_path TEXT NOT NULL, object_key TEXT NOT NULL, sha256 TEXT NOT "
    "NULL,"
    " length INTEGER NOT NULL, content_type TEXT NOT NULL, file_url TEXT NOT NULL DEFAULT '', uploaded_at "
    "INTEGER,"
    " last_error TEXT NOT NULL DEFAULT '', PRIMARY KEY (statement_id, attachment_index)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS footprint_documents_pending ON footprint_documents (statement_id) WHERE "
    "uploaded_at IS NULL",
    // The ЦС settings of a program (FootprintSetup).
    "CREATE TABLE IF NOT EXISTS footprint_programs (program_id INTEGER PRIMARY KEY REFERENCES programs (id) "
    "ON DELETE CASCADE,"
    " provider_base TEXT NOT NULL, parent_course_id TEXT NOT NULL DEFAULT '', author_unti_id TEXT NOT NULL "
    "DEFAULT '',"
    " declared_at TEXT NOT NULL, online INTEGER NOT NULL DEFAULT 1)",
    // «Расширения БАС» of an activity's editing form (JSON object: IRI → value).
    "CREATE TABLE IF NOT EXISTS footprint_activity_extensions (activity_id INTEGER PRIMARY KEY REFERENCES "
    "activities (id)"
    " ON DELETE CASCADE, extensions TEXT NOT NULL)",
    // One student in one activity as the LMS records it (JSON of FootprintProgress, the student's values in
    // it).
    "CREATE TABLE IF NOT EXISTS footprint_progress (activity_id INTEGER NOT NULL REFERENCES activities (id) "
    "ON DELETE CASCADE,"
    " student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE, record TEXT NOT NULL,"
    " PRIMARY KEY (activity_id, student_id)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS footprint_progress_by_student ON footprint_progress (student_id, "
    "activity_id)",
    // Uploaded diaries and other documents of practical blocks, and final attestation documents (usage code).
    "CREATE TABLE IF NOT EXISTS footprint_files (id INTEGER PRIMARY KEY, block_id INTEGER NOT NULL "
    "REFERENCES program_blocks (id)"
    " ON DELETE CASCADE, student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
    " usage INTEGER NOT NULL, file_name TEXT NOT NULL, content_type TEXT NOT NULL, length INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL, local_path TEXT NOT NULL, added_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS footprint_files_by_student ON footprint_files (block_id, student_id)",
    "CREATE INDEX IF NOT EXISTS footprint_files_by_student_only ON footprint_files (student_id)",
};

} // namespace

namespace FootprintSchema {

const char *const *statements()
{
    return Statements.data();
}

std::size_t count()
{
    return Statements.size();
}

} // namespace FootprintSchema

QString FootprintSchema::withStateCodes(const char *statement)
{
    static const std::array<std::pair<QLatin1String, State>, 6> names = {{
        {QLatin1String("{Waiting}"), State::Waiting},
        {QLatin1String("{Sending}"), State::Sending},
        {QLatin1String("{Delivered}"), State::Delivered},
        {QLatin1String("{Rejected}"), State::Rejected},
        {QLatin1String("{Conflict}"), State::Conflict},
        {QLatin1String("{Superseded}"), State::Superseded},
    }};
    QString text = QString::fromLatin1(statement);
    for (const auto &[name, state] : names)
        text.replace(name, sql(state));
    return text;
}
