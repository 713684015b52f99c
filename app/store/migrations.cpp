#include "store/migrations.h"

#include "store/diaryschema.h"
#include "store/footprintschema.h"
#include "store/journalschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <array>

namespace {

// Dates are ISO text (YYYY-MM-DD) so that they sort and compare as dates; enums are the stable codes of
// storecodes.h; booleans 0/1. Every foreign-key column is indexed: the screens look rows up by them and
// SQLite scans a child table on a parent's delete otherwise.
const std::array Migration1 = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",

    "CREATE TABLE organisation (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " name TEXT NOT NULL DEFAULT '', short_name TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',"
    " vk_community_id TEXT NOT NULL DEFAULT '', semester_title TEXT NOT NULL DEFAULT '')",

    // roles and rights are the Roles/Rights flags, whose values role.h fixes.
    "CREATE TABLE staff (id INTEGER PRIMARY KEY,"
    " last_name TEXT NOT NULL, first_name TEXT NOT NULL, middle_name TEXT NOT NULL DEFAULT '',"
    " roles INTEGER NOT NULL DEFAULT 0, rights INTEGER NOT NULL DEFAULT 0,"
    " login TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX staff_by_name ON staff (last_name, first_name, middle_name)",

    "CREATE TABLE groups (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " course INTEGER NOT NULL CHECK (course BETWEEN 1 AND 4),"
    " curator_id INTEGER REFERENCES staff (id) ON DELETE SET NULL,"
    " specialty TEXT NOT NULL DEFAULT '', created TEXT)",
    "CREATE INDEX groups_by_course ON groups (course, name)",
    "CREATE INDEX groups_by_curator ON groups (curator_id)",

    "CREATE TABLE students (id INTEGER PRIMARY KEY,"
    " last_name TEXT NOT NULL, first_name TEXT NOT NULL, middle_name TEXT NOT NULL DEFAULT '',"
    " group_id INTEGER REFERENCES groups (id) ON DELETE SET NULL, birth_date TEXT,"
    " unti_id TEXT NOT NULL DEFAULT '', login TEXT NOT NULL DEFAULT '',"
    " entry INTEGER NOT NULL, home_organisation TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX students_by_group ON students (group_id, last_name, first_name, middle_name)",
    "CREATE INDEX students_by_unti_id ON students (unti_id) WHERE unti_id <> ''",

    "CREATE TABLE enrolment_orders (id INTEGER PRIMARY KEY,"
    " student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
    " group_id INTEGER REFERENCES groups (id) ON DELETE SET NULL,"
    " kind INTEGER NOT NULL, date TEXT NOT NULL, number TEXT NOT NULL DEFAULT '',"
    " cancels_order_id INTEGER"
    " REFERENCES enrolment_orders (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED)",
    "CREATE INDEX orders_by_student ON enrolment_orders (student_id, date)",
    "CREATE INDEX orders_by_group ON enrolment_orders (group_id, date)",
    "CREATE INDEX orders_by_cancelled ON enrolment_orders (cancels_order_id)"
    " WHERE cancels_order_id IS NOT NULL",

    "CREATE TABLE parents (id INTEGER PRIMARY KEY,"
    " last_name TEXT NOT NULL, first_name TEXT NOT NULL, middle_name TEXT NOT NULL DEFAULT '',"
    " phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', login TEXT NOT NULL DEFAULT '',"
    " entry INTEGER NOT NULL, home_organisation TEXT NOT NULL DEFAULT '',"
    " contact_source INTEGER NOT NULL, consent INTEGER NOT NULL, consent_date TEXT)",
    "CREATE INDEX parents_by_name ON parents (last_name, first_name, middle_name)",

    // The primary key is the lookup "parents of a student"; the index the other way round.
    "CREATE TABLE parent_links ("
    " student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
    " parent_id INTEGER NOT NULL REFERENCES parents (id) ON DELETE CASCADE,"
    " relation TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (student_id, parent_id)) WITHOUT ROWID",
    "CREATE INDEX parent_links_by_parent ON parent_links (parent_id, student_id)",

    "CREATE TABLE subjects (id INTEGER PRIMARY KEY, name TEXT NOT NULL, cycle TEXT NOT NULL DEFAULT '')",

    "CREATE TABLE teaching_assignments (id INTEGER PRIMARY KEY,"
    " teacher_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
    " group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,"
    " subject_id INTEGER NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,"
    " planned_hours INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX assignments_by_group ON teaching_assignments (group_id, subject_id)",
    "CREATE INDEX assignments_by_teacher ON teaching_assignments (teacher_id, group_id)",
    "CREATE INDEX assignments_by_subject ON teaching_assignments (subject_id)",

    // A journal pages its columns by (assignment, date); id breaks ties between two lessons on one day.
    "CREATE TABLE lessons (id INTEGER PRIMARY KEY,"
    " assignment_id INTEGER NOT NULL REFERENCES teaching_assignments (id) ON DELETE CASCADE,"
    " date TEXT NOT NULL, academic_hours INTEGER NOT NULL DEFAULT 1, type INTEGER NOT NULL,"
    " topic TEXT NOT NULL DEFAULT '', topic_from_plan INTEGER NOT NULL DEFAULT 0,"
    " homework TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX lessons_by_assignment ON lessons (assignment_id, date, id)",

    // One cell per lesson and student: the primary key is the journal's lookup, the index the student's.
    "CREATE TABLE marks ("
    " lesson_id INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,"
    " student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
    " value INTEGER NOT NULL DEFAULT 0 CHECK (value = 0 OR value BETWEEN 2 AND 5),"
    " absent INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (lesson_id, student_id)) WITHOUT ROWID",
    "CREATE INDEX marks_by_student ON marks (student_id, lesson_id)",

