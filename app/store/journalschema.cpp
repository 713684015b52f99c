#include "store/journalschema.h"

#include <iterator>

namespace {

// Constant-initialised, so migrations.cpp may take it during its own static initialisation.
const char *const journalStatements[] = {
    // Seed 004 §29.3: a lesson is held as a Sferum call between a start and an end time; one call per lesson.
    // Times are local ISO date-times ("2026-11-25T10:00:00"), so they compare as text.
    "CREATE TABLE distance_lessons (id INTEGER PRIMARY KEY,"
    " lesson_id INTEGER NOT NULL UNIQUE REFERENCES lessons (id) ON DELETE CASCADE,"
    " teacher_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,"
    " starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, call_url TEXT NOT NULL DEFAULT '',"
    " CHECK (ends_at > starts_at))",
    // Overlaps are looked for among one teacher's calls.
    "CREATE INDEX distance_lessons_by_teacher ON distance_lessons (teacher_id, starts_at)",
    // «Добавить задание», «Задание с оценками».
    "CREATE TABLE lesson_tasks (id INTEGER PRIMARY KEY,"
    " lesson_id INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE, text TEXT NOT NULL,"
    " graded INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX lesson_tasks_by_lesson ON lesson_tasks (lesson_id, id)",
    // The КТП of a journal, captured from its planned lessons the first time the journal is opened, so that a
    // deleted lesson's topic can still be chosen from the plan.
    "CREATE TABLE plan_topics (id INTEGER PRIMARY KEY,"
    " assignment_id INTEGER NOT NULL REFERENCES teaching_assignments (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, type INTEGER NOT NULL, academic_hours INTEGER NOT NULL, topic TEXT NOT "
    "NULL)",
    "CREATE INDEX plan_topics_by_assignment ON plan_topics (assignment_id, position)",
    // What waits to go to SGO. No foreign keys: the change of a lesson deleted since must still be sent.
    // kind: JournalStore::ChangeKind, 1–8 the journal's, 9–13 the ЭД's (a final grade, deferral or
    // publication keeps its journal and student; a parent's consent or contacts has assignment_id 0 and the
    // parent in payload.parentId); state 0 pending, 1 sent, 2 failed; payload is JSON (SgoAdminCalls).
    "CREATE TABLE journal_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, kind INTEGER NOT NULL,"
    " assignment_id INTEGER NOT NULL, lesson_id INTEGER, student_id INTEGER, payload TEXT NOT NULL DEFAULT "
    "'{}',"
    " made_at TEXT NOT NULL, made_by INTEGER, state INTEGER NOT NULL DEFAULT 0,"
    " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX journal_changes_by_state ON journal_changes (state, id)",
    "CREATE INDEX journal_changes_by_cell ON journal_changes (lesson_id, student_id) WHERE state = 0",
};

} // namespace

const char *const *JournalSchema::statements()
{
    return journalStatements;
}

std::size_t JournalSchema::statementCount()
{
    return std::size(journalStatements);
}
