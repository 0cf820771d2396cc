// What a worker sees of a client's e-mail: the text in the right letters, attachments by name
// and size only, automated mail recognised, damaged mail read as far as it goes.

#include "core/mail/mime/MimeReader.h"

#include "tests/mail/mime/MimeTestSupport.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace kotva;
using kotva::test::mimeFixture;

namespace {

IncomingMail readFixture(const char* name)
{
    const Result<IncomingMail> mail = MimeReader::read(mimeFixture(name));
    EXPECT_TRUE(mail.has_value()) << name << ": "
                                  << (mail ? std::string() : mail.error().message.toStdString());
    return mail.value_or(IncomingMail{});
}

QByteArray plainMessage(const QByteArray& extraHeaders, const QByteArray& body)
{
    return "From: Jana <jana@example.cz>\r\n"
           "To: poradna@linka.example.cz\r\n"
           "Subject: Test\r\n"
           "Message-ID: <t@example.cz>\r\n" +
           extraHeaders +
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "\r\n" +
           body;
}

} // namespace

TEST(MimeReaderTest, ReadsIso88592QuotedPrintable)
{
    const IncomingMail mail = readFixture("iso88592_qp.eml");
    EXPECT_EQ(mail.subject, QStringLiteral("Prosím o pomoc se synem"));
    EXPECT_EQ(mail.fromName, QStringLiteral("Jana Nováková"));
    EXPECT_EQ(mail.fromAddress, QStringLiteral("jana.novakova@example.cz"));
    EXPECT_TRUE(mail.text.startsWith(QStringLiteral("Dobrý den,\npíšu vám, protože už nevím")));
    EXPECT_TRUE(mail.text.contains(QStringLiteral("stalo ve škole.\n\nDěkuji za odpověď")));
    EXPECT_EQ(mail.messageId, QByteArray("a1b2c3@mail.example.cz"));
    EXPECT_EQ(mail.date.toUTC(), QDateTime(QDate(2026, 11, 30), QTime(20, 14, 3), Qt::UTC));
    EXPECT_EQ(mail.date.offsetFromUtc(), 3600);
    EXPECT_FALSE(mail.automated);
    EXPECT_TRUE(mail.problems.isEmpty()) << mail.problems.join(QLatin1Char('|')).toStdString();
}

TEST(MimeReaderTest, ReadsWindows1250Base64AndBEncodedSubject)
{
    const IncomingMail mail = readFixture("cp1250_base64.eml");
    EXPECT_EQ(mail.subject, QStringLiteral("Žádost o radu – šikana v práci"));
    EXPECT_EQ(mail.fromName, QStringLiteral("Petr Dvořák")); // raw UTF-8 in the header
    EXPECT_EQ(mail.text, QStringLiteral("Dobrý den,\nv práci mě šikanuje vedoucí a já už "
                                        "nemůžu spát.\nPetr"));
    EXPECT_TRUE(mail.problems.isEmpty());
}

TEST(MimeReaderTest, ReadsUtf88BitWithReplyToAndThreading)
{
    const IncomingMail mail = readFixture("utf8_8bit.eml");
    EXPECT_EQ(mail.subject, QStringLiteral("Re: Odpověď na můj dotaz"));
    EXPECT_EQ(mail.fromName, QStringLiteral("Klára Černá"));
    // Reply-To wins; only the domain is lower-cased.
    EXPECT_EQ(mail.fromAddress, QStringLiteral("Klara.Cerna@posta.example.cz"));
    EXPECT_EQ(mail.messageId, QByteArray("reply-2@posta.example.cz"));
    EXPECT_EQ(mail.inReplyTo, QByteArray("answer-1@linka.example.cz"));
    EXPECT_EQ(mail.references,
              (QList<QByteArray>{"first-0@posta.example.cz", "answer-1@linka.example.cz"}));
    EXPECT_TRUE(mail.text.startsWith(QStringLiteral("Dobrý den, píšu vám, protože vaše odpověď")));
    EXPECT_TRUE(mail.text.endsWith(QStringLiteral("Klára")));
}

