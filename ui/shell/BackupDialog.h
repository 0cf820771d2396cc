#pragma once

#include "core/storage/BackupService.h"
#include "core/storage/VaultBackup.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace kotva {

class InlineMessage;
class PassphraseFields;

/// Backups of the vault: where they go, how often, how many stay and their passphrase;
/// backing up now; and restoring one of the backups in the folder. It shows and asks;
/// BackupController carries out what it asks for.
class BackupDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit BackupDialog(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(BackupDialog)

    void setSettings(const BackupSettings& settings);
    /// The backups found in the folder, newest first.
    void setBackups(const QList<BackupFile>& backups);

    [[nodiscard]] QString folder() const;
    void setFolder(const QString& folder);
    /// 0 (on demand), 1 (daily) or 7 (weekly).
    [[nodiscard]] int everyDays() const;
    [[nodiscard]] int keep() const;
    /// True when a new backup passphrase was typed twice and is long enough.
    [[nodiscard]] bool hasNewPassphrase() const;
    /// Moves the new passphrase out and clears its fields.
    [[nodiscard]] QString takeNewPassphrase();
    /// The backup chosen in the list, or empty.
    [[nodiscard]] QString selectedBackup() const;
    /// Moves the typed passphrase of the backup to restore out and clears its field.
    [[nodiscard]] QString takeRestorePassphrase();

    void showMessage(bool success, const QString& text);

    QLineEdit* folderEdit() const { return m_folder; }
    QComboBox* scheduleCombo() const { return m_schedule; }
    QSpinBox* keepSpin() const { return m_keep; }
    PassphraseFields* passphraseFields() const { return m_passphrase; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* backUpNowButton() const { return m_backUpNow; }
    QListWidget* backupList() const { return m_backups; }
    QLineEdit* restorePassphraseEdit() const { return m_restorePassphrase; }
    QPushButton* restoreButton() const { return m_restore; }
    InlineMessage* message() const { return m_message; }

Q_SIGNALS:
    void saveRequested();
    void backUpNowRequested();
    void restoreRequested();
    void chooseFolderRequested();

private:
    QWidget* buildSettings();
    QWidget* buildRestore();
    void updateButtons();

    QLineEdit* m_folder = nullptr;
    QComboBox* m_schedule = nullptr;
    QSpinBox* m_keep = nullptr;
    QLabel* m_passphraseState = nullptr;
    PassphraseFields* m_passphrase = nullptr;
    QLabel* m_last = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_backUpNow = nullptr;
    QListWidget* m_backups = nullptr;
    QLineEdit* m_restorePassphrase = nullptr;
    QPushButton* m_restore = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace kotva
