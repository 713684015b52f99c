#include "democollegegenerator.h"

#include "democollegebuilder.h"

CollegeData generateDemoCollege(DemoCollegeSize size, quint64 seed)
{
    return DemoCollegeBuilder(size, seed).build();
}
