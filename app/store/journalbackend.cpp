#include "store/journalbackend.h"

#include "store/collegerepository.h"
#include "store/journalreader.h"
#include "store/journalsqlsource.h"
#include "store/journalstore.h"

JournalBackend::JournalBackend(Cache &cache, const CollegeRepository &college)
    : m_cache(cache), m_college(college), m_reader(std::make_unique<JournalReader>(college.database()))
{}

JournalBackend::~JournalBackend() = default;

std::unique_ptr<JournalStore> JournalBackend::store(const JournalSubject &journal, qint64 userId) const
{
    auto store = std::make_unique<JournalStore>(m_cache, journal.assignment.id, userId);
    store->capturePlan();
    return store;
}

std::unique_ptr<JournalSqlSource> JournalBackend::source(const JournalSubject &journal) const
{
    return std::make_unique<JournalSqlSource>(m_college.database(), journal.assignment.id, journal.group.id);
}
