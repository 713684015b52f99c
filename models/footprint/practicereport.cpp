#include "footprint/practicereport.h"

bool Footprint::diaryDropAccepted(int held, int dropped)
{
    return dropped > 0 && held + dropped <= 1;
}

bool Footprint::practicalBlockReportReady(bool blockAttestationPassed, int diaryFiles)
{
    return blockAttestationPassed && diaryFiles == 1;
}

bool Footprint::finalAttestationReady(bool attestationPassed, bool requiresDocuments, int documentsUploaded)
{
    return attestationPassed && (!requiresDocuments || documentsUploaded > 0);
}
