// Answering an e-mail contact from the conversation: "Send as e-mail" for a fresh one, the
// reason instead for one that cannot be answered, the boundary checks of the worker's draft,
// and a failed send that keeps the draft. An acute e-mail raises the crisis pane.

#include "core/mail/TlsPolicy.h"
#include "core/mail/intake/MailService.h"
#include "core/mail/mime/MimeReader.h"
#include "tests/mail/support/SmtpSink.h"
#include "tests/mail/support/TestCertificates.h"
#include "tests/ui_mail/InboxTestSupport.h"
#include "ui/mail/EmailAnswerBar.h"
#include "ui/referral/CrisisReferralPane.h"
#include "ui/shell/InlineMessage.h"
#include "ui/workspace/BoundaryNotice.h"
#include "ui/workspace/ComposerEdit.h"
#include "ui/workspace/ConversationView.h"
#include "ui/workspace/TurnComposer.h"
#include "ui/workspace/TurnModel.h"
#include "ui/workspace/WorkspacePane.h"

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace kotva {
namespace {

class EmailAnswerTest : public test::InboxTest
{
protected:
    void TearDown() override
    {
        m_pane.reset();
        InboxTest::TearDown();
    }

    void makePane()
    {
        ASSERT_TRUE(m_session->setOrganisationRegion(QStringLiteral("CZ010")).has_value());
        m_pane = std::make_unique<WorkspacePane>(*m_session, test::inboxPlanner());
        m_pane->resize(1366, 768);
        m_pane->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    [[nodiscard]] ConversationView* conversation() const { return m_pane->conversation(); }
    [[nodiscard]] EmailAnswerBar* bar() const { return conversation()->emailAnswers(); }
    [[nodiscard]] TurnComposer* composer() const { return conversation()->composer(); }

    void write(const QString& text) const
    {
        composer()->editor()->setFocus();
        composer()->setText(text);
    }

    std::unique_ptr<WorkspacePane> m_pane;
};

TEST_F(EmailAnswerTest, AFreshEmailContactOffersSendAsEmailForMyReply)
{
    setUpMailbox();
    const ContactId lonely = takeIn(test::lonelyMail());
    makePane();
    ASSERT_TRUE(m_pane->showContact(lonely)); // new to the list: read again
    ASSERT_NE(bar(), nullptr);
    EXPECT_TRUE(bar()->isVisible());
    EXPECT_TRUE(bar()->sendButton()->isVisible());
    EXPECT_TRUE(bar()->statusText().startsWith(QStringLiteral("Answer by ")))
        << bar()->statusText().toStdString();
    // The client's e-mail is there; what comes next is my answer.
    EXPECT_EQ(composer()->author(), Author::Worker);
    EXPECT_FALSE(bar()->sendButton()->isEnabled()); // nothing written yet

    write(QStringLiteral("Dobrý den, Tomáši, děkujeme, že jste nám napsal."));
    EXPECT_TRUE(bar()->sendButton()->isEnabled());
    // Only my own words go to the client, never a client's message typed in here.
    composer()->setAuthor(Author::Client);
    EXPECT_FALSE(bar()->sendButton()->isEnabled());
}

TEST_F(EmailAnswerTest, AnAnsweredContactSaysWhyInsteadOfTheButton)
{
    setUpMailbox();
    const ContactId lonely = takeIn(test::lonelyMail());
    answer(lonely, QStringLiteral("Dobrý den, Tomáši, děkujeme, že jste nám napsal."));
    makePane();
    ASSERT_TRUE(m_pane->showContact(lonely));
    const Status canAnswer = mail().canAnswer(lonely);
    ASSERT_FALSE(canAnswer.has_value());
    EXPECT_TRUE(bar()->isVisible());
    EXPECT_FALSE(bar()->sendButton()->isVisible());
    EXPECT_EQ(bar()->statusText(), canAnswer.error().message);
}

TEST_F(EmailAnswerTest, WithoutAMailboxTheBarSaysItIsNotSetUp)
{
    const ContactId lonely = takeIn(test::lonelyMail());
    makePane();
    ASSERT_TRUE(m_pane->showContact(lonely));
    EXPECT_FALSE(bar()->sendButton()->isVisible());
    EXPECT_TRUE(bar()->statusText().contains(QStringLiteral("not set up")));
}

TEST_F(EmailAnswerTest, AnEmailContactOpenedByHandHasNoAnswerBar)
{
    setUpMailbox();
    makePane();
    const Result<Contact> opened =
        m_pane->openContact({Channel::Email, QStringLiteral("Petra"), ContractWish::JustBeHeard});
    ASSERT_TRUE(opened.has_value());
    EXPECT_FALSE(bar()->isVisible());
}

TEST_F(EmailAnswerTest, OpeningAnAcuteEmailRaisesTheCrisisPaneAsAChatDoes)
{
    setUpMailbox();
    const ContactId lonely = takeIn(test::lonelyMail());
    const ContactId acute = takeIn(test::acuteMail());
    makePane();
    ASSERT_TRUE(m_pane->showContact(lonely));
    EXPECT_FALSE(m_pane->isCrisisPaneShown());
    ASSERT_TRUE(m_pane->showContact(acute));
    EXPECT_TRUE(m_pane->isCrisisPaneShown());
    EXPECT_EQ(m_pane->crisisPane()->level(), RiskLevel::Acute);
}

TEST_F(EmailAnswerTest, ADraftThatCrossesABoundaryWaitsAndAFailedSendKeepsIt)
{
    // Nothing listens on loopback port 1: the send fails at once, without any server.
    setUpMailbox();
    MailAccount account = *mail().settings().account();
    account.smtp = {QStringLiteral("127.0.0.1"), 1};
    ASSERT_TRUE(mail().settings().setAccount(account).has_value());
    const ContactId medication = takeIn(test::medicationMail());
    makePane();
    ASSERT_TRUE(m_pane->showContact(medication));

    const QString draft = QStringLiteral("Doporučuji vám ty léky vysadit, určitě vám to pomůže.");
    write(draft);
    QSignalSpy failed(bar(), &EmailAnswerBar::answerFailed);
    QTest::mouseClick(bar()->sendButton(), Qt::LeftButton);
    // The same warning as before saving: nothing goes out until the worker chooses.
    EXPECT_EQ(conversation()->boundaryNotice()->mode(), BoundaryNotice::Mode::WorkerDraft);
    EXPECT_FALSE(bar()->isSending());
    EXPECT_FALSE(mail().busy());

    QTest::mouseClick(conversation()->boundaryNotice()->sendAnywayButton(), Qt::LeftButton);
    EXPECT_TRUE(bar()->isSending());
    EXPECT_FALSE(bar()->sendButton()->isEnabled());
    EXPECT_EQ(bar()->sendButton()->text(), QStringLiteral("Sending…"));
    EXPECT_TRUE(composer()->editor()->isReadOnly());

    ASSERT_TRUE(failed.wait(20000));
    EXPECT_FALSE(bar()->isSending());
    EXPECT_EQ(composer()->text(), draft); // kept, to send again or edit
    EXPECT_FALSE(composer()->editor()->isReadOnly());
    EXPECT_EQ(conversation()->message()->kind(), InlineMessage::Kind::Error);
    EXPECT_FALSE(conversation()->messageText().isEmpty());
    EXPECT_EQ(conversation()->turnModel()->rowCount(), 1); // only the client's e-mail
    // Nothing went out, so it can be sent again.
    EXPECT_TRUE(mail().canAnswer(medication).has_value());
    ASSERT_TRUE(QTest::qWaitFor([this] { return !mail().busy(); }, 5000));
    EXPECT_TRUE(bar()->sendButton()->isEnabled());
}

// The whole way out, through a real SMTP server (aiosmtpd over TLS on loopback, its
// certificate pinned as Settings → E-mail pins one): the client gets one answer threaded under
// their message, the conversation shows it, it cannot go twice, and closing is offered.
TEST_F(EmailAnswerTest, AnAnswerGoesOutThreadedThroughARealServerAndTheContactMayClose)
{
    test::SmtpSink sink;
    setUpMailbox();
    MailAccount account = *mail().settings().account();
    account.smtp = {QStringLiteral("localhost"), sink.port()};
    account.user = test::SmtpSink::user();
    account.trust.pinnedSha256 = {
        TlsPolicy::sha256(test::TestCertificates::shared().certificate(QStringLiteral("server")))};
    ASSERT_TRUE(mail().settings().setAccount(account).has_value());
    ASSERT_TRUE(mail().setPassword(test::SmtpSink::password()).has_value());
    const ContactId lonely = takeIn(test::lonelyMail());
    makePane();
    ASSERT_TRUE(m_pane->showContact(lonely));

    const QString answer = QStringLiteral(
        "Dobrý den, Tomáši, děkujeme, že jste nám napsal. Po rozchodu jsem se taky dlouho cítil "
        "sám a pomohlo mi o tom mluvit. Napište nám znovu, kdykoli budete chtít.");
    write(answer);
    QSignalSpy sent(bar(), &EmailAnswerBar::answerSent);
    QTest::mouseClick(bar()->sendButton(), Qt::LeftButton);
    ASSERT_TRUE(sent.wait(30000)) << qPrintable(conversation()->messageText())
                                  << qPrintable(sink.errors());

    EXPECT_TRUE(composer()->text().isEmpty());
    EXPECT_EQ(conversation()->turnModel()->rowCount(), 2);
    EXPECT_EQ(conversation()->message()->kind(), InlineMessage::Kind::Success);
    const QList<test::SinkMessage> received = sink.messages();
    ASSERT_EQ(received.size(), 1);
    EXPECT_EQ(received.first().recipients, QStringList{QStringLiteral("tomas.kral@email.cz")});
    const auto read = MimeReader::read(received.first().raw);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->inReplyTo, QByteArray("lonely-1@email.cz"));
    EXPECT_EQ(read->subject, QStringLiteral("Re: Samota po rozchodu"));
    EXPECT_TRUE(read->text.contains(QStringLiteral("Napište nám znovu")));

    // Answered: no second send, and the close-contact dialog is offered.
    EXPECT_FALSE(mail().canAnswer(lonely).has_value());
    EXPECT_FALSE(bar()->sendButton()->isVisible() && bar()->sendButton()->isEnabled());
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            const auto dialogs = m_pane->findChildren<QDialog*>();
            return std::any_of(dialogs.begin(), dialogs.end(),
                               [](const QDialog* d) { return d->isVisible(); });
        },
        5000));
}

} // namespace
} // namespace kotva
