#include "ui/shell/BackupDialog.h"

#include "ui/shell/DateText.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/PassphraseFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kotva {

BackupDialog::BackupDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Backups"));
    auto* intro = new QLabel(
        tr("A backup is an encrypted copy of this vault in a folder you choose, such as a USB "
           "disk or a network folder. It has a passphrase of its own, so it can be restored "
           "even on another computer. Keep that passphrase apart from the disk."),
        this);
    intro->setWordWrap(true);
    m_message = new InlineMessage(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(buildSettings());
    layout->addWidget(buildRestore());
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Wide enough that the wrapped explanations stay short and the dialog fits a low screen;
    // as high as the explanations need at that width.
    setMinimumWidth(620);
    resize(620, layout->totalHeightForWidth(620));
    updateButtons();
}

QWidget* BackupDialog::buildSettings()
{
    auto* box = new QGroupBox(tr("Backing up"), this);
    m_folder = new QLineEdit(box);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setPlaceholderText(tr("No folder chosen"));
    auto* choose = new QPushButton(tr("&Choose…"), box);
    connect(choose, &QPushButton::clicked, this, &BackupDialog::chooseFolderRequested);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    m_schedule = new QComboBox(box);
    m_schedule->addItem(tr("Only when I click \"Back up now\""), 0);
    m_schedule->addItem(tr("Every day"), 1);
    m_schedule->addItem(tr("Every week"), 7);
    m_keep = new QSpinBox(box);
    m_keep->setRange(VaultBackup::MinKeep, VaultBackup::MaxKeep);
    m_keep->setValue(VaultBackup::DefaultKeep);
    m_keep->setSuffix(tr(" newest backups"));

    m_passphraseState = new QLabel(box);
    m_passphraseState->setWordWrap(true);
    m_passphrase = new PassphraseFields(box);
    m_last = new QLabel(box);

    m_save = new QPushButton(tr("&Save"), box);
    m_backUpNow = new QPushButton(tr("&Back up now"), box);
    connect(m_save, &QPushButton::clicked, this, &BackupDialog::saveRequested);
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupDialog::backUpNowRequested);
    connect(m_folder, &QLineEdit::textChanged, this, &BackupDialog::updateButtons);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_last, 1);
    actions->addWidget(m_save);
    actions->addWidget(m_backUpNow);

    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), box);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Automatically:"), m_schedule);
    form->addRow(tr("&Keep:"), m_keep);
    form->addRow(tr("Backup passphrase:"), m_passphraseState);
    auto* settingsLayout = new QVBoxLayout;
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(m_passphrase);
    settingsLayout->addLayout(actions);
    box->setLayout(settingsLayout);
    return box;
}

QWidget* BackupDialog::buildRestore()
{
    auto* box = new QGroupBox(tr("Restoring"), this);
    auto* explanation = new QLabel(
        tr("Restoring replaces everything in this vault with the backup. What has expired "
           "since the backup was made is deleted before you see it. Kotva locks afterwards."),
        box);
    explanation->setWordWrap(true);
    m_backups = new QListWidget(box);
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setMinimumHeight(90);
    m_restorePassphrase = new QLineEdit(box);
    m_restorePassphrase->setEchoMode(QLineEdit::Password);
    m_restorePassphrase->setObjectName(QStringLiteral("restorePassphrase"));
    m_restore = new QPushButton(tr("&Restore the chosen backup…"), box);
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::restoreRequested);
    connect(m_backups, &QListWidget::currentRowChanged, this, &BackupDialog::updateButtons);
    connect(m_restorePassphrase, &QLineEdit::textChanged, this, &BackupDialog::updateButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("Its &passphrase:"), m_restorePassphrase);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(explanation);
    layout->addWidget(m_backups);
    layout->addLayout(form);
    layout->addWidget(m_restore, 0, Qt::AlignRight);
    return box;
}

void BackupDialog::setSettings(const BackupSettings& settings)
{
    m_folder->setText(QDir::toNativeSeparators(settings.folder));
    m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(settings.everyDays)));
    m_keep->setValue(settings.keep);
    m_passphraseState->setText(
        settings.hasPassphrase
            ? tr("Set. Type a new one below only to change it; older backups keep theirs.")
            : tr("Not set yet: type one below. Backups cannot be made without it."));
    m_last->setText(settings.lastUtc
                        ? tr("Last backup: %1").arg(shell::dateTimeText(*settings.lastUtc))
                        : tr("No backup made yet."));
    updateButtons();
}

void BackupDialog::setBackups(const QList<BackupFile>& backups)
{
    m_backups->clear();
    for (const BackupFile& backup : backups) {
        auto* item =
            new QListWidgetItem(tr("%1 (%2)").arg(shell::dateTimeText(backup.madeUtc),
                                                  QLocale().formattedDataSize(backup.bytes)),
                                m_backups);
        item->setData(Qt::UserRole, backup.path);
    }
    if (backups.isEmpty())
        m_backups->addItem(tr("No backups in the folder."));
    updateButtons();
}

QString BackupDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void BackupDialog::setFolder(const QString& folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

int BackupDialog::everyDays() const
{
    return m_schedule->currentData().toInt();
}

int BackupDialog::keep() const
{
    return m_keep->value();
}

bool BackupDialog::hasNewPassphrase() const
{
    return m_passphrase->isAcceptable();
}

QString BackupDialog::takeNewPassphrase()
{
    SecureBuffer bytes = m_passphrase->takePassphrase();
    return QString::fromUtf8(bytes.constData(), bytes.size());
}

QString BackupDialog::selectedBackup() const
{
    const QListWidgetItem* item = m_backups->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString BackupDialog::takeRestorePassphrase()
{
    const QString passphrase = m_restorePassphrase->text();
    m_restorePassphrase->clear();
    return passphrase;
}

void BackupDialog::showMessage(bool success, const QString& text)
{
    m_message->setMessage(success ? InlineMessage::Kind::Success : InlineMessage::Kind::Error,
                          text);
}

void BackupDialog::updateButtons()
{
    m_backUpNow->setEnabled(!m_folder->text().trimmed().isEmpty());
    m_restore->setEnabled(!selectedBackup().isEmpty() && !m_restorePassphrase->text().isEmpty());
}

} // namespace kotva
