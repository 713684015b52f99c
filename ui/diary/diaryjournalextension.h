#pragma once

class JournalWindow;

// Puts the ЭД features into a group journal (issue 5, part B): the «Сводная ведомость» with the final grades,
// the statistics of the journal, the parents' consents and contacts (for the group's curator and the admin),
// and «Выписки…» in the header. They share one DiaryStore per window, read when first shown.
namespace DiaryJournalExtension {
void install(JournalWindow &window);
} // namespace DiaryJournalExtension
