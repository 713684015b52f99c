#pragma once

#include "../app/samplecollege.h"
#include "journals/journalcontext.h"
#include "store/cache.h"
#include "store/diarystore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

// A cache holding the store tests' sample college, for the ЭД screens: group 11 «ДО-19-3» with Алексеева
// (marks 5 and 4 in English) and Борисов, English taught by Иванов (id 3), Maths by the curator Каган (id 2);
// Алексеева's mother gave her consent electronically, Борисов's father refused it in writing. "Now" is 20
// December 2024, 10:00.
class DiaryTestCollege
{
public:
    static constexpr qint64 groupId = 11;
    static constexpr qint64 english = 1;
    static constexpr qint64 maths = 2;

    DiaryTestCollege()
    {
        if (!m_dir.isValid())
            return;
        m_cache = std::make_unique<Cache>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QSignalSpy opened(m_cache.get(), &Cache::opened);
        m_cache->open();
        if (!opened.wait(10000))
            return;
        CollegeData college = sampleCollege();
        Parent father;
        father.id = 201;
        father.name = {QStringLiteral("Борисов"), QStringLiteral("Олег"), QStringLiteral("Иванович")};
        father.consent = Parent::Consent::Refused;
        father.consentDate = QDate(2024, 9, 5);
        college.parents.append(father);
        college.parentLinks.append({201, 101, QStringLiteral("отец")});
        QSignalSpy written(m_cache.get(), &Cache::collegeWritten);
        m_cache->writeCollege(college);
        m_ok = written.wait(20000) && written.first().first().toBool();
        m_college = college;
        // How the answers were given: the mother's electronically, the father's refusal in writing.
        QSignalSpy formsWritten(m_cache.get(), &Cache::writeFinished);
        m_cache->write([](QSqlDatabase &db, QString *) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral(
                "INSERT INTO parent_consent_forms (parent_id, form) VALUES (200, 2), (201, 1)"));
        });
        m_ok = m_ok && formsWritten.wait(10000) && formsWritten.first().at(1).toBool();
    }

    bool isValid() const { return m_ok; }
    Cache &cache() { return *m_cache; }
    const CollegeData &college() const { return m_college; }
    QDateTime now = QDateTime(QDate(2024, 12, 20), QTime(10, 0));

    JournalContext contextOf(qint64 staffId, Role role)
    {
        JournalContext context;
        for (const StaffMember &s : m_college.staff) {
            if (s.id == staffId)
                context.user = s;
        }
        context.user.roles = role;
        context.semester = {QDate(2024, 9, 1), QDate(2024, 12, 29)};
        context.clock = [this] { return now; };
        return context;
    }

    // A store of group 11, loaded.
    std::unique_ptr<DiaryStore> loadedStore()
    {
        auto store = std::make_unique<DiaryStore>(*m_cache, groupId);
        QSignalSpy loaded(store.get(), &DiaryStore::loaded);
        store->reload();
        loaded.wait(10000);
        return store;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Cache> m_cache;
    CollegeData m_college;
    bool m_ok = false;
};