TEST(MimeReaderTest, PrefersPlainTextOfAnAlternative)
{
    const IncomingMail mail = readFixture("alternative_html.eml");
    EXPECT_EQ(mail.subject, QStringLiteral("Prosím o radu"));
    EXPECT_EQ(mail.text, QStringLiteral("Dobrý den, píšu z mobilu.\nPotřebuji poradit, co dělat "
                                        "se sestrou."));
    EXPECT_FALSE(mail.text.contains(QStringLiteral("HTML-VERZE")));
    EXPECT_TRUE(mail.attachments.isEmpty());
}

TEST(MimeReaderTest, TurnsHtmlOnlyIntoSafePlainText)
{
    const IncomingMail mail = readFixture("html_only.eml");
    EXPECT_EQ(mail.text, QStringLiteral("Dobrý den,\n"
                                        "\n"
                                        "píšu vám, protože nevím kudy kam. Tom & Jerry <3 čau\n"
                                        "\n"
                                        "Mám tyto otázky:\n"
                                        "první\n"
                                        "druhá\n"
                                        "\n"
                                        "- škola\n"
                                        "- doma\n"
                                        "[Logo školy]\n"
                                        "\n"
                                        "Jana\n"
                                        "můj blog"));
    for (const char* hidden : {"TITULEK", "STYL-NEVIDITELNY", "SKRIPT", "KOMENTAR", "http"})
        EXPECT_FALSE(mail.text.contains(QString::fromLatin1(hidden))) << hidden;
    EXPECT_FALSE(mail.text.contains(QStringLiteral("<img")));
    EXPECT_TRUE(mail.attachments.isEmpty());
}

TEST(MimeReaderTest, ListsAttachmentsByNameAndSizeWithoutTheirContent)
{
    const IncomingMail mail = readFixture("attachment_rfc2231.eml");
    EXPECT_EQ(mail.subject, QStringLiteral("Posílám zprávu ze školy"));
    EXPECT_EQ(mail.text, QStringLiteral("Dobrý den, posílám zprávu ze školy, kterou jsme dostali."
                                        "\nMarek"));
    ASSERT_EQ(mail.attachments.size(), 2);
    EXPECT_EQ(mail.attachments[0].name, QStringLiteral("zpráva o škole č. 2.pdf"));
    EXPECT_EQ(mail.attachments[0].size, 1060); // the PDF's decoded bytes, from its base64
    // A text part with a file name is an attachment too: listed, not read.
    EXPECT_EQ(mail.attachments[1].name, QStringLiteral("poznámky.txt"));
    EXPECT_GT(mail.attachments[1].size, 40);
    EXPECT_FALSE(mail.text.contains(QStringLiteral("TAJNY-OBSAH")));
    EXPECT_FALSE(mail.text.contains(QStringLiteral("OBSAH-TEXTOVE-PRILOHY")));
    EXPECT_FALSE(mail.text.contains(QStringLiteral("850101")));
}

TEST(MimeReaderTest, ListsAForwardedMessageAsAnAttachmentWithoutReadingIt)
{
    const IncomingMail mail = readFixture("forwarded_rfc822.eml");
    EXPECT_EQ(mail.text, QStringLiteral("Posílám vám zprávu, kterou mi poslal bývalý partner. "
                                        "Bojím se."));
    ASSERT_EQ(mail.attachments.size(), 1);
    EXPECT_TRUE(mail.attachments[0].name.contains(QStringLiteral("Pozvánka")));
    EXPECT_GT(mail.attachments[0].size, 100);
    EXPECT_FALSE(mail.text.contains(QStringLiteral("VNORENY-TEXT")));
    EXPECT_EQ(mail.messageId, QByteArray("fwd-1@example.cz")); // the outer message's id
}

TEST(MimeReaderTest, RecognisesAnOutOfOfficeReply)
{
    const IncomingMail mail = readFixture("auto_reply.eml");
    EXPECT_TRUE(mail.automated);
    EXPECT_EQ(mail.automatedReason, QStringLiteral("Auto-Submitted"));
    EXPECT_EQ(mail.subject, QStringLiteral("Automatická odpověď: Vaše zpráva"));
}

