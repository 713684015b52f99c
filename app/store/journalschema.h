#pragma once

#include <QString>

#include <cstddef>

// The journals' part of the cache schema, added as one migration (see migrations.cpp): distance lessons, the
// tasks given at a lesson, the КТП captured per journal, and the durable queue of journal edits that wait to
// be sent to SGO (written in the same transaction as the edit itself).
namespace JournalSchema {
const char *const *statements();
std::size_t statementCount();

// journal_changes.state as the cache stores it; fixed codes, never an enum's order.
// Withdrawn: the person took SGO's value of the cell instead; never sent.
enum class ChangeState { Pending = 0, Sent = 1, Failed = 2, Withdrawn = 3 };
// The code as SQL text, for statements whose WHERE must match a partial index's literally.
inline QString sql(ChangeState state)
{
    return QString::number(static_cast<int>(state));
}
} // namespace JournalSchema
