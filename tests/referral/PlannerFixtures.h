#pragma once

#include "core/analysis/Findings.h"
#include "core/referral/ReferralDirectory.h"

#include <QTimeZone>

#include <gtest/gtest.h>
#include <vector>

namespace kotva::test {

/// The built-in directory, loaded once for the whole test program.
inline const ReferralDirectory& builtInDirectory()
{
    static const ReferralDirectory directory = [] {
        Result<ReferralDirectory> loaded = ReferralDirectory::loadBuiltIn();
        if (!loaded) {
            ADD_FAILURE() << loaded.error().toString().toStdString();
            return ReferralDirectory();
        }
        return *loaded;
    }();
    return directory;
}

/// A Czech wall-clock time as the UTC instant a FixedClock needs.
inline QDateTime prague(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("Europe/Prague")))
        .toUTC();
}

inline QDateTime wednesdayMorning()
{
    return prague(2026, 11, 25, 10);
}
inline QDateTime saturdayMorning()
{
    return prague(2026, 11, 28, 10);
}

inline CrisisAssessment assessment(RiskLevel level, const std::vector<SignalKind>& kinds)
{
    CrisisAssessment crisis;
    crisis.level = level;
    for (SignalKind kind : kinds)
        crisis.signals.append(CrisisSignal{kind, TextSpan{0, 1}});
    return crisis;
}

} // namespace kotva::test
