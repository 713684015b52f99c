#include "journalextensions.h"

#include "edjournalextension.h"
#include "journalwindow.h"

void JournalExtensions::install(JournalWindow &window)
{
    // Part B appends its pages and actions here (one line each); see journalextensions.h.
    EdJournalExtension::install(window); // «Сводная ведомость», statistics, consents, «Выписки…»
}
