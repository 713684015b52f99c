#pragma once

// How a pupil or parent came into the organisation's list (seed 002, рис. 1).
enum class EntryMethod {
    OtherOrganisationList, // «Список обучающихся в других ОО»
    QuickEntry,            // «Быстрый ввод учеников»
    Import,                // «Импорт учеников»
};
