#pragma once

class JournalWindow;

// THE PLACE WHERE OTHER JOURNAL FEATURES PLUG INTO A GROUP JOURNAL (issue 5, part B: final grades and the
// «сводная ведомость», statistics, paper extracts, ЭД consent). JournalsPage calls install() once for every
// journal window it opens, after the grid is in place. Add one line per feature to install()'s body in
// journalextensions.cpp, e.g.
//     window.addPage(new FinalGradesPage(window), FinalGradesPage::tr("Final grades"));
//     window.addHeaderAction(extractAction(window));
// and read what the feature needs through JournalWindow's accessors (see journalwindow.h).
namespace JournalExtensions {
void install(JournalWindow &window);
} // namespace JournalExtensions
