#include "footprint/extensionschange.h"

bool extensionsChangeNeedsWarning(bool extensionsChanged, int filledReports)
{
    return extensionsChanged && filledReports > 0;
}