TEST(MimeReaderTest, RecognisesABounceAndReadsOnlyItsNotification)
{
    const IncomingMail mail = readFixture("bounce.eml");
    EXPECT_TRUE(mail.automated);
    EXPECT_EQ(mail.automatedReason, QStringLiteral("Return-Path"));
    EXPECT_TRUE(mail.text.startsWith(QStringLiteral("This is the mail system at host")));
    EXPECT_FALSE(mail.text.contains(QStringLiteral("\r")));
    EXPECT_FALSE(mail.text.contains(QStringLiteral("Final-Recipient")));
    EXPECT_EQ(mail.attachments.size(), 2); // the delivery status and the returned headers
}

TEST(MimeReaderTest, ReadsATruncatedMultipartAndSaysSo)
{
    const IncomingMail mail = readFixture("truncated_multipart.eml");
    EXPECT_EQ(mail.text, QStringLiteral("Dobrý den, tohle je začátek mé zprávy."));
    ASSERT_EQ(mail.attachments.size(), 1);
    EXPECT_EQ(mail.attachments[0].name, QStringLiteral("fotka.jpg"));
    ASSERT_FALSE(mail.problems.isEmpty());
    EXPECT_TRUE(mail.problems.join(QLatin1Char(' ')).contains(QStringLiteral("incomplete")));
}

TEST(MimeReaderTest, ReadsBrokenBase64AndSaysSo)
{
    const IncomingMail mail = readFixture("bad_base64.eml");
    EXPECT_TRUE(mail.text.startsWith(QStringLiteral("Dobrý den, potřebuji pomoc.")));
    ASSERT_FALSE(mail.problems.isEmpty());
    EXPECT_TRUE(mail.problems.join(QLatin1Char(' ')).contains(QStringLiteral("broken encoding")));
}

TEST(MimeReaderTest, GuessesWindows1250ForAnUnknownCharset)
{
    const IncomingMail mail = readFixture("unknown_charset.eml");
    EXPECT_EQ(mail.text, QStringLiteral("Dobrý den, mám starost o dceru."));
    ASSERT_EQ(mail.problems.size(), 1);
    EXPECT_TRUE(mail.problems[0].contains(QStringLiteral("x-czech-unknown")));
}

TEST(MimeReaderTest, GuessesTheCharsetOfUnlabelled8BitMail)
{
    const IncomingMail mail = readFixture("unlabelled_cp1250.eml");
    EXPECT_EQ(mail.subject, QStringLiteral("Žádost"));
    EXPECT_EQ(mail.text, QStringLiteral("Dobrý den, píšu ze starého počítače."));

    const Result<IncomingMail> utf8 = MimeReader::read("From: a@example.cz\nSubject: x\n\n" +
                                                       QStringLiteral("Žluťoučký kůň").toUtf8());
    ASSERT_TRUE(utf8.has_value());
    EXPECT_EQ(utf8->text, QStringLiteral("Žluťoučký kůň"));
}

TEST(MimeReaderTest, ShowsInvalidUtf8AsReplacementCharacters)
{
    const IncomingMail mail = readFixture("invalid_utf8.eml");
    EXPECT_TRUE(mail.text.startsWith(QStringLiteral("Dobrý den, tady je chyba: ")));
    EXPECT_TRUE(mail.text.contains(QChar(0xFFFD)));
    EXPECT_TRUE(mail.text.endsWith(QStringLiteral("a dál text.")));
    EXPECT_EQ(mail.problems.size(), 1);
}

TEST(MimeReaderTest, ReadsMailWithoutSenderButNotesItCannotBeAnswered)
{
    const IncomingMail mail = readFixture("missing_from.eml");
    EXPECT_TRUE(mail.fromAddress.isEmpty());
    EXPECT_EQ(mail.text, QStringLiteral("Dobrý den, nechci říkat, kdo jsem."));
    ASSERT_EQ(mail.problems.size(), 1);
    EXPECT_TRUE(mail.problems[0].contains(QStringLiteral("no sender")));
}

TEST(MimeReaderTest, RefusesEmptyInput)
{
    for (const QByteArray& empty : {QByteArray(), QByteArray("\r\n \n")}) {
        const Result<IncomingMail> mail = MimeReader::read(empty);
        ASSERT_FALSE(mail.has_value());
        EXPECT_EQ(mail.error().code, ErrorCode::InvalidInput);
        EXPECT_FALSE(mail.error().message.isEmpty());
    }
}

