// format=flowed (RFC 3676): the client's sentences as they wrote them, not cut at 72 columns.

#include "core/mail/mime/FlowedText.h"

#include "core/mail/mime/MimeReader.h"
#include "tests/mail/mime/MimeTestSupport.h"

#include <gtest/gtest.h>

using namespace kotva;

TEST(FlowedTextTest, JoinsSoftBreaksAndKeepsHardOnes)
{
    EXPECT_EQ(FlowedText::unflow(QStringLiteral("Dobrý den, píšu vám, protože \nnevím, co dělat.\n"
                                                "\nJana"),
                                 false),
              QStringLiteral("Dobrý den, píšu vám, protože nevím, co dělat.\n\nJana"));
}

TEST(FlowedTextTest, RemovesTheAddedSpaceWithDelSp)
{
    EXPECT_EQ(FlowedText::unflow(QStringLiteral("Žluťou \nčký kůň"), true),
              QStringLiteral("Žluťoučký kůň"));
}

TEST(FlowedTextTest, KeepsSignatureSeparatorQuotesAndSpaceStuffing)
{
    EXPECT_EQ(FlowedText::unflow(QStringLiteral("Ahoj\n-- \nJana"), false),
              QStringLiteral("Ahoj\n-- \nJana"));
    EXPECT_EQ(
        FlowedText::unflow(QStringLiteral("> citace \n> pokračuje\nodpověď \n>> hlubší"), false),
        QStringLiteral("> citace pokračuje\nodpověď \n>> hlubší"));
    EXPECT_EQ(FlowedText::unflow(QStringLiteral(" From me"), false), QStringLiteral("From me"));
}

TEST(FlowedTextTest, TheReaderUnflowsFlowedParts)
{
    const Result<IncomingMail> mail =
        MimeReader::read("From: a@example.cz\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                         "Content-Type: text/plain; charset=us-ascii; format=flowed\r\n\r\n"
                         "Dobry den, pisu vam, protoze \r\nnevim, co delat.\r\n");
    ASSERT_TRUE(mail.has_value());
    EXPECT_EQ(mail->text, QStringLiteral("Dobry den, pisu vam, protoze nevim, co delat."));
}
