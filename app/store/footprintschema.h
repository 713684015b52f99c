#pragma once

#include <QString>

#include <cstddef>

// The cache's part for the ЦС гражданина (issue 4): the durable outbox of xAPI statements and what the LMS
// records that the statements are built from. Migration 4 runs these statements in order (migrations.cpp).
namespace FootprintSchema {

const char *const *statements();
std::size_t count();

// The outbox states as the cache stores them; fixed codes, never an enum's order.
enum class State { Waiting = 0, Sending = 1, Delivered = 2, Rejected = 3, Conflict = 4, Superseded = 5 };
// The code as SQL text, for statements whose WHERE must match a partial index's literally.
inline QString sql(State state)
{
    return QString::number(static_cast<int>(state));
}
// A statement that names the states, "… WHERE state IN ({Waiting}, {Sending})", with their codes put in.
QString withStateCodes(const char *statement);

} // namespace FootprintSchema
