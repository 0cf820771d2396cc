#include "core/mail/TlsPolicy.h"
#include "core/mail/intake/AcknowledgementText.h"
#include "tests/mail/support/HostileImapServer.h"
#include "tests/mail/support/TestCertificates.h"
#include "tests/support/LayoutCheck.h"
#include "tests/ui_mail/MailSettingsTestSupport.h"
#include "ui/mail/AcknowledgementEditor.h"
#include "ui/mail/CertificatePinList.h"
#include "ui/mail/CertificateTrustDialog.h"
#include "ui/mail/MailSettingsConnectionTest.h"
#include "ui/mail/MailSettingsHandlingPage.h"
#include "ui/mail/MailSettingsMailboxPage.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/SettingsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>

#include <algorithm>

namespace kotva {
namespace {

using MailSettingsDialogTest = test::MailSettingsFixture;

QString stored(MailService& mail, const StringSetting& setting)
{
    return mail.settings().raw().value(setting).value_or(QStringLiteral("<unreadable>"));
}

int stored(MailService& mail, const IntSetting& setting)
{
    return mail.settings().raw().value(setting).value_or(-1);
}

/// A port on 127.0.0.1 where nothing listens: bound by the system, then let go.
quint16 closedPort()
{
    QTcpServer server;
    EXPECT_TRUE(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

TEST_F(MailSettingsDialogTest, TheFormShowsWhatIsStored)
{
    MailAccount account = exampleAccount();
    account.imap.port = 1993;
    account.inboxFolder = QStringLiteral("Poradna");
    account.trust.pinnedSha256 << QByteArray(32, '\x5a');
    ASSERT_TRUE(mail().settings().setAccount(account));
    VaultSettings& raw = mail().settings().raw();
    ASSERT_TRUE(raw.setValue(MailSettings::OrganisationName, QStringLiteral("Poradna Kotva")));
    ASSERT_TRUE(raw.setValue(MailSettings::AnswerWorkingDays, 6));
    ASSERT_TRUE(raw.setValue(MailSettings::AddressGraceDays, 3));
    ASSERT_TRUE(raw.setValue(MailSettings::AcknowledgeWithinDays, 2));
    ASSERT_TRUE(mail().settings().setServerCopyPolicy(ServerCopyPolicy::Delete));
    ASSERT_TRUE(
        raw.setValue(MailSettings::AcknowledgementCzech, QStringLiteral("Vlastní {due} 112")));
    ASSERT_TRUE(mail().setPassword(QStringLiteral("Tajne heslo 42")));

    MailSettingsDialog& d = openDialog();
    MailSettingsMailboxPage* box = d.mailboxPage();
    EXPECT_EQ(box->imapHostEdit()->text(), QStringLiteral("imap.poradna.example"));
    EXPECT_EQ(box->imapPortSpin()->value(), 1993);
    EXPECT_EQ(box->smtpHostEdit()->text(), QStringLiteral("smtp.poradna.example"));
    EXPECT_EQ(box->smtpPortSpin()->value(), 465);
    EXPECT_EQ(box->userEdit()->text(), QStringLiteral("poradna"));
    EXPECT_EQ(box->addressEdit()->text(), QStringLiteral("poradna@poradna.example"));
    EXPECT_EQ(box->inboxFolderEdit()->text(), QStringLiteral("Poradna"));
    EXPECT_EQ(box->organisationEdit()->text(), QStringLiteral("Poradna Kotva"));
    EXPECT_EQ(box->passwordEdit()->echoMode(), QLineEdit::Password);
    EXPECT_TRUE(box->passwordEdit()->text().isEmpty()) << "the stored password is never shown";
    EXPECT_TRUE(box->passwordEdit()->placeholderText().contains(QStringLiteral("vault")));
    EXPECT_EQ(box->pinList()->list()->count(), 1);

    MailSettingsHandlingPage* handling = d.handlingPage();
    EXPECT_EQ(handling->answerDaysSpin()->value(), 6);
    EXPECT_EQ(handling->graceDaysSpin()->value(), 3);
    EXPECT_EQ(handling->acknowledgeWithinSpin()->value(), 2);
    EXPECT_TRUE(handling->deleteRadio()->isChecked());
    EXPECT_FALSE(handling->archiveFolderEdit()->isEnabled());

    EXPECT_EQ(d.acknowledgementEditor()->czechEdit()->toPlainText(),
              QStringLiteral("Vlastní {due} 112"));
    EXPECT_EQ(d.acknowledgementEditor()->englishEdit()->toPlainText(),
              AcknowledgementText::defaultEnglish())
        << "an organisation without its own text sees Kotva's";
}

TEST_F(MailSettingsDialogTest, ANewVaultShowsTheDefaults)
{
    MailSettingsDialog& d = openDialog();
    EXPECT_EQ(d.mailboxPage()->imapPortSpin()->value(), 993);
    EXPECT_EQ(d.mailboxPage()->smtpPortSpin()->value(), 465);
    EXPECT_EQ(d.mailboxPage()->inboxFolderEdit()->text(), QStringLiteral("INBOX"));
    EXPECT_EQ(d.handlingPage()->answerDaysSpin()->value(), 4);
    EXPECT_TRUE(d.handlingPage()->archiveRadio()->isChecked());
    EXPECT_EQ(d.handlingPage()->archiveFolderEdit()->text(), QStringLiteral("Archiv"));
    EXPECT_TRUE(
        d.mailboxPage()->passwordEdit()->placeholderText().contains(QStringLiteral("Not stored")));
    EXPECT_EQ(d.acknowledgementEditor()->czechEdit()->toPlainText(),
              AcknowledgementText::defaultCzech());
    EXPECT_FALSE(d.message()->isVisible());
}

TEST_F(MailSettingsDialogTest, BadInputIsShownAndNothingIsSaved)
{
    MailSettingsDialog& d = openDialog();
    MailSettingsMailboxPage* box = d.mailboxPage();
    d.tabs()->setCurrentWidget(d.acknowledgementEditor());
    box->imapHostEdit()->clear();
    box->smtpHostEdit()->setText(QStringLiteral("smtp.poradna.example"));
    box->userEdit()->setText(QStringLiteral("poradna"));
    box->addressEdit()->setText(QStringLiteral("poradna.example"));

    d.saveButton()->click();
    EXPECT_TRUE(d.isVisible()) << "the dialog stays open";
    EXPECT_EQ(d.result(), QDialog::Rejected);
    ASSERT_TRUE(d.message()->isVisible());
    EXPECT_EQ(d.message()->kind(), InlineMessage::Kind::Error);
    EXPECT_TRUE(d.message()->text().contains(QStringLiteral("(IMAP) server")))
        << d.message()->text().toStdString();
    EXPECT_TRUE(d.message()->text().contains(QStringLiteral("e-mail address")));
    EXPECT_TRUE(d.tabs()->currentWidget()->isAncestorOf(box))
        << "taken to the page with the first problem";
    EXPECT_TRUE(box->imapHostEdit()->hasFocus());
    EXPECT_EQ(stored(mail(), MailSettings::SmtpHost), QString()) << "nothing was stored";

    // A server name with a port in it is refused too, and the ports cannot leave 1–65535.
    box->imapHostEdit()->setText(QStringLiteral("imap.poradna.example:993"));
    box->addressEdit()->setText(QStringLiteral("poradna@poradna.example"));
    d.saveButton()->click();
    EXPECT_TRUE(d.message()->text().contains(QStringLiteral("no spaces, slashes or colons")));
    EXPECT_EQ(box->imapPortSpin()->maximum(), 65535);
    EXPECT_EQ(box->imapPortSpin()->minimum(), 1);

    // Archiving into no folder is not possible either.
    box->imapHostEdit()->setText(QStringLiteral("imap.poradna.example"));
    d.handlingPage()->archiveFolderEdit()->clear();
    d.saveButton()->click();
    EXPECT_TRUE(d.tabs()->currentWidget()->isAncestorOf(d.handlingPage()));
    EXPECT_EQ(stored(mail(), MailSettings::ImapHost), QString());

    d.handlingPage()->archiveFolderEdit()->setText(QStringLiteral("Archiv"));
    d.saveButton()->click();
    EXPECT_EQ(d.result(), QDialog::Accepted);
    EXPECT_EQ(stored(mail(), MailSettings::ImapHost), QStringLiteral("imap.poradna.example"));
}

TEST_F(MailSettingsDialogTest, SavingStoresEveryValue)
{
    MailSettingsDialog& d = openDialog();
    MailSettingsMailboxPage* box = d.mailboxPage();
    box->imapHostEdit()->setText(QStringLiteral(" imap.poradna.example "));
    box->imapPortSpin()->setValue(10993);
    box->smtpHostEdit()->setText(QStringLiteral("smtp.poradna.example"));
    box->smtpPortSpin()->setValue(10465);
    box->userEdit()->setText(QStringLiteral("poradna"));
    box->passwordEdit()->setText(QStringLiteral("Tajne heslo 42"));
    box->addressEdit()->setText(QStringLiteral("poradna@poradna.example"));
    box->organisationEdit()->setText(QStringLiteral("Poradna Kotva"));
    MailSettingsHandlingPage* handling = d.handlingPage();
    handling->answerDaysSpin()->setValue(5);
    handling->graceDaysSpin()->setValue(10);
    handling->acknowledgeWithinSpin()->setValue(3);
    handling->fetchIntervalSpin()->setValue(30);
    handling->archiveFolderEdit()->setText(QStringLiteral("Vyřízeno"));
    d.acknowledgementEditor()->englishEdit()->setPlainText(
        QStringLiteral("Thanks. By {due}. 112. {organisation}"));

    d.saveButton()->click();
    ASSERT_EQ(d.result(), QDialog::Accepted) << d.message()->text().toStdString();

    const Result<MailAccount> account = mail().settings().account();
    ASSERT_TRUE(account);
    EXPECT_EQ(account->imap.host, QStringLiteral("imap.poradna.example"));
    EXPECT_EQ(account->imap.port, 10993);
    EXPECT_EQ(account->smtp.host, QStringLiteral("smtp.poradna.example"));
    EXPECT_EQ(account->smtp.port, 10465);
    EXPECT_EQ(account->user, QStringLiteral("poradna"));
    EXPECT_EQ(account->address, QStringLiteral("poradna@poradna.example"));
    EXPECT_TRUE(MailSettings::configured(*account));
    EXPECT_TRUE(mail().ready());
    EXPECT_EQ(stored(mail(), MailSettings::Password), QStringLiteral("Tajne heslo 42"));
    EXPECT_EQ(stored(mail(), MailSettings::OrganisationName), QStringLiteral("Poradna Kotva"));
    EXPECT_EQ(stored(mail(), MailSettings::AnswerWorkingDays), 5);
    EXPECT_EQ(stored(mail(), MailSettings::AddressGraceDays), 10);
    EXPECT_EQ(stored(mail(), MailSettings::AcknowledgeWithinDays), 3);
    EXPECT_EQ(stored(mail(), MailSettings::FetchIntervalMinutes), 30);
    EXPECT_TRUE(mail().fetchesAutomatically()) << "saving starts the automatic fetch";
    EXPECT_EQ(mail().settings().serverCopyPolicy().value_or(ServerCopyPolicy::Delete),
              ServerCopyPolicy::Archive);
    EXPECT_EQ(mail().settings().archiveFolder().value_or(QString()), QStringLiteral("Vyřízeno"));
    EXPECT_EQ(stored(mail(), MailSettings::AcknowledgementCzech), QString())
        << "the untouched default is stored as 'Kotva's own'";
    EXPECT_EQ(stored(mail(), MailSettings::AcknowledgementEnglish),
              QStringLiteral("Thanks. By {due}. 112. {organisation}"));

    // Delete instead of archive.
    openDialog();
    dialog->handlingPage()->deleteRadio()->setChecked(true);
    dialog->saveButton()->click();
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(mail().settings().serverCopyPolicy().value_or(ServerCopyPolicy::Archive),
              ServerCopyPolicy::Delete);

    // "Only with Fetch mail": the lowest value reads as words, and stops the timer.
    openDialog();
    QSpinBox* interval = dialog->handlingPage()->fetchIntervalSpin();
    interval->setValue(0);
    EXPECT_EQ(interval->text(), QStringLiteral("only with Fetch mail"));
    dialog->saveButton()->click();
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(stored(mail(), MailSettings::FetchIntervalMinutes), 0);
    EXPECT_FALSE(mail().fetchesAutomatically());
}

TEST_F(MailSettingsDialogTest, AnEmptyPasswordFieldKeepsTheStoredPassword)
{
    ASSERT_TRUE(mail().settings().setAccount(exampleAccount()));
    ASSERT_TRUE(mail().setPassword(QStringLiteral("Tajne heslo 42")));

    openDialog().saveButton()->click();
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(stored(mail(), MailSettings::Password), QStringLiteral("Tajne heslo 42"));

    openDialog().mailboxPage()->passwordEdit()->setText(QStringLiteral("Nove heslo 43"));
    dialog->saveButton()->click();
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(stored(mail(), MailSettings::Password), QStringLiteral("Nove heslo 43"));
}

TEST_F(MailSettingsDialogTest, AnEditedTextIsWarnedAboutAndTheDefaultRestored)
{
    AcknowledgementEditor* editor = openDialog().acknowledgementEditor();
    dialog->tabs()->setCurrentWidget(editor);
    EXPECT_FALSE(editor->czechWarning()->isVisible()) << "the default says all it must";

    editor->czechEdit()->setPlainText(QStringLiteral("Děkujeme, ozveme se."));
    ASSERT_TRUE(editor->czechWarning()->isVisible());
    EXPECT_EQ(editor->czechWarning()->kind(), InlineMessage::Kind::Warning);
    EXPECT_TRUE(editor->czechWarning()->text().contains(QStringLiteral("{due}")));
    EXPECT_TRUE(editor->czechWarning()->text().contains(QStringLiteral("112")));
    EXPECT_TRUE(dialog->saveButton()->isEnabled()) << "a warning, not a block";

    editor->czechEdit()->setPlainText(QStringLiteral("Odpovíme do {due}. Volejte 112."));
    EXPECT_FALSE(editor->czechWarning()->isVisible());

    editor->englishEdit()->setPlainText(QStringLiteral("By {due}."));
    EXPECT_TRUE(editor->englishWarning()->text().contains(QStringLiteral("112")));
    editor->restoreEnglishButton()->click();
    EXPECT_EQ(editor->englishEdit()->toPlainText(), AcknowledgementText::defaultEnglish());
    EXPECT_FALSE(editor->englishWarning()->isVisible());
    EXPECT_EQ(editor->storedEnglish(), QString());

    editor->restoreCzechButton()->click();
    EXPECT_EQ(editor->czechEdit()->toPlainText(), AcknowledgementText::defaultCzech());
    EXPECT_EQ(editor->storedCzech(), QString());
}

TEST_F(MailSettingsDialogTest, ThePreviewShowsTheDueDateOfAMessageArrivingNow)
{
    MailSettingsDialog& d = openDialog();
    AcknowledgementEditor* editor = d.acknowledgementEditor();
    // Monday 23 Nov 2026 10:00 in Prague + 4 working days: Friday 27 Nov.
    EXPECT_TRUE(editor->preview()->toPlainText().contains(QStringLiteral("27. 11. 2026")))
        << editor->preview()->toPlainText().toStdString();
    EXPECT_TRUE(editor->preview()->toPlainText().contains(QStringLiteral("27 November 2026")));
    EXPECT_TRUE(editor->preview()->toPlainText().contains(AcknowledgementText::subject()));

    d.handlingPage()->answerDaysSpin()->setValue(5); // over the weekend: Monday 30 Nov
    EXPECT_TRUE(editor->preview()->toPlainText().contains(QStringLiteral("30. 11. 2026")));
    d.mailboxPage()->organisationEdit()->setText(QStringLiteral("Poradna Kotva"));
    EXPECT_TRUE(editor->preview()->toPlainText().contains(QStringLiteral("Poradna Kotva")));
    editor->czechEdit()->setPlainText(QStringLiteral("Vlastní text do {due}, 112."));
    EXPECT_TRUE(editor->preview()->toPlainText().startsWith(
        QStringLiteral("Subject: ") + AcknowledgementText::subject() +
        QStringLiteral("\n\nVlastní text do 30. 11. 2026, 112.")));
}

TEST_F(MailSettingsDialogTest, TestingAClosedPortSaysNothingListensAndSavesNothing)
{
    const quint16 port = closedPort();
    MailSettingsDialog& d = openDialog();
    d.setConnectionTimeoutMs(3000);
    MailSettingsMailboxPage* box = d.mailboxPage();
    MailSettingsConnectionTest* test = box->connectionTest();

    test->testButton()->click();
    EXPECT_TRUE(test->imapLine()->isVisible()) << "an empty form cannot be tested";
    EXPECT_TRUE(test->testButton()->isEnabled());

    box->imapHostEdit()->setText(QStringLiteral("127.0.0.1"));
    box->imapPortSpin()->setValue(port);
    box->smtpHostEdit()->setText(QStringLiteral("127.0.0.1"));
    box->smtpPortSpin()->setValue(port);
    box->userEdit()->setText(QStringLiteral("poradna"));
    box->addressEdit()->setText(QStringLiteral("poradna@poradna.example"));
    test->testButton()->click();
    EXPECT_TRUE(test->imapLine()->text().contains(QStringLiteral("password")))
        << "no password typed and none stored";

    box->passwordEdit()->setText(QStringLiteral("Tajne heslo 42"));
    test->testButton()->click();
    EXPECT_FALSE(test->testButton()->isEnabled()) << "busy while the servers are tried";
    ASSERT_TRUE(QTest::qWaitFor([&] { return test->testButton()->isEnabled(); }, 10000));

    EXPECT_EQ(test->imapLine()->kind(), InlineMessage::Kind::Error);
    EXPECT_TRUE(test->imapLine()->text().startsWith(QStringLiteral("IMAP")));
    EXPECT_TRUE(test->imapLine()->text().contains(QStringLiteral("does not answer")))
        << test->imapLine()->text().toStdString();
    EXPECT_EQ(test->smtpLine()->kind(), InlineMessage::Kind::Error);
    EXPECT_TRUE(test->smtpLine()->text().startsWith(QStringLiteral("SMTP")));
    EXPECT_TRUE(test->smtpLine()->text().contains(QStringLiteral("cannot be reached")))
        << test->smtpLine()->text().toStdString();
    EXPECT_FALSE(test->imapCertificateButton()->isVisible());
    EXPECT_EQ(stored(mail(), MailSettings::ImapHost), QString()) << "testing does not save";
    EXPECT_FALSE(mail().hasPassword());
}

TEST_F(MailSettingsDialogTest, ARefusedCertificateCanBeInspectedAndPinned)
{
    test::HostileImapServer server(QStringLiteral("record"), QStringLiteral("selfsigned"));
    const auto started = server.start();
    ASSERT_TRUE(started) << started.error().toStdString();
    const QSslCertificate certificate =
        test::TestCertificates::shared().certificate(QStringLiteral("selfsigned"));
    ASSERT_FALSE(certificate.isNull());

    MailAccount account = exampleAccount();
    account.imap = {QStringLiteral("127.0.0.1"), server.port()};
    account.smtp = {QStringLiteral("127.0.0.1"), closedPort()};
    ASSERT_TRUE(mail().settings().setAccount(account));
    ASSERT_TRUE(mail().setPassword(QStringLiteral("Tajne heslo 42")));
    MailSettingsDialog& d = openDialog();
    d.setConnectionTimeoutMs(3000);
    MailSettingsConnectionTest* test = d.mailboxPage()->connectionTest();

    test->testButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return test->testButton()->isEnabled(); }, 15000));
    EXPECT_TRUE(test->imapLine()->text().contains(QStringLiteral("certificate")))
        << test->imapLine()->text().toStdString();
    ASSERT_TRUE(test->imapCertificateButton()->isVisible());
    EXPECT_TRUE(server.receivedLines().filter(QStringLiteral("LOGIN")).isEmpty())
        << "no password over an unverified connection";

