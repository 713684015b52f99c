#include "journals/journalextensions.h"

#include "diary/diaryjournalextension.h"
#include "journals/journalwindow.h"

void JournalExtensions::install(JournalWindow &window)
{
    DiaryJournalExtension::install(window); // «Сводная ведомость», statistics, consents, «Выписки…»
}
