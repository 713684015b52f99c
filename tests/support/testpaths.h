#pragma once

#include <QString>

// Where the tests find the repository and the wire contracts in ../shared, whichever folder ctest runs in.
namespace TestPaths {
QString sourceDir();
QString sharedDir();
} // namespace TestPaths
