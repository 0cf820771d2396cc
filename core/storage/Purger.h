#pragma once

// Runs Vault::purge() on start and then every hour.

#include "core/common/Error.h"
#include "core/storage/Vault.h"

#include <QObject>
#include <QTimer>

namespace kotva {

class Purger final : public QObject
{
    Q_OBJECT
public:
    explicit Purger(Vault& vault, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(Purger)

    static constexpr int DefaultIntervalMs = 60 * 60 * 1000;
    /// Purges now, then every intervalMs.
    void start(int intervalMs = DefaultIntervalMs);
    void stop();

Q_SIGNALS:
    void purged(const kotva::PurgeReport& report);
    void failed(const kotva::Error& error);

private:
    void runOnce();

    Vault& m_vault;
    QTimer m_timer;
};

} // namespace kotva
