#pragma once

#include "diary/parentconsent.h"

#include <QString>

#include <functional>

// Where the parents' consents and contacts are kept (the cache, in app/store). Saving never blocks the
// caller: done comes back later on the caller's thread.
class ParentConsentStore
{
public:
    using Done = std::function<void(bool ok, const QString &error)>;
    virtual ~ParentConsentStore() = default;
    virtual void saveParentConsent(const ParentConsent &consent, Done done) = 0;
};
