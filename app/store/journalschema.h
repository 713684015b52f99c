#pragma once

#include <cstddef>

// The journals' part of the cache schema, added as one migration (see migrations.cpp): distance lessons, the
// tasks given at a lesson, the КТП captured per journal, and the durable queue of journal edits that wait to
// be sent to SGO (written in the same transaction as the edit itself).
namespace JournalSchema {
const char *const *statements();
std::size_t statementCount();
} // namespace JournalSchema
