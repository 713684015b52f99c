#include "footprint/extensionschange.h"

bool Footprint::extensionsChangeNeedsWarning(bool extensionsChanged, int filledReports)
{
    return extensionsChanged && filledReports > 0;
}
