#pragma once

#include <QtGlobal>

namespace Footprint {

// Seed 000: «В дропзону для дневника можно подгрузить только один файл. В дропзону для других документов -
// несколько.» Whether a drop of `dropped` files onto the diary zone that already holds `held` is accepted.
bool diaryDropAccepted(int held, int dropped);

// Seed 000: «После загрузки необходимых файлов отчет будет отправлен» — the practical block report is due
// once the block attestation has its result and the diary is uploaded; other documents are optional.
bool practicalBlockReportReady(bool blockAttestationPassed, int diaryFiles);

// Seed 000: with «Требуются подтверждающие документы по итоговой аттестации» the final attestation ЦС goes
// «вместе с ними» — only after the documents are uploaded.
bool finalAttestationReady(bool attestationPassed, bool requiresDocuments, int documentsUploaded);

} // namespace Footprint
