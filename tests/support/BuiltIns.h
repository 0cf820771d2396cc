#pragma once

// The analyzer and the referral directory Kotva ships, loaded once per test program
// (loading compiles every lexicon). A test that includes this links kotva_analysis and
// kotva_referral.

#include "core/analysis/Analyzer.h"
#include "core/referral/ReferralDirectory.h"

#include <QtGlobal>

namespace kotva::test {

inline const Analyzer& builtInAnalyzer()
{
    static const Analyzer instance = [] {
        Result<Analyzer> created = Analyzer::create();
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return *created;
    }();
    return instance;
}

inline const ReferralDirectory& builtInReferralDirectory()
{
    static const ReferralDirectory instance = [] {
        Result<ReferralDirectory> loaded = ReferralDirectory::loadBuiltIn();
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return *loaded;
    }();
    return instance;
}

} // namespace kotva::test
