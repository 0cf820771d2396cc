#include "core/storage/Purger.h"

namespace kotva {

Purger::Purger(Vault& vault, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
{
    connect(&m_timer, &QTimer::timeout, this, &Purger::runOnce);
}

void Purger::start(int intervalMs)
{
    // Expiry must not wait for the first interval: a laptop may sleep through it.
    runOnce();
    m_timer.start(intervalMs);
}

void Purger::stop()
{
    m_timer.stop();
}

void Purger::runOnce()
{
    const Result<PurgeReport> report = m_vault.purge();
    if (report)
        Q_EMIT purged(*report);
    else
        Q_EMIT failed(report.error());
}

} // namespace kotva
