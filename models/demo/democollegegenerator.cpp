#include "demo/democollegegenerator.h"

#include "demo/democollegebuilder.h"

CollegeData Demo::generateDemoCollege(DemoCollegeSize size, quint64 seed)
{
    return DemoCollegeBuilder(size, seed).build();
}
