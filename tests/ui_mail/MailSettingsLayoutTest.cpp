#include "core/mail/TlsPolicy.h"
#include "tests/mail/support/TestCertificates.h"
#include "tests/support/LayoutCheck.h"
#include "tests/ui_mail/MailSettingsTestSupport.h"
#include "ui/mail/AcknowledgementEditor.h"
#include "ui/mail/CertificateTrustDialog.h"
#include "ui/mail/MailSettingsConnectionTest.h"
#include "ui/mail/MailSettingsMailboxPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTranslator>

#include <optional>
#include <ostream>

namespace kotva {
namespace {

/// Stands in for the Czech catalogue before it has these strings: every text a third
/// longer, in words with diacritics, so clipping shows up now and not after translation.
class LongerTexts final : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!QByteArray(context).startsWith("kotva::"))
            return {};
        const QString text = QString::fromUtf8(source);
        QString padding;
        while (padding.size() < text.size() * 3 / 10)
            padding += QStringLiteral(" žluťoučký");
        // Before a trailing colon, so form labels keep looking like labels.
        if (text.endsWith(u':'))
            return text.chopped(1) + padding + u':';
        return text + padding;
    }
};

struct Language
{
    const char* name;
    bool longer;
};

// A stable test name in ctest (not the object's bytes).
void PrintTo(const Language& language, std::ostream* out)
{
    *out << language.name;
}

class MailSettingsLayout : public test::MailSettingsFixture,
                           public ::testing::WithParamInterface<Language>
{
protected:
    void SetUp() override
    {
        if (GetParam().longer)
            QCoreApplication::installTranslator(&m_longer);
        test::MailSettingsFixture::SetUp();
    }
    void TearDown() override
    {
        test::MailSettingsFixture::TearDown();
        QCoreApplication::removeTranslator(&m_longer);
    }

    /// Layout problems at 1024×768; a picture of every step for people to look at
    /// (build/…/screenshots/mail-settings-*.png).
    void expectFits(QWidget* window, const QString& step)
    {
        QTest::qWait(30);
        const QStringList problems = test::layoutProblems(window, QSize(1024, 768));
        EXPECT_TRUE(problems.isEmpty())
            << step.toStdString() << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString();
        const QString folder = QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
        QDir().mkpath(folder);
        EXPECT_TRUE(window->grab().save(folder + QStringLiteral("/mail-settings-") +
                                        QLatin1String(GetParam().name) + u'-' + step +
                                        QStringLiteral(".png")));
    }

    LongerTexts m_longer;
};

TEST_P(MailSettingsLayout, EveryPageFitsASmallScreen)
{
    MailAccount account = exampleAccount();
    account.trust.pinnedSha256 << TlsPolicy::sha256(
        test::TestCertificates::shared().certificate(QStringLiteral("selfsigned")));
    ASSERT_TRUE(mail().settings().setAccount(account));
    MailSettingsDialog& d = openDialog();
    d.mailboxPage()->organisationEdit()->setText(QStringLiteral("Linka důvěry Kotva, z. s."));
    expectFits(&d, QStringLiteral("mailbox"));

    // Both servers answered: one refused certificate, one refused login.
    ConnectionTest result;
    result.imap = MailError{MailFailure::Certificate,
                            QStringLiteral("The mail server's certificate is not trusted.\nThe "
                                           "certificate was not issued by an authority this "
                                           "computer trusts."),
                            {}};
    result.imapCertificate =
        test::TestCertificates::shared().certificate(QStringLiteral("selfsigned"));
    result.smtp = MailError{MailFailure::Login,
                            QStringLiteral("The mail server refused the user name or password."),
                            {}};
    d.mailboxPage()->connectionTest()->showResult(result);
    expectFits(&d, QStringLiteral("mailbox-tested"));

    d.tabs()->setCurrentIndex(1);
    expectFits(&d, QStringLiteral("handling"));
    d.tabs()->setCurrentIndex(2);
    d.acknowledgementEditor()->czechEdit()->setPlainText(
        QStringLiteral("Dobrý den, děkujeme za zprávu.\n\n{organisation}"));
    expectFits(&d, QStringLiteral("acknowledgement"));

    d.tabs()->setCurrentIndex(0);
    d.saveButton()->click(); // no user name: every problem listed
    d.mailboxPage()->userEdit()->clear();
    d.mailboxPage()->addressEdit()->setText(QStringLiteral("poradna"));
    d.saveButton()->click();
    expectFits(&d, QStringLiteral("invalid"));

    d.mailboxPage()->connectionTest()->imapCertificateButton()->click();
    ASSERT_NE(d.certificateDialog(), nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(d.certificateDialog()));
    expectFits(d.certificateDialog(), QStringLiteral("certificate"));
}

INSTANTIATE_TEST_SUITE_P(Languages, MailSettingsLayout,
                         ::testing::Values(Language{"en", false}, Language{"longer", true}),
                         [](const ::testing::TestParamInfo<Language>& param) {
                             return std::string(param.param.name);
                         });

} // namespace
} // namespace kotva
