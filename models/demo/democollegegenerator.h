#pragma once

#include "college/collegedata.h"

#include <QtGlobal>

enum class DemoCollegeSize {
    Default, // ≈ 8 groups, 200 students
    Large,   // 3,000 students, 150 groups, 6,000 parents, 250 staff, ≈ 2,000 teaching assignments
};

namespace Demo {

// The built-in demo college: the same seed always gives the same college, byte for byte, on every platform
// (own PRNG, no std:: distributions), with realistic Russian names and groups like ДО-19-3, ЭБ-23-1, and one
// semester of lessons with marks and absences. Ids start at 1 per kind and are dense.
CollegeData generateDemoCollege(DemoCollegeSize size, quint64 seed = 20250901);

} // namespace Demo
