// What Kotva sends: plain UTF-8 text that every client reads, threaded under the client's
// message, marked as automatic when it is the acknowledgement, and never a header injection.

#include "core/mail/mime/MimeWriter.h"

#include "core/mail/mime/MimeReader.h"
#include "tests/mail/mime/MimeTestSupport.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace kotva;

namespace {

OutgoingMail answer()
{
    OutgoingMail mail;
    mail.fromAddress = QStringLiteral("poradna@linka.example.cz");
    mail.fromName = QStringLiteral("Linka důvěry Ústí");
    mail.toAddress = QStringLiteral("jana.novakova@example.cz");
    mail.subject = QStringLiteral("Re: Prosím o pomoc se synem – odpověď poradny");
    mail.text = QStringLiteral("Dobrý den, paní Nováková,\n\nděkujeme, že jste nám napsala. "
                               "Zkuste se synem mluvit v klidu, až bude chtít.\n\n"
                               "S pozdravem\nPoradna");
    mail.inReplyTo = "a1b2c3@mail.example.cz";
    mail.references = {"first@mail.example.cz"};
    mail.date = QDateTime(QDate(2026, 12, 3), QTime(10, 30), QTimeZone(3600));
    return mail;
}

QByteArray composed(const OutgoingMail& mail)
{
    const Result<QByteArray> bytes = MimeWriter::compose(mail);
    EXPECT_TRUE(bytes.has_value()) << (bytes ? std::string() : bytes.error().message.toStdString());
    return bytes.value_or(QByteArray());
}

QByteArray headerBlock(const QByteArray& message)
{
    return message.left(message.indexOf("\r\n\r\n") + 2);
}

} // namespace

TEST(MimeWriterTest, RoundTripsThroughTheReader)
{
    const OutgoingMail mail = answer();
    const Result<IncomingMail> read = MimeReader::read(composed(mail));
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->subject, mail.subject);
    EXPECT_EQ(read->text, mail.text);
    EXPECT_EQ(read->fromAddress, mail.fromAddress);
    EXPECT_EQ(read->fromName, mail.fromName);
    EXPECT_EQ(read->inReplyTo, QByteArray("a1b2c3@mail.example.cz"));
    EXPECT_EQ(read->references,
              (QList<QByteArray>{"first@mail.example.cz", "a1b2c3@mail.example.cz"}));
    EXPECT_EQ(read->date, mail.date);
    EXPECT_FALSE(read->automated);
    EXPECT_TRUE(read->problems.isEmpty());
}

TEST(MimeWriterTest, RoundTripsALongCzechSubjectFoldedIntoManyWords)
{
    OutgoingMail mail = answer();
    mail.subject =
        QStringLiteral("Re: Ro’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’zbité kódování, "
                       "žluťoučký kůň úpěl ďábelské ódy – příliš dlouhý předmět");
    const Result<IncomingMail> read = MimeReader::read(composed(mail));
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->subject, mail.subject);
}

TEST(MimeWriterTest, EncodesASubjectThatLooksLikeEncodedWords)
{
    // Found by fuzz_mime: GMime writes "=?" literally, and then nobody decodes what follows.
    OutgoingMail mail = answer();
    for (const QString& subject :
         {QStringLiteral("=?iype: text/plain; charset†utf-8"),
          QStringLiteral("Re: =?utf-8?b?SGVsbG8=?= je zakódované 😊 slovo"), QStringLiteral("=?")}) {
        mail.subject = subject;
        const QByteArray bytes = composed(mail);
        const Result<IncomingMail> read = MimeReader::read(bytes);
        ASSERT_TRUE(read.has_value());
        EXPECT_EQ(read->subject, subject);
        EXPECT_FALSE(headerBlock(bytes).contains("Subject: =?iype"));
    }
}

TEST(MimeWriterTest, WritesSevenBitUtf8WithCrlfLineEnds)
{
    const QByteArray bytes = composed(answer());
    for (const char c : bytes)
        ASSERT_LT(static_cast<unsigned char>(c), 0x80);
    EXPECT_FALSE(QRegularExpression(QStringLiteral("[^\\r]\\n"))
                     .match(QString::fromLatin1(bytes))
                     .hasMatch());
    EXPECT_FALSE(bytes.contains("\r\r"));
    const QByteArray headers = headerBlock(bytes);
    EXPECT_TRUE(headers.contains("Content-Type: text/plain; charset=utf-8\r\n"));
    EXPECT_TRUE(headers.contains("Content-Transfer-Encoding: quoted-printable\r\n"));
    // Encoded words in UTF-8 only where needed, so clients can show the subject and name.
    EXPECT_TRUE(headers.toLower().contains("\r\nsubject: re: =?utf-8?"));
    EXPECT_TRUE(headers.toLower().contains("\r\nfrom: linka =?utf-8?"));
    EXPECT_TRUE(headers.contains("MIME-Version: 1.0\r\n"));
    EXPECT_TRUE(headers.contains("In-Reply-To: <a1b2c3@mail.example.cz>\r\n"));
    EXPECT_TRUE(headers.contains("References: <first@mail.example.cz> <a1b2c3@mail.example.cz>"));
    EXPECT_FALSE(headers.contains("Auto-Submitted"));
}

