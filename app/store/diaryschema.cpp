#include "store/diaryschema.h"

#include <iterator>

namespace {

// Constant-initialised, so migrations.cpp may take it during its own static initialisation.
const char *const edStatements[] = {
    // Seed 001 §5–6: a final grade per student and journal; set_at and published_at are local ISO date-times
    // ("2026-11-25T10:00:00") so that the one-day limit compares as text. A deferral keeps its reason and
    // date.
    "CREATE TABLE final_grades (student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,"
    " assignment_id INTEGER NOT NULL REFERENCES teaching_assignments (id) ON DELETE CASCADE,"
    " value INTEGER NOT NULL DEFAULT 0 CHECK (value = 0 OR value BETWEEN 2 AND 5),"
    " set_at TEXT, published_at TEXT, deferred INTEGER NOT NULL DEFAULT 0,"
    " deferral_reason TEXT NOT NULL DEFAULT '', deferred_until TEXT,"
    " CHECK (deferred = 0 OR (deferral_reason <> '' AND deferred_until IS NOT NULL)),"
    " PRIMARY KEY (student_id, assignment_id)) WITHOUT ROWID",
    // The summary sheet reads a group's journals; deleting a journal finds its grades.
    "CREATE INDEX final_grades_by_assignment ON final_grades (assignment_id, student_id)",
    // Seed 001 §1: how the consent or refusal stored in parents (consent, consent_date) was given;
    // the codes of StoreCodes::code(Parent::ContactSource).
    "CREATE TABLE parent_consent_forms (parent_id INTEGER PRIMARY KEY REFERENCES parents (id) ON DELETE "
    "CASCADE,"
    " form INTEGER NOT NULL)",
};

} // namespace

const char *const *DiarySchema::statements()
{
    return edStatements;
}

std::size_t DiarySchema::statementCount()
{
    return std::size(edStatements);
}