    test->imapCertificateButton()->click();
    CertificateTrustDialog* trust = d.certificateDialog();
    ASSERT_NE(trust, nullptr);
    EXPECT_TRUE(trust->cancelButton()->isDefault()) << "Enter does not trust";
    const QString named = QStringLiteral("127.0.0.1, port %1").arg(server.port());
    EXPECT_TRUE(std::ranges::any_of(trust->findChildren<QLabel*>(), [&](const QLabel* label) {
        return label->text().contains(named);
    })) << "the dialog names the server";
    EXPECT_FALSE(trust->trustButton()->isDefault());
    const QString fingerprint = CertificatePinList::fingerprintText(TlsPolicy::sha256(certificate));
    EXPECT_TRUE(trust->detailsView()->toPlainText().contains(fingerprint));
    trust->trustButton()->click();

    CertificatePinList* pins = d.mailboxPage()->pinList();
    ASSERT_EQ(pins->pins().size(), 1);
    EXPECT_EQ(pins->pins().first(), TlsPolicy::sha256(certificate));
    EXPECT_TRUE(pins->list()->item(0)->toolTip().contains(fingerprint));
    EXPECT_TRUE(stored(mail(), MailSettings::PinnedCertificates).isEmpty()) << "not before Save";

    // With the pin in the form (not yet saved) the same server is accepted.
    test->testButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return test->testButton()->isEnabled(); }, 15000));
    EXPECT_EQ(test->imapLine()->kind(), InlineMessage::Kind::Success)
        << test->imapLine()->text().toStdString();

    d.saveButton()->click();
    ASSERT_EQ(d.result(), QDialog::Accepted);
    const Result<MailAccount> saved = mail().settings().account();
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->trust.pinnedSha256.size(), 1);
    EXPECT_EQ(saved->trust.pinnedSha256.first(), TlsPolicy::sha256(certificate));
}

