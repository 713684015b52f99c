#pragma once

#include <cstddef>

// The ЭД part of the cache schema, added as one migration (see migrations.cpp): the final grades of the
// summary sheet with their publication and deferral, and how each parent's consent or refusal was given.
namespace DiarySchema {
const char *const *statements();
std::size_t statementCount();
} // namespace DiarySchema
