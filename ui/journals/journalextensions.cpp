#include "journals/journalextensions.h"

#include "diary/edjournalextension.h"
#include "journals/journalwindow.h"

void JournalExtensions::install(JournalWindow &window)
{
    // Part B appends its pages and actions here (one line each); see journalextensions.h.
    EdJournalExtension::install(window); // «Сводная ведомость», statistics, consents, «Выписки…»
}