    "CREATE TABLE programs (id INTEGER PRIMARY KEY, title TEXT NOT NULL, flow_id TEXT NOT NULL DEFAULT '')",

    "CREATE TABLE program_blocks (id INTEGER PRIMARY KEY,"
    " program_id INTEGER NOT NULL REFERENCES programs (id) ON DELETE CASCADE,"
    " title TEXT NOT NULL, kind INTEGER NOT NULL, number INTEGER NOT NULL DEFAULT 1,"
    " requires_final_documents INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX blocks_by_program ON program_blocks (program_id, number)",

    "CREATE TABLE activities (id INTEGER PRIMARY KEY,"
    " block_id INTEGER NOT NULL REFERENCES program_blocks (id) ON DELETE CASCADE,"
    " group_id INTEGER REFERENCES groups (id) ON DELETE SET NULL,"
    " title TEXT NOT NULL, type INTEGER NOT NULL, position INTEGER NOT NULL DEFAULT 0,"
    " attestation INTEGER NOT NULL DEFAULT 0, block_attestation INTEGER NOT NULL DEFAULT 0,"
    " external_webinar INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX activities_by_block ON activities (block_id, position)",
    "CREATE INDEX activities_by_group ON activities (group_id, block_id)",
};

// The pull from SGO (CollegePull): per kind of data, the token of its last finished pull (`since`), and of a
// pull under way the token its pages share (`until`), the page to fetch next and how many there are, so that
// a pull cut short goes on where it stopped; finished_at of the last finished pull, last_error of the last
// failure (NULL once a pull of the kind finishes).
const std::array Migration5 = {
    "CREATE TABLE sync_state (kind TEXT PRIMARY KEY, since TEXT, until TEXT,"
    " next_page INTEGER NOT NULL DEFAULT 1, pages INTEGER, finished_at TEXT, last_error TEXT) WITHOUT ROWID",
};

// The cells SGO changed while the person's own edit of them waited to be sent (CollegePull keeps the
// person's value and notes SGO's here until they decide); kept: they chose theirs for this value of SGO's.
// A cell's pending edit also keeps what the cell held before the person's first edit (base_*), so that a
// pull tells SGO's change of the cell from SGO still having the old value.
const std::array Migration6 = {
    "ALTER TABLE journal_changes ADD COLUMN base_value INTEGER",
    "ALTER TABLE journal_changes ADD COLUMN base_absent INTEGER",
    // The academic year SGO says the college is in.
    "ALTER TABLE organisation ADD COLUMN year_start TEXT",
    "ALTER TABLE organisation ADD COLUMN year_end TEXT",
    "CREATE TABLE journal_conflicts (lesson_id INTEGER NOT NULL, student_id INTEGER NOT NULL,"
    " value INTEGER NOT NULL DEFAULT 0, absent INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT "
    "0,"
    " kept INTEGER NOT NULL DEFAULT 0, seen_at TEXT NOT NULL, PRIMARY KEY (lesson_id, student_id)) WITHOUT "
    "ROWID",
};

struct Migration
{
    const char *const *statements;
    std::size_t count;
};

// Append only: a released migration never changes, the next schema change is migration N+1.
const std::array AllMigrations = {
    Migration{Migration1.data(), Migration1.size()},
    Migration{JournalSchema::statements(),
              JournalSchema::statementCount()}, // journals: distance lessons, tasks, КТП, SGO queue
    Migration{DiarySchema::statements(),
              DiarySchema::statementCount()}, // ЭД: final grades, how consents were given
    Migration{FootprintSchema::statements(),
              FootprintSchema::count()}, // ЦС: the U2035 outbox and LMS records
    // The pull from SGO: where each kind of data stands.
    Migration{Migration5.data(), Migration5.size()},
    // Cells SGO changed under a pending local edit.
    Migration{Migration6.data(), Migration6.size()},
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text() + QStringLiteral(" [") + sql.left(120) + QLatin1Char(']');
    return false;
}

} // namespace

int Migrations::latestVersion()
{
    return int(AllMigrations.size());
}

int Migrations::currentVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) ||
        !query.next()) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        if (error)
            *error = query.lastError().isValid() ? query.lastError().text()
                                                 : QStringLiteral("schema_version is empty");
        return -1;
    }
    return query.value(0).toInt();
}

bool Migrations::migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    const int current = currentVersion(db, error);
    if (current < 0)
        return false;
    if (current > targetVersion) {
        if (error)
            *error = QStringLiteral("the cache has schema version %1, newer than %2")
                         .arg(current)
                         .arg(targetVersion);
        return false;
    }
    for (int version = current + 1; version <= targetVersion && version <= latestVersion(); ++version) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        const Migration &migration = AllMigrations.at(std::size_t(version - 1));
        bool ok = true;
        if (version == 1) {
            ok = exec(db,
                      QStringLiteral("CREATE TABLE schema_version (id INTEGER PRIMARY KEY CHECK (id = 1),"
                                     " version INTEGER NOT NULL)"),
                      error) &&
                 exec(db, QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, 0)"), error);
        }
        for (std::size_t i = 0; ok && i < migration.count; ++i)
            ok = exec(db, QString::fromLatin1(migration.statements[i]), error);
        ok = ok && exec(db, QStringLiteral("UPDATE schema_version SET version = %1").arg(version), error);
        if (!ok || !db.commit()) {
            if (ok && error)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}
