#pragma once

#include <QString>
#include <QUuid>

namespace Footprint {

// Issue 4: «Statement ids are deterministic (a name-based UUID over the organisation, the fact and its
// revision), so a retry, a second desktop of the same college, or a re-run after a crash can never create a
// second copy.» The namespace is fixed for ever: changing it would send every college's footprint a second
// time.
QUuid footprintNamespace();

QUuid footprintStatementId(const QString &organisation, const QString &factKey, int revision);

} // namespace Footprint
