#include "footprint/practicereport.h"

bool diaryDropAccepted(int held, int dropped)
{
    return dropped > 0 && held + dropped <= 1;
}

bool practicalBlockReportReady(bool blockAttestationPassed, int diaryFiles)
{
    return blockAttestationPassed && diaryFiles == 1;
}

bool finalAttestationReady(bool attestationPassed, bool requiresDocuments, int documentsUploaded)
{
    return attestationPassed && (!requiresDocuments || documentsUploaded > 0);
}
