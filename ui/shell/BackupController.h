#pragma once

#include "core/common/Error.h"
#include "core/storage/BackupService.h"
#include "ui/shell/BackupDialog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QWidget;

namespace kotva {

class Prompter;
class Vault;

/// Carries out what the backup dialog asks for through BackupService, and makes the
/// scheduled backups while the vault is open: when it unlocks and then every CheckInterval,
/// whenever one is due. A restore is confirmed first; afterwards the controller says
/// restored(), and the application locks so that every pane reads the restored content.
class BackupController final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes CheckInterval{15};

    BackupController(Vault& vault, Prompter& prompter, QWidget& window);
    ~BackupController() override;
    Q_DISABLE_COPY_MOVE(BackupController)

    /// Opens (or raises) the dialog filled from the vault.
    void open();
    [[nodiscard]] BackupDialog* dialog() const { return m_dialog; }

    /// Starts the schedule: a backup now if one is due, then a check every CheckInterval.
    void startSchedule();
    /// Makes a backup if one is due; an error when it failed (the backup folder's disk is
    /// not connected, say), nothing when none was due or it succeeded.
    std::optional<Error> backUpIfDue();

Q_SIGNALS:
    /// The vault's content was replaced by a backup.
    void restored();
    /// A scheduled backup failed; says why, in the user's language.
    void scheduledBackupFailed(const QString& message);

private:
    void save();
    void backUpNow();
    void restore();
    void chooseFolder();
    void refresh();

    BackupService m_service;
    Prompter& m_prompter;
    QWidget& m_window;
    QPointer<BackupDialog> m_dialog;
    QTimer m_timer;
};

} // namespace kotva