TEST_F(MailSettingsDialogTest, APinCanBeRemoved)
{
    MailAccount account = exampleAccount();
    account.trust.pinnedSha256 << QByteArray(32, '\x11') << QByteArray(32, '\x22');
    ASSERT_TRUE(mail().settings().setAccount(account));
    MailSettingsDialog& d = openDialog();
    CertificatePinList* pins = d.mailboxPage()->pinList();
    ASSERT_EQ(pins->list()->count(), 2);
    EXPECT_FALSE(pins->removeButton()->isEnabled()) << "nothing selected";
    pins->list()->setCurrentRow(0);
    ASSERT_TRUE(pins->removeButton()->isEnabled());
    pins->removeButton()->click();
    ASSERT_EQ(pins->pins().size(), 1);
    EXPECT_EQ(pins->pins().first(), QByteArray(32, '\x22'));

    d.saveButton()->click();
    ASSERT_EQ(d.result(), QDialog::Accepted);
    EXPECT_EQ(mail().settings().account()->trust.pinnedSha256,
              QList<QByteArray>{QByteArray(32, '\x22')});
}

TEST(CertificateTrustDialog, CancelIsTheDefaultAndTrustPinsThisCertificate)
{
    const QSslCertificate certificate =
        test::TestCertificates::shared().certificate(QStringLiteral("expired"));
    CertificateTrustDialog dialog(certificate, QStringLiteral("IMAP 127.0.0.1"),
                                  QStringLiteral("The certificate has expired."));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.cancelButton()->isDefault());
    EXPECT_TRUE(dialog.trustButton()->isEnabled());
    EXPECT_TRUE(dialog.detailsView()->toPlainText().contains(QStringLiteral("SHA-256")));
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "Enter cancels";

    CertificateTrustDialog again(certificate, QString(), QString());
    again.show();
    again.trustButton()->click();
    EXPECT_EQ(again.result(), QDialog::Accepted);
    EXPECT_EQ(again.fingerprint(), TlsPolicy::sha256(certificate));

    CertificateTrustDialog none{QSslCertificate(), QString(), QString()};
    EXPECT_FALSE(none.trustButton()->isEnabled()) << "nothing to trust";
}

// Settings offers the mail settings only when the app wires them in (an unlocked vault).
TEST(MailSettingsInSettings, TheButtonAsksForTheMailSettings)
{
    SettingsDialog settings;
    settings.setLocalServicesAvailable(true);
    settings.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&settings));
    EXPECT_FALSE(settings.mailSettingsButton()->isVisible());
    settings.setMailSettingsAvailable(true);
    ASSERT_TRUE(settings.mailSettingsButton()->isVisible());
    QSignalSpy requested(&settings, &SettingsDialog::mailSettingsRequested);
    settings.mailSettingsButton()->click();
    EXPECT_EQ(requested.count(), 1);
    const QStringList problems = test::layoutProblems(&settings, QSize(1024, 768));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

} // namespace
} // namespace kotva
