// A referral directory an organisation loads (its own services, or an updated national
// file): parsed, and when it parses, planned from for an acute and a concern assessment in
// every region, the path a worker's crisis pane takes. Nothing may crash; an error names
// the file.

#include "core/referral/ReferralDirectory.h"
#include "core/referral/ReferralPlanner.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace kotva;
using namespace kotva::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    const auto directory = ReferralDirectory::parse(bytes(data, size), QStringLiteral("fuzz.json"));
    if (!directory) {
        require(directory.error().message.contains(QStringLiteral("fuzz.json")),
                "a directory error names the file");
        return 0;
    }
    static const FixedClock evening(QDateTime(QDate(2026, 12, 24), QTime(21, 30), Qt::UTC));
    const ReferralPlanner planner(*directory, evening);
    for (const RiskLevel level : {RiskLevel::Acute, RiskLevel::Concern}) {
        for (const QString& region : ReferralDirectory::czechRegionCodes()) {
            PlanRequest request;
            request.crisis.level = level;
            request.region = region;
            const ReferralPlan plan = planner.plan(request);
            (void)plan;
        }
    }
    return 0;
}
