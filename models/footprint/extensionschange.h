#pragma once

namespace Footprint {

// Seed 000: saving changed «Расширения БАС» of an activity whose ЦС was sent warns first; «Если в активности
// отсутствуют отчеты по ФД, которые находятся во вкладке "Заполнены", то изменения просто будут сохранены».
bool extensionsChangeNeedsWarning(bool extensionsChanged, int filledReports);

} // namespace Footprint
