#include "core/keys/VaultKey.h"
#include "core/storage/Vault.h"
#include "tests/ui_schedule/ScheduleUiTestSupport.h"
#include "ui/schedule/MonthOccurrenceModel.h"
#include "ui/schedule/ProgrammeView.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

/// A real SQLCipher vault in a temporary folder.
class ProgrammeViewVaultTest : public test::CzechLocaleTest
{
protected:
    void SetUp() override
    {
        CzechLocaleTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        auto vault =
            Vault::create(m_dir.filePath(QStringLiteral("test.vault")), m_key.clone(), m_clock);
        ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
        m_vault = std::move(*vault);
    }

    FixedClock m_clock{QDateTime(QDate(2026, 12, 10), QTime(11, 0), QTimeZone::utc())};
    QTemporaryDir m_dir;
    VaultKey m_key = VaultKey::generateRaw();
    std::unique_ptr<Vault> m_vault;
};

TEST_F(ProgrammeViewVaultTest, AnEmptyVaultSaysHowToStart)
{
    ProgrammeView view(nullptr, m_clock);
    view.setVault(m_vault.get());
    EXPECT_FALSE(view.hasProgramme());
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("Open a programme file")));
    const Status loaded = view.loadFromVault();
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
}

TEST_F(ProgrammeViewVaultTest, EditsSavedInTheVaultComeBackInANewView)
{
    {
        ProgrammeView view(nullptr, m_clock);
        view.setVault(m_vault.get());
        view.setProgramme(test::exampleProgramme());
        ASSERT_TRUE(view.cancelOccurrence(QStringLiteral("support-group"), QDate(2026, 12, 14),
                                          QStringLiteral("obě vedoucí nemocné"))
                        .has_value());
        ASSERT_TRUE(view.saveToVault().has_value());
    }
    ProgrammeView reopened(nullptr, m_clock);
    reopened.setVault(m_vault.get());
    ASSERT_TRUE(reopened.hasProgramme());
    ASSERT_EQ(reopened.programme().cancellations.size(), 1);
    EXPECT_EQ(reopened.programme().cancellations.first().reason,
              QStringLiteral("obě vedoucí nemocné"));
    EXPECT_EQ(reopened.model()->rowCount(), 10);
}

TEST_F(ProgrammeViewVaultTest, WithoutAVaultSavingIsRefused)
{
    ProgrammeView view(nullptr, m_clock);
    view.setProgramme(test::exampleProgramme());
    view.setVault(nullptr);
    EXPECT_FALSE(view.saveToVault().has_value());
}

} // namespace
} // namespace kotva
