#include "core/mail/smtp/SmtpReplyReader.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

TEST(SmtpReplyReaderTest, ReadsAMultiLineReplyFedInPieces)
{
    SmtpReplyReader reader;
    reader.append("250-sink.test\r\n250-AUTH PLA");
    auto next = reader.next();
    ASSERT_TRUE(next.has_value());
    EXPECT_FALSE(next->has_value()) << "the reply is not complete yet";
    reader.append("IN LOGIN\r\n250 8BITMIME\r\n220 next");
    next = reader.next();
    ASSERT_TRUE(next.has_value() && next->has_value());
    const SmtpReply& reply = **next;
    EXPECT_EQ(reply.code, 250);
    ASSERT_EQ(reply.lines.size(), 3);
    EXPECT_EQ(reply.lines[1], QByteArray("AUTH PLAIN LOGIN"));
    EXPECT_EQ(reply.toString(), QStringLiteral("250 sink.test / AUTH PLAIN LOGIN / 8BITMIME"));
    EXPECT_EQ(reader.pendingBytes(), 8) << "the bytes of the next reply stay";
}

TEST(SmtpReplyReaderTest, AcceptsACodeWithoutTextAndBareLineFeeds)
{
    SmtpReplyReader reader;
    reader.append("354\n");
    const auto next = reader.next();
    ASSERT_TRUE(next.has_value() && next->has_value());
    EXPECT_EQ((*next)->code, 354);
}

TEST(SmtpReplyReaderTest, RefusesAnEndlessLineBeforeItEnds)
{
    SmtpReplyReader reader;
    reader.append("220 " + QByteArray(SmtpReplyReader::MaxLineBytes, 'x'));
    const auto next = reader.next();
    ASSERT_FALSE(next.has_value());
    EXPECT_TRUE(next.error().contains(QStringLiteral("longer than")));
    reader.append("\r\n");
    EXPECT_FALSE(reader.next().has_value()) << "a failed reader stays failed";
}

TEST(SmtpReplyReaderTest, RefusesAnEndlessReplyOfShortLines)
{
    SmtpReplyReader reader;
    QByteArray flood;
    while (flood.size() <= SmtpReplyReader::MaxReplyBytes)
        flood += "250-more and more extensions\r\n";
    reader.append(flood);
    EXPECT_FALSE(reader.next().has_value());
}

TEST(SmtpReplyReaderTest, RefusesWhatIsNoSmtpReply)
{
    for (const QByteArray& bad : {QByteArray("* OK IMAP4rev1 ready\r\n"), QByteArray("2x0 hm\r\n"),
                                  QByteArray("650 no such class\r\n"), QByteArray("250_x\r\n"),
                                  QByteArray("250-a\r\n251 b\r\n")}) {
        SmtpReplyReader reader;
        reader.append(bad);
        EXPECT_FALSE(reader.next().has_value()) << bad.constData();
    }
}

} // namespace
} // namespace kotva