TEST(MimeWriterTest, MarksTheAcknowledgementAsAnAutomaticReply)
{
    OutgoingMail mail = answer();
    mail.autoReply = true;
    const QByteArray bytes = composed(mail);
    const QByteArray headers = headerBlock(bytes);
    EXPECT_TRUE(headers.contains("\r\nAuto-Submitted: auto-replied\r\n"));
    EXPECT_TRUE(headers.contains("\r\nX-Auto-Response-Suppress: All\r\n"));
    const Result<IncomingMail> read = MimeReader::read(bytes);
    ASSERT_TRUE(read.has_value());
    EXPECT_TRUE(read->automated);
    EXPECT_EQ(read->automatedReason, QStringLiteral("Auto-Submitted"));
}

TEST(MimeWriterTest, GeneratesAMessageIdInTheSendersDomain)
{
    OutgoingMail mail = answer();
    const Result<IncomingMail> first = MimeReader::read(composed(mail));
    const Result<IncomingMail> second = MimeReader::read(composed(mail));
    ASSERT_TRUE(first && second);
    EXPECT_TRUE(first->messageId.endsWith("@linka.example.cz")) << first->messageId.toStdString();
    EXPECT_GE(first->messageId.size(), 32 + 1 + 16);
    EXPECT_NE(first->messageId, second->messageId);

    mail.messageId = "<chosen-1@linka.example.cz>";
    EXPECT_EQ(MimeReader::read(composed(mail))->messageId, QByteArray("chosen-1@linka.example.cz"));
}

TEST(MimeWriterTest, WritesAFirstMessageWithoutThreadingHeaders)
{
    OutgoingMail mail = answer();
    mail.inReplyTo.clear();
    mail.references.clear();
    mail.fromName.clear();
    const QByteArray headers = headerBlock(composed(mail));
    EXPECT_FALSE(headers.contains("In-Reply-To"));
    EXPECT_FALSE(headers.contains("References"));
    EXPECT_TRUE(headers.contains("From: poradna@linka.example.cz\r\n"));
}

TEST(MimeWriterTest, DoesNotRepeatTheAnsweredIdInReferences)
{
    OutgoingMail mail = answer();
    mail.references = {"first@mail.example.cz", "a1b2c3@mail.example.cz"};
    EXPECT_EQ(MimeReader::read(composed(mail))->references,
              (QList<QByteArray>{"first@mail.example.cz", "a1b2c3@mail.example.cz"}));
}

TEST(MimeWriterTest, KeepsLongLinesAndLineEndsOfTheText)
{
    OutgoingMail mail = answer();
    mail.text = QStringLiteral("řádek ").repeated(200) + QStringLiteral("\r\nkonec\rúplný");
    const Result<IncomingMail> read = MimeReader::read(composed(mail));
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->text,
              QStringLiteral("řádek ").repeated(200) + QStringLiteral("\nkonec\núplný"));
}

struct InjectionCase
{
    const char* field;
    void (*spoil)(OutgoingMail&);
};

class MimeWriterInjectionTest : public testing::TestWithParam<InjectionCase>
{};

TEST_P(MimeWriterInjectionTest, RefusesLineBreaksInHeaders)
{
    OutgoingMail mail = answer();
    GetParam().spoil(mail);
    const Result<QByteArray> bytes = MimeWriter::compose(mail);
    ASSERT_FALSE(bytes.has_value()) << GetParam().field;
    EXPECT_EQ(bytes.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(bytes.error().message.isEmpty());
    EXPECT_EQ(bytes.error().detail, QString::fromLatin1(GetParam().field));
}

INSTANTIATE_TEST_SUITE_P(
    Fields, MimeWriterInjectionTest,
    testing::Values(
        InjectionCase{
            "subject",
            [](OutgoingMail& m) { m.subject += QStringLiteral("\r\nBcc: x@evil.example"); }},
        InjectionCase{
            "subject",
            [](OutgoingMail& m) { m.subject += QStringLiteral("\nBcc: x@evil.example"); }},
        InjectionCase{"fromName",
                      [](OutgoingMail& m) { m.fromName += QStringLiteral("\rBcc: x"); }},
        InjectionCase{
            "to",
            [](OutgoingMail& m) { m.toAddress += QStringLiteral("\r\nBcc: x@evil.example"); }},
        InjectionCase{
            "to", [](OutgoingMail& m) { m.toAddress = QStringLiteral("a@b.cz, c@evil.example"); }},
        InjectionCase{"to", [](OutgoingMail& m) { m.toAddress = QStringLiteral("Jana <a@b.cz>"); }},
        InjectionCase{"to", [](OutgoingMail& m) { m.toAddress.clear(); }},
        InjectionCase{"from", [](OutgoingMail& m) { m.fromAddress = QStringLiteral("poradna"); }},
        InjectionCase{"message-id", [](OutgoingMail& m) { m.inReplyTo += "\r\nBcc: x"; }},
        InjectionCase{"message-id", [](OutgoingMail& m) { m.references << "a b@c"; }},
        InjectionCase{"message-id", [](OutgoingMail& m) { m.messageId = "x\n@y"; }},
        InjectionCase{"text", [](OutgoingMail& m) { m.text += QChar(0); }}));
