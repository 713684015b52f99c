#pragma once

#include <QtGlobal>

#include <memory>

class Cache;
class CollegeRepository;
class JournalReader;
class JournalSqlSource;
class JournalStore;
struct JournalSubject;

// What the journal screens read and write through, built once by the engine: the reads of the GUI thread
// (JournalReader on the college's read-only connection) and, for each journal opened, its store (edits
// through the cache) and the paged source of its grid.
class JournalBackend
{
public:
    JournalBackend(Cache &cache, const CollegeRepository &college);
    ~JournalBackend();

    Cache &cache() const { return m_cache; }
    const CollegeRepository &college() const { return m_college; }
    JournalReader &reader() const { return *m_reader; }
    // The edits of one journal by this user (its thematic plan captured).
    std::unique_ptr<JournalStore> store(const JournalSubject &journal, qint64 userId) const;
    std::unique_ptr<JournalSqlSource> source(const JournalSubject &journal) const;

private:
    Cache &m_cache;
    const CollegeRepository &m_college;
    std::unique_ptr<JournalReader> m_reader;
};
