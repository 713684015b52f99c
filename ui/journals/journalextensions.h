#pragma once

class JournalWindow;

// Where the features that live beside a group journal plug into it: JournalsPage calls install() once for
// every journal window it opens, after the grid is in place. A feature adds its pages and header actions with
// one line here (JournalWindow::addPage, addHeaderAction) and reads what it needs through the window's
// accessors (journals/journalwindow.h). Today: the ЭД features of ui/diary.
namespace JournalExtensions {
void install(JournalWindow &window);
} // namespace JournalExtensions
