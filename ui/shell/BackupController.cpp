#include "ui/shell/BackupController.h"

#include "core/common/Logging.h"
#include "core/storage/VaultBackup.h"
#include "ui/shell/BackupDialog.h"
#include "ui/shell/DateText.h"
#include "ui/shell/Prompter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>

namespace kotva {

BackupController::BackupController(Vault& vault, Prompter& prompter, QWidget& window)
    : m_service(vault)
    , m_prompter(prompter)
    , m_window(window)
{
    m_timer.setInterval(CheckInterval);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (const std::optional<Error> failed = backUpIfDue())
            Q_EMIT scheduledBackupFailed(failed->message);
    });
}

BackupController::~BackupController()
{
    delete m_dialog.data();
}

void BackupController::open()
{
    if (!m_dialog) {
        m_dialog = new BackupDialog(&m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &BackupDialog::saveRequested, this, &BackupController::save);
        connect(m_dialog, &BackupDialog::backUpNowRequested, this, &BackupController::backUpNow);
        connect(m_dialog, &BackupDialog::restoreRequested, this, &BackupController::restore);
        connect(m_dialog, &BackupDialog::chooseFolderRequested, this,
                &BackupController::chooseFolder);
        refresh();
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void BackupController::refresh()
{
    const BackupSettings settings = m_service.settings();
    m_dialog->setSettings(settings);
    m_dialog->setBackups(settings.folder.isEmpty() ? QList<BackupFile>{}
                                                   : VaultBackup::list(settings.folder));
}

void BackupController::startSchedule()
{
    if (const std::optional<Error> failed = backUpIfDue())
        Q_EMIT scheduledBackupFailed(failed->message);
    m_timer.start();
}

std::optional<Error> BackupController::backUpIfDue()
{
    if (!m_service.isDue())
        return std::nullopt;
    const Result<QString> written = m_service.backUpNow();
    if (!written) {
        qCWarning(lcUi) << "scheduled backup failed:" << written.error().detail;
        return written.error();
    }
    return std::nullopt;
}

void BackupController::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(
        m_dialog, tr("Folder for the backups"),
        m_dialog->folder().isEmpty() ? QDir::homePath() : m_dialog->folder());
    if (!chosen.isEmpty())
        m_dialog->setFolder(chosen);
}

void BackupController::save()
{
    const QString folder = m_dialog->folder();
    if (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        m_dialog->showMessage(false, tr("The folder %1 is not there. Is the disk connected?")
                                         .arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (const Status saved = m_service.save(folder, m_dialog->everyDays(), m_dialog->keep());
        !saved) {
        m_dialog->showMessage(false, saved.error().message);
        return;
    }
    if (m_dialog->hasNewPassphrase()) {
        if (const Status set = m_service.setPassphrase(m_dialog->takeNewPassphrase()); !set) {
            m_dialog->showMessage(false, set.error().message);
            return;
        }
    }
    refresh();
    m_dialog->showMessage(true, tr("Saved."));
}

void BackupController::backUpNow()
{
    // What is in the dialog counts, saved or not: save it first.
    save();
    const Result<QString> written = m_service.backUpNow();
    if (!written) {
        m_dialog->showMessage(false, written.error().message);
        return;
    }
    refresh();
    m_dialog->showMessage(true, tr("Backed up to %1.").arg(QDir::toNativeSeparators(*written)));
}

void BackupController::restore()
{
    const QString backup = m_dialog->selectedBackup();
    if (backup.isEmpty())
        return;
    Decision decision;
    decision.title = tr("Restore the backup?");
    decision.text = tr("Everything in this vault is replaced with the backup of %1. What was "
                       "written since then is lost.")
                        .arg(m_dialog->backupList()->currentItem()->text());
    decision.detail = tr("What has expired since the backup was made is deleted too. Kotva "
                         "locks afterwards; unlock it to see the restored vault.");
    decision.confirmLabel = tr("Restore");
    decision.destructive = true;
    const QString passphrase = m_dialog->takeRestorePassphrase();
    if (!m_prompter.confirm(m_dialog, decision))
        return;
    if (const Status restored = m_service.restore(backup, passphrase); !restored) {
        m_dialog->showMessage(false, restored.error().message);
        return;
    }
    Q_EMIT restored();
}

} // namespace kotva
