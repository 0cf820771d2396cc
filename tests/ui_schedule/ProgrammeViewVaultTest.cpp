#include "core/keys/VaultKey.h"
#include "core/schedule/ProgrammeJson.h"
#include "core/schedule/ProgrammeService.h"
#include "core/storage/Vault.h"
#include "tests/ui_schedule/ScheduleUiTestSupport.h"
#include "ui/schedule/MonthOccurrenceModel.h"
#include "ui/schedule/ProgrammeView.h"

#include <QFile>
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

    /// The example programme as a file to open, without cancellations.
    QString programmeFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("program.json"));
        if (!QFile::exists(path)) {
            EXPECT_TRUE(ProgrammeJson::saveFile(test::exampleProgramme(), path).has_value());
        }
        return path;
    }

    FixedClock m_clock{QDateTime(QDate(2026, 12, 10), QTime(11, 0), QTimeZone::utc())};
    QTemporaryDir m_dir;
    VaultKey m_key = VaultKey::generateRaw();
    std::unique_ptr<Vault> m_vault;
};

TEST_F(ProgrammeViewVaultTest, AnEmptyVaultSaysHowToStart)
{
    ProgrammeService service{ProgrammeRepository(*m_vault)};
    ProgrammeView view(service, nullptr, m_clock);
    EXPECT_FALSE(view.hasProgramme());
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("Create one with New programme")));
}

TEST_F(ProgrammeViewVaultTest, EditsAreInTheVaultWithoutSavingAndComeBackAfterARestart)
{
    {
        ProgrammeService service{ProgrammeRepository(*m_vault)};
        ProgrammeView view(service, nullptr, m_clock);
        ASSERT_TRUE(view.loadFile(programmeFile()).has_value());
        ASSERT_TRUE(view.cancelOccurrence(QStringLiteral("support-group"), QDate(2026, 12, 14),
                                          QStringLiteral("obě vedoucí nemocné"))
                        .has_value());
    }
    ProgrammeService restarted{ProgrammeRepository(*m_vault)};
    ProgrammeView reopened(restarted, nullptr, m_clock);
    ASSERT_TRUE(reopened.hasProgramme());
    ASSERT_EQ(reopened.programme().cancellations.size(), 1);
    EXPECT_EQ(reopened.programme().cancellations.first().reason,
              QStringLiteral("obě vedoucí nemocné"));
    EXPECT_EQ(reopened.model()->rowCount(), 10);
}

TEST_F(ProgrammeViewVaultTest, OpeningAFileOverEditsAsksAndNoKeepsEverything)
{
    ProgrammeService service{ProgrammeRepository(*m_vault)};
    ProgrammeView view(service, nullptr, m_clock);
    ASSERT_TRUE(view.loadFile(programmeFile()).has_value());
    ASSERT_TRUE(view.cancelOccurrence(QStringLiteral("support-group"), QDate(2026, 12, 14),
                                      QStringLiteral("nemoc"))
                    .has_value());

    ProgrammeService::Replacement asked;
    int questions = 0;
    view.setReplaceQuestion([&](const ProgrammeService::Replacement& replacement) {
        asked = replacement;
        ++questions;
        return false;
    });
    ASSERT_TRUE(view.loadFile(programmeFile()).has_value());
    EXPECT_EQ(questions, 1);
    EXPECT_EQ(asked.cancellationsLost, 1);
    EXPECT_TRUE(asked.losses().join(u' ').contains(QStringLiteral("1 cancellation")))
        << asked.losses().join(u' ').toStdString();
    EXPECT_EQ(view.programme().cancellations.size(), 1);
    EXPECT_TRUE(view.messageText().contains(QStringLiteral("nothing has changed")));
    EXPECT_EQ(ProgrammeRepository(*m_vault).load()->cancellations.size(), 1);

    // Yes replaces it, in the vault too; Undo brings the cancellation back.
    view.setReplaceQuestion([](const ProgrammeService::Replacement&) { return true; });
    ASSERT_TRUE(view.loadFile(programmeFile()).has_value());
    EXPECT_TRUE(view.programme().cancellations.isEmpty());
    EXPECT_TRUE(ProgrammeRepository(*m_vault).load()->cancellations.isEmpty());
    ASSERT_TRUE(view.undo().has_value());
    EXPECT_EQ(view.programme().cancellations.size(), 1);
    EXPECT_EQ(ProgrammeRepository(*m_vault).load()->cancellations.size(), 1);
}

} // namespace
} // namespace kotva
