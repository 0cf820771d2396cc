#include "core/mail/intake/InboxEntry.h"

#include <algorithm>

namespace kotva {

void sortByUrgency(QList<InboxEntry>& entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const InboxEntry& a, const InboxEntry& b) {
        if (a.waiting() != b.waiting())
            return a.waiting();
        if (!a.waiting())
            return a.receivedAtUtc > b.receivedAtUtc;
        const bool aAcute = a.risk == RiskLevel::Acute;
        const bool bAcute = b.risk == RiskLevel::Acute;
        if (aAcute != bAcute)
            return aAcute;
        if (a.dueAtUtc != b.dueAtUtc)
            return a.dueAtUtc < b.dueAtUtc;
        return a.receivedAtUtc < b.receivedAtUtc;
    });
}

} // namespace kotva
