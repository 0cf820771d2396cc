// The coordinator's whole way with a new organisation: no file, an empty vault; the
// programme is made in the editor, kept in the vault, and the month is printed.

#include "core/keys/VaultKey.h"
#include "core/schedule/ProgrammeService.h"
#include "core/storage/Vault.h"
#include "tests/ui_schedule/EditorTyping.h"
#include "tests/ui_schedule/ScheduleUiTestSupport.h"
#include "ui/schedule/ActivitiesEditor.h"
#include "ui/schedule/ActivityForm.h"
#include "ui/schedule/MonthOccurrenceModel.h"
#include "ui/schedule/OrganisationForm.h"
#include "ui/schedule/ProgrammeView.h"
#include "ui/schedule/RotaEditor.h"
#include "ui/schedule/RuleListEditor.h"
#include "ui/schedule/ValidationPanel.h"

#include <QAction>
#include <QDir>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

namespace kotva {
namespace {

using namespace test::editor;

class ProgrammeFromNothingTest : public test::CzechLocaleTest
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

    /// Clicks the toolbar button of the pane's action with this object name.
    static void clickAction(ProgrammeView& view, const char* name)
    {
        auto* action = view.findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        for (QToolBar* bar : view.findChildren<QToolBar*>()) {
            if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action))) {
                ASSERT_TRUE(button->isVisible()) << name << " is hidden in the overflow";
                click(button);
                return;
            }
        }
        FAIL() << name << " has no toolbar button";
    }

    /// Wednesday 25. 11. 2026, 10:00 in Prague.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc())};
    QTemporaryDir m_dir;
    VaultKey m_key = VaultKey::generateRaw();
    std::unique_ptr<Vault> m_vault;
};

TEST_F(ProgrammeFromNothingTest, IsMadeInTheEditorKeptInTheVaultAndPrinted)
{
    ProgrammeService service{ProgrammeRepository(*m_vault)};
    ProgrammeView view(service, nullptr, m_clock);
    view.resize(1280, 760);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_FALSE(view.hasProgramme());

    clickAction(view, "newProgrammeAction");
    ProgrammeEditorDialog* editor = view.editor();
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));

    OrganisationForm* organisation = editor->organisationForm();
    typeKeys(organisation->nameEdit(), QStringLiteral("Spolek Most, z. s."));
    typeKeys(organisation->addressEdit(), QStringLiteral("Nádražní 12, 602 00 Brno"));
    typeKeys(organisation->phoneEdit(), QStringLiteral("+420 777 000 111"));

    clickTab(editor->tabs(), ProgrammeEditorDialog::Page::Activities);
    click(editor->activitiesEditor()->addButton());
    ActivityForm* form = editor->activitiesEditor()->form();
    typeKeys(form->titleEdit(), QStringLiteral("Podpůrná skupina"));
    typeValue(form->startEdit(), QStringLiteral("17:00"));
    typeValue(form->endEdit(), QStringLiteral("19:00"));
    addNames(form->leadsEditor(), {QStringLiteral("Jana"), QStringLiteral("Petr")});
    click(form->rulesEditor()->addButton()); // every Monday, the new rule's default

    clickTab(editor->tabs(), ProgrammeEditorDialog::Page::Rota);
    addNames(editor->rotaEditor()->peersEditor(), {QStringLiteral("Jana"), QStringLiteral("Petr")});

    ASSERT_TRUE(editor->okButton()->isEnabled())
        << editor->validationPanel()->errors().join(u'\n').toStdString();
    click(editor->okButton());
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.editor() == nullptr; }));

    // In the pane and in the vault, with nothing saved by hand.
    ASSERT_TRUE(view.hasProgramme());
    ASSERT_EQ(view.programme().activities.size(), 1);
    const Result<Programme> stored = ProgrammeRepository(*m_vault).load();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(*stored, view.programme());
    EXPECT_EQ(stored->activities.first().leads,
              (QStringList{QStringLiteral("Jana"), QStringLiteral("Petr")}));

    // December 2026 has four Mondays (7., 14., 21., 28.); none is a holiday.
    view.showMonth(2026, 12);
    int mondays = 0;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        mondays += view.model()->rowAt(row).occurrence.has_value();
    EXPECT_EQ(mondays, 4);

    // Printed: through the same path as File > Print, to a PDF file read back by pdftotext.
    const QString keep = qEnvironmentVariable("KOTVA_TEST_KEEP_DIR");
    const QString folder = keep.isEmpty() ? m_dir.path() : keep;
    QDir().mkpath(folder);
    const QString printed = QDir(folder).filePath(QStringLiteral("programme-from-nothing.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    ASSERT_TRUE(view.print(printer).has_value()) << view.messageText().toStdString();
    const QString text = test::pdfText(printed);
    EXPECT_TRUE(text.contains(QStringLiteral("Spolek Most, z. s."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Podpůrná skupina")));
    EXPECT_TRUE(text.contains(QStringLiteral("prosinec 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nádražní 12")));
    EXPECT_EQ(test::squeezedLines(text).filter(QStringLiteral("Podpůrná skupina")).size(), 4)
        << text.toStdString();
}

} // namespace
} // namespace kotva
