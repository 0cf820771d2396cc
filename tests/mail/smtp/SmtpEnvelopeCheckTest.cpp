#include "core/mail/smtp/SmtpEnvelopeCheck.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

class SmtpAddressTest : public testing::TestWithParam<std::pair<const char*, bool>>
{};

TEST_P(SmtpAddressTest, DecidesWhetherAnAddressIsSafe)
{
    EXPECT_EQ(SmtpEnvelopeCheck::isSafeAddress(QString::fromUtf8(GetParam().first)),
              GetParam().second)
        << GetParam().first;
}

INSTANTIATE_TEST_SUITE_P(
    Addresses, SmtpAddressTest,
    testing::Values(std::pair{"klient@example.cz", true},
                    std::pair{"jan.novak+x@mail.example.cz", true}, std::pair{"", false},
                    std::pair{"bez-zavinace", false}, std::pair{"@example.cz", false},
                    std::pair{"klient@", false}, std::pair{"a@b@example.cz", false},
                    std::pair{"klient@example..cz", false},
                    std::pair{"klient@example.cz\r\nRCPT TO:<evil@example.org>", false},
                    std::pair{"klient@example.cz\nBcc: evil@example.org", false},
                    std::pair{"klient@example.cz>", false}, std::pair{"<klient@example.cz", false},
                    std::pair{"klient@example.cz NOTIFY=NEVER", false},
                    std::pair{"klient@example.cz\tx", false},
                    std::pair{"\"quoted\"@example.cz", false}, std::pair{"a,b@example.cz", false},
                    std::pair{"jiří@example.cz", false},
                    std::pair{"klient@exa\x7fmple.cz", false}));

SmtpEnvelope envelope()
{
    return SmtpEnvelope{QStringLiteral("poradna@kotva.test"),
                        {QStringLiteral("klient@example.cz")},
                        QByteArray("Subject: x\r\n\r\nbody\r\n")};
}

TEST(SmtpEnvelopeCheckTest, AcceptsAPlainEnvelope)
{
    EXPECT_TRUE(SmtpEnvelopeCheck::check(envelope()).has_value());
}

TEST(SmtpEnvelopeCheckTest, NamesTheRefusedRecipient)
{
    SmtpEnvelope bad = envelope();
    bad.recipients << QStringLiteral("evil@example.org>\r\nDATA");
    const auto checked = SmtpEnvelopeCheck::check(bad);
    ASSERT_FALSE(checked.has_value());
    EXPECT_EQ(checked.error().failure, MailFailure::Rejected);
    EXPECT_TRUE(checked.error().message.contains(QStringLiteral("evil@example.org")));
}

TEST(SmtpEnvelopeCheckTest, RefusesMissingPartsAndTooManyRecipients)
{
    SmtpEnvelope noRecipient = envelope();
    noRecipient.recipients.clear();
    EXPECT_FALSE(SmtpEnvelopeCheck::check(noRecipient).has_value());
    SmtpEnvelope noSender = envelope();
    noSender.from = QStringLiteral("poradna@kotva.test\r\nRSET");
    EXPECT_FALSE(SmtpEnvelopeCheck::check(noSender).has_value());
    SmtpEnvelope empty = envelope();
    empty.message = "\r\n";
    EXPECT_FALSE(SmtpEnvelopeCheck::check(empty).has_value());
    SmtpEnvelope longest = envelope();
    longest.message = "Subject: x\r\n\r\n" + QByteArray(SmtpEnvelopeCheck::MaxLineBytes, 'a') +
                      "\r\n" + QByteArray(SmtpEnvelopeCheck::MaxLineBytes, 'b');
    EXPECT_TRUE(SmtpEnvelopeCheck::check(longest).has_value());
    SmtpEnvelope tooLong = envelope();
    tooLong.message = "Subject: x\n\n" + QByteArray(SmtpEnvelopeCheck::MaxLineBytes + 1, 'a');
    EXPECT_FALSE(SmtpEnvelopeCheck::check(tooLong).has_value());
    SmtpEnvelope crowd = envelope();
    for (int i = 0; i < SmtpEnvelopeCheck::MaxRecipients; ++i)
        crowd.recipients << QStringLiteral("k%1@example.cz").arg(i);
    EXPECT_FALSE(SmtpEnvelopeCheck::check(crowd).has_value());
}

} // namespace
} // namespace kotva
