#include "journals/journalextensions.h"

#include "diary/diaryjournalextension.h"
#include "journals/journalwindow.h"

void JournalExtensions::install(JournalWindow &window)
{
    // Part B appends its pages and actions here (one line each); see journalextensions.h.
    DiaryJournalExtension::install(window); // «Сводная ведомость», statistics, consents, «Выписки…»
}
