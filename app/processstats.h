#pragma once

#include <QtGlobal>

// Figures for --quit-after-first-paint and the benchmarks, measured the same way for the app and the
// baseline.

// Milliseconds since the OS started this process (Linux, Windows); elsewhere since this library was loaded.
qint64 msSinceProcessStart();
// Resident set size in KiB, or -1 where the OS doesn't say.
qint64 residentSetKiB();
