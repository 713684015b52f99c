#pragma once

#include "diary/parentconsentstore.h"
#include "diary/summarysheetstore.h"

#include <QList>

#include <functional>

// Stands in for the cache behind the ЭД models: records what was saved and answers at once, or later when
// answerLater is set (then finish() answers), with failure when failNext is set.
class FakeDiaryStore : public SummarySheetStore, public ParentConsentStore
{
public:
    QList<QList<FinalGrade>> gradeSaves;
    QList<ParentConsent> consentSaves;
    bool failNext = false;
    bool answerLater = false;
    QList<std::function<void()>> pending;

    void saveFinalGrades(const QList<FinalGrade> &grades, SummarySheetStore::Done done) override
    {
        gradeSaves.append(grades);
        answer(std::move(done));
    }
    void saveParentConsent(const ParentConsent &consent, ParentConsentStore::Done done) override
    {
        consentSaves.append(consent);
        answer(std::move(done));
    }
    void finish()
    {
        const auto answers = std::exchange(pending, {});
        for (const auto &a : answers)
            a();
    }

private:
    void answer(std::function<void(bool, const QString &)> done)
    {
        const bool ok = !std::exchange(failNext, false);
        auto call = [done = std::move(done), ok] {
            done(ok, ok ? QString() : QStringLiteral("disk I/O error"));
        };
        if (answerLater)
            pending.append(call);
        else
            call();
    }
};