TEST(MimeReaderTest, RefusesGarbage)
{
    for (const QByteArray& garbage :
         {mimeFixture("garbage.bin"), QByteArray("Dobrý den, tohle není e-mail, jen text.\n"),
          QByteArray(4096, '\0')}) {
        const Result<IncomingMail> mail = MimeReader::read(garbage);
        ASSERT_FALSE(mail.has_value());
        EXPECT_EQ(mail.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(mail.error().message.contains(QStringLiteral("not an e-mail")));
    }
}

TEST(MimeReaderTest, SurvivesRandomBytesAfterValidHeaders)
{
    QRandomGenerator random(14);
    for (int round = 0; round < 50; ++round) {
        QByteArray noise(int(random.bounded(1, 5000)), Qt::Uninitialized);
        for (char& c : noise)
            c = char(random.bounded(256));
        const QByteArray raw = "From: x@example.cz\nContent-Type: multipart/mixed; boundary=b\n\n"
                               "--b\n" +
                               noise;
        const Result<IncomingMail> mail = MimeReader::read(raw);
        ASSERT_TRUE(mail.has_value());
        EXPECT_FALSE(mail->text.contains(QChar(0)));
    }
}

TEST(MimeReaderTest, RefusesAMessageOverTheSizeLimit)
{
    QByteArray huge = plainMessage({}, {});
    huge += QByteArray(MimeReader::maxMessageBytes, 'a');
    const Result<IncomingMail> mail = MimeReader::read(huge);
    ASSERT_FALSE(mail.has_value());
    EXPECT_EQ(mail.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(mail.error().message.contains(QStringLiteral("too large")));
}

TEST(MimeReaderTest, CutsAVeryLongTextAndSaysSo)
{
    QByteArray body;
    while (body.size() < 300000)
        body += "Dlouhý řádek textu, který se stále opakuje.\n";
    const Result<IncomingMail> mail = MimeReader::read(plainMessage({}, body));
    ASSERT_TRUE(mail.has_value());
    EXPECT_EQ(mail->text.size(), MimeReader::maxTextChars);
    ASSERT_EQ(mail->problems.size(), 1);
    EXPECT_TRUE(mail->problems[0].contains(QStringLiteral("very long")));
}

TEST(MimeReaderTest, KeepsControlCharactersOutOfSubjectsAndNames)
{
    const char raw[] = "From: =?utf-8?q?Eva=0D=0ABcc=3A_x=40evil.example?= <eva@example.cz>\r\n"
                       "Subject: =?utf-8?q?Ahoj=0D=0ABcc=3A_y=40evil.example?=\r\n\r\n"
                       "Text\0s NUL\r\n";
    const Result<IncomingMail> mail = MimeReader::read(QByteArray(raw, sizeof raw - 1));
    ASSERT_TRUE(mail.has_value());
    EXPECT_EQ(mail->subject, QStringLiteral("Ahoj Bcc: y@evil.example"));
    EXPECT_EQ(mail->fromName, QStringLiteral("Eva Bcc: x@evil.example"));
    EXPECT_EQ(mail->text, QStringLiteral("Texts NUL"));

    const Result<IncomingMail> nul =
        MimeReader::read("From: a@example.cz\r\nSubject: =?utf-8?q?a=00b=07c?=\r\n\r\nx");
    ASSERT_TRUE(nul.has_value());
    EXPECT_FALSE(nul->subject.contains(QChar(0)));
    EXPECT_FALSE(nul->subject.contains(QChar(7)));
}

// Each way a message shows it was written by a machine (RFC 3834, RFC 2369, RFC 5321).
struct AutomatedCase
{
    const char* header;
    const char* reason; ///< empty: a person wrote it
};

class MimeReaderAutomatedTest : public testing::TestWithParam<AutomatedCase>
{};

TEST_P(MimeReaderAutomatedTest, RecognisesAutomatedMail)
{
    const AutomatedCase& c = GetParam();
    const Result<IncomingMail> mail =
        MimeReader::read(plainMessage(QByteArray(c.header) + "\r\n", "Dobrý den\r\n"));
    ASSERT_TRUE(mail.has_value());
    EXPECT_EQ(mail->automated, *c.reason != '\0') << c.header;
    EXPECT_EQ(mail->automatedReason, QString::fromLatin1(c.reason)) << c.header;
}

INSTANTIATE_TEST_SUITE_P(
    Headers, MimeReaderAutomatedTest,
    testing::Values(
        AutomatedCase{"Auto-Submitted: auto-replied", "Auto-Submitted"},
        AutomatedCase{"Auto-Submitted: auto-generated", "Auto-Submitted"},
        AutomatedCase{"auto-submitted: Auto-Notified; owner-email=x@y.cz", "Auto-Submitted"},
        AutomatedCase{"Auto-Submitted: no", ""}, AutomatedCase{"Precedence: bulk", "Precedence"},
        AutomatedCase{"Precedence: list", "Precedence"},
        AutomatedCase{"Precedence: junk", "Precedence"},
        AutomatedCase{"Precedence: auto_reply", "Precedence"},
        AutomatedCase{"Precedence: first-class", ""},
        AutomatedCase{"List-Id: Rodiče <rodice.lists.example.cz>", "List-Id"},
        AutomatedCase{"List-Unsubscribe: <mailto:leave@lists.example.cz>", "List-Unsubscribe"},
        AutomatedCase{"X-Autoreply: yes", "X-Autoreply"},
        AutomatedCase{"X-Autorespond: Out of office", "X-Autorespond"},
        AutomatedCase{"Return-Path: <>", "Return-Path"},
        AutomatedCase{"Return-Path: < >", "Return-Path"},
        AutomatedCase{"Return-Path: <jana@example.cz>", ""},
        AutomatedCase{"X-Mailer: Thunderbird", ""}));

TEST(MimeReaderTest, RecognisesBouncesBySenderAndReportType)
{
    const QByteArray daemon = "From: MAILER-DAEMON@mx.example.cz\r\nSubject: failure\r\n\r\nx\r\n";
    EXPECT_EQ(MimeReader::read(daemon)->automatedReason, QStringLiteral("From"));
    const QByteArray postmaster = "From: Postmaster <postmaster@example.cz>\r\nSubject: x\r\n\r\nx";
    EXPECT_EQ(MimeReader::read(postmaster)->automatedReason, QStringLiteral("From"));
    const QByteArray report =
        "From: mx@example.cz\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=r\r\n\r\n"
        "--r\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--r--\r\n";
    const Result<IncomingMail> mail = MimeReader::read(report);
    ASSERT_TRUE(mail.has_value());
    EXPECT_EQ(mail->automatedReason, QStringLiteral("Content-Type"));
    EXPECT_EQ(mail->text, QStringLiteral("failed"));
}

TEST(MimeReaderTest, ReadsSubjectsSplitIntoPaddedBase64Words)
{
    // GMime 3.2.13 alone reads "Hello" here (its issue #133); Czech subjects split like this
    // come from Outlook and from GMime's own writer.
    const Result<IncomingMail> hello = MimeReader::read(
        "From: =?UTF-8?B?S2zDoXJh?= =?UTF-8?B?IMSMZXJuw6E=?= =?UTF-8?B?IHo=?= <k@example.cz>\r\n"
        "Subject: =?UTF-8?B?SGVsbG8=?= =?UTF-8?B?IHdvcmxk?=\r\n\r\nx");
    ASSERT_TRUE(hello.has_value());
    EXPECT_EQ(hello->subject, QStringLiteral("Hello world"));
    EXPECT_EQ(hello->fromName, QStringLiteral("Klára Černá z"));

    const Result<IncomingMail> czech = MimeReader::read(
        "From: a@example.cz\r\n"
        "Subject: =?utf-8?b?UHJvc8OtbQ==?=\r\n =?utf-8?b?IG8gcG9tb2M=?=\r\n"
        " =?iso-8859-2?q?_se_synem?=\r\n\r\n=?utf-8?b?SGVsbG8=?= stays in the body");
    ASSERT_TRUE(czech.has_value());
    EXPECT_EQ(czech->subject, QStringLiteral("Prosím o pomoc se synem"));
    EXPECT_EQ(czech->text, QStringLiteral("=?utf-8?b?SGVsbG8=?= stays in the body"));
}
