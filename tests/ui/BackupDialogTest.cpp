// The backup dialog as a person sees it: in Czech and English on a 1024×768 screen, every
// label and button whole, with a list of backups and the state of the passphrase.

#include "ui/shell/BackupDialog.h"

#include "tests/support/CzechUi.h"
#include "tests/support/LayoutCheck.h"
#include "tests/ui/Typing.h"
#include "ui/shell/PassphraseFields.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>
#include <optional>

namespace kotva {
namespace {

BackupSettings someSettings()
{
    BackupSettings settings;
    settings.folder = QStringLiteral("/media/usb/zalohy-kotvy");
    settings.everyDays = 7;
    settings.keep = 10;
    settings.hasPassphrase = true;
    settings.lastUtc = QDateTime(QDate(2026, 12, 4), QTime(16, 30), Qt::UTC);
    return settings;
}

QList<BackupFile> someBackups()
{
    return {BackupFile{QStringLiteral("/media/usb/zalohy-kotvy/kotva-backup-20261204-163000.vault"),
                       QDateTime(QDate(2026, 12, 4), QTime(16, 30), Qt::UTC), 2'400'000},
            BackupFile{QStringLiteral("/media/usb/zalohy-kotvy/kotva-backup-20261127-163000.vault"),
                       QDateTime(QDate(2026, 11, 27), QTime(16, 30), Qt::UTC), 2'200'000}};
}

TEST(BackupDialogLayout, FitsASmallScreenInBothLanguages)
{
    for (const bool czech : {false, true}) {
        std::optional<test::CzechUi> ui;
        if (czech) {
            ui.emplace();
            ASSERT_TRUE(ui->loaded());
        }
        BackupDialog dialog;
        dialog.setSettings(someSettings());
        dialog.setBackups(someBackups());
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = test::layoutProblems(&dialog, QSize(1024, 768));
        EXPECT_TRUE(problems.isEmpty()) << (czech ? "cs" : "en") << ":\n"
                                        << problems.join(u'\n').toStdString();
        if (qEnvironmentVariableIsSet("KOTVA_SCREENSHOT_DIR"))
            dialog.grab().save(
                qEnvironmentVariable("KOTVA_SCREENSHOT_DIR") +
                (czech ? QStringLiteral("/backups-cs.png") : QStringLiteral("/backups-en.png")));
    }
}

TEST(BackupDialog, RestoreWaitsForABackupAndItsPassphrase)
{
    BackupDialog dialog;
    dialog.setSettings(someSettings());
    dialog.setBackups(someBackups());
    EXPECT_FALSE(dialog.restoreButton()->isEnabled());
    dialog.backupList()->setCurrentRow(1);
    EXPECT_FALSE(dialog.restoreButton()->isEnabled()) << "no passphrase typed";
    test::typeText(dialog.restorePassphraseEdit(), QStringLiteral("heslo zálohy"));
    EXPECT_TRUE(dialog.restoreButton()->isEnabled());
    EXPECT_EQ(dialog.selectedBackup(), someBackups().at(1).path);
    EXPECT_EQ(dialog.takeRestorePassphrase(), QStringLiteral("heslo zálohy"));
    EXPECT_TRUE(dialog.restorePassphraseEdit()->text().isEmpty()) << "not left in the field";
}

TEST(BackupDialog, AnEmptyFolderSaysSo)
{
    BackupDialog dialog;
    BackupSettings settings = someSettings();
    settings.hasPassphrase = false;
    settings.lastUtc.reset();
    dialog.setSettings(settings);
    dialog.setBackups({});
    EXPECT_EQ(dialog.backupList()->count(), 1);
    EXPECT_TRUE(dialog.selectedBackup().isEmpty());
    dialog.backupList()->setCurrentRow(0);
    EXPECT_TRUE(dialog.selectedBackup().isEmpty()) << "the note is no backup";
    EXPECT_EQ(dialog.everyDays(), 7);
    EXPECT_EQ(dialog.keep(), 10);
}

} // namespace
} // namespace kotva
