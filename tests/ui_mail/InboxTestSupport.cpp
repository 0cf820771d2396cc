#include "tests/ui_mail/InboxTestSupport.h"

#include "tests/support/BuiltIns.h"

namespace kotva::test {

const Analyzer& inboxAnalyzer()
{
    return builtInAnalyzer();
}

const ReferralPlanner& inboxPlanner()
{
    static const ReferralPlanner instance(builtInReferralDirectory());
    return instance;
}

namespace {

QByteArray encodedWord(const QString& text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

QByteArray rawMail(const RawMail& mail)
{
    QByteArray raw;
    raw += "From: " + encodedWord(mail.fromName) + " <" + mail.fromAddress.toUtf8() + ">\r\n";
    raw += "To: poradna@kotva.test\r\n";
    raw += "Subject: " + encodedWord(mail.subject) + "\r\n";
    raw += "Date: " + mail.date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    raw += "Message-ID: <" + mail.messageId + ">\r\n";
    raw += "MIME-Version: 1.0\r\n";
    const QByteArray body = mail.body.toUtf8().replace("\n", "\r\n") + "\r\n";
    if (mail.attachments.isEmpty()) {
        raw += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
        return raw + body;
    }
    const QByteArray boundary = "=_kotva_test_boundary";
    raw += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    raw += "--" + boundary + "\r\n";
    raw += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    raw += body;
    for (const QString& name : mail.attachments) {
        raw += "--" + boundary + "\r\n";
        raw += "Content-Type: application/octet-stream; name=\"" + name.toUtf8() + "\"\r\n";
        raw += "Content-Disposition: attachment; filename=\"" + name.toUtf8() + "\"\r\n";
        raw += "Content-Transfer-Encoding: base64\r\n\r\n";
        raw += QByteArray("never opened").toBase64() + "\r\n";
    }
    raw += "--" + boundary + "--\r\n";
    return raw;
}

RawMail acuteMail(const QDateTime& date)
{
    return {QStringLiteral("Lucie Nováková"),
            QStringLiteral("lucie.novakova@seznam.cz"),
            QStringLiteral("Už nemůžu"),
            QStringLiteral("Dobrý den, mám doma připravené prášky a dnes večer je všechny "
                           "spolknu. Nikomu jsem to neřekla.\nLucie"),
            "acute-1@seznam.cz",
            date,
            {}};
}

RawMail lonelyMail(const QDateTime& date)
{
    return {QStringLiteral("Tomáš Král"),
            QStringLiteral("tomas.kral@email.cz"),
            QStringLiteral("Samota po rozchodu"),
            QStringLiteral("Dobrý den,\nod rozchodu se cítím hodně sám a nevím, s kým o tom "
                           "mluvit. Chtěl bych slyšet, jak to zvládli jiní.\nDěkuji, Tomáš"),
            "lonely-1@email.cz",
            date,
            {}};
}

RawMail medicationMail(const QDateTime& date)
{
    return {QStringLiteral("Marie Svobodová"),
            QStringLiteral("marie.svobodova@centrum.cz"),
            QStringLiteral("Dotaz na léky"),
            QStringLiteral("Dobrý den, posílám zprávu od psychiatra v příloze. Můžete mi "
                           "poradit, jestli mám vysadit antidepresiva? Marie"),
            "meds-1@centrum.cz",
            date,
            {QStringLiteral("zprava_psychiatr.pdf"), QStringLiteral("recept.jpg")}};
}

RawMail motherMail(const QDateTime& date)
{
    return {QStringLiteral("Jana Dvořáková"),
            QStringLiteral("jana.dvorakova@seznam.cz"),
            QStringLiteral("Skupina pro pečující"),
            QStringLiteral("Dobrý den,\nstarám se o mámu po mrtvici a chtěla bych se zeptat, "
                           "jestli u vás funguje skupina pro lidi, kteří pečují o rodiče. "
                           "Poslední dobou toho mám opravdu hodně.\nJana"),
            "mother-1@seznam.cz",
            date,
            {}};
}

void InboxTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    auto vault = Vault::create(m_dir.filePath(QStringLiteral("inbox.vault")),
                               VaultKey::generateRaw(), m_clock);
    ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
    m_vault = std::move(*vault);
    m_session = std::make_unique<VaultSession>(*m_vault, inboxAnalyzer(), m_clock);
    m_intake = std::make_unique<MailIntake>(*m_vault, m_session->contacts(), m_clock);
    m_answers = std::make_unique<MailAnswers>(*m_vault, m_session->contacts(), m_clock);
}

void InboxTest::TearDown()
{
    m_answers.reset();
    m_intake.reset();
    m_session.reset();
    m_vault.reset();
}

void InboxTest::setUpMailbox()
{
    MailAccount account;
    account.imap = {QStringLiteral("imap.kotva.test"), 993};
    account.smtp = {QStringLiteral("smtp.kotva.test"), 465};
    account.user = QStringLiteral("poradna");
    account.address = QStringLiteral("poradna@kotva.test");
    ASSERT_TRUE(mail().settings().setAccount(account).has_value());
    ASSERT_TRUE(mail().settings().raw().setValue(MailSettings::OrganisationName,
                                                 QStringLiteral("Poradna Kotva")));
    ASSERT_TRUE(mail().setPassword(QStringLiteral("heslo-jen-pro-test")).has_value());
    ASSERT_TRUE(mail().ready());
}

ContactId InboxTest::takeIn(const RawMail& mail)
{
    const Result<TakenIn> taken =
        m_intake->takeIn(QStringLiteral("INBOX"), 7, m_nextUid++, rawMail(mail));
    EXPECT_TRUE(taken.has_value()) << (taken ? "" : taken.error().toString().toStdString());
    EXPECT_EQ(taken.value_or(TakenIn::Unreadable), TakenIn::Contact);
    const Result<QList<Contact>> contacts = m_session->contacts().contacts();
    EXPECT_TRUE(contacts.has_value());
    ContactId newest = 0;
    for (const Contact& contact : contacts.value_or(QList<Contact>()))
        newest = std::max(newest, contact.id);
    return newest;
}

void InboxTest::acknowledge(ContactId contact, AckState outcome)
{
    const auto record = m_intake->repository().recordOfContact(contact);
    ASSERT_TRUE(record && *record);
    ASSERT_TRUE(m_intake->repository().setAck((*record)->id, outcome, m_clock.nowUtc()));
}

void InboxTest::answer(ContactId contact, const QString& text)
{
    const Result<PreparedAnswer> prepared = m_answers->prepare(contact, text);
    ASSERT_TRUE(prepared.has_value()) << prepared.error().toString().toStdString();
    const Result<SavedTurn> saved = m_answers->sent(*prepared, contact, text, false);
    ASSERT_TRUE(saved.has_value()) << saved.error().toString().toStdString();
}

} // namespace kotva::test
