#include "core/mail/TlsPolicy.h"
#include "tests/mail/smtp/SmtpTestSupport.h"
#include "tests/mail/support/TestCertificates.h"

#include <gtest/gtest.h>

namespace kotva::test {
namespace {

// Each certificate the client must refuse, and what the refusal must say.
class SmtpClientCertificateTest : public testing::TestWithParam<const char*>
{};

TEST_P(SmtpClientCertificateTest, RefusesTheCertificateBeforeThePassword)
{
    SmtpSink::Options options;
    options.certificate = QString::fromLatin1(GetParam());
    SmtpSink sink(options);
    SmtpClient client(sink.account(), secret(SmtpSink::password()));
    const auto sent = client.send(simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Certificate)
        << sent.error().message.toStdString() << " / " << sent.error().detail.toStdString();
    ASSERT_FALSE(client.certificateErrors().isEmpty());
    EXPECT_TRUE(sent.error().message.contains(TlsPolicy::describe(client.certificateErrors())));
    // The UI shows this certificate and may let the organisation pin it.
    EXPECT_EQ(client.peerCertificate(),
              TestCertificates::shared().certificate(QString::fromLatin1(GetParam())));
    EXPECT_EQ(sink.authCommands(), 0) << "the password never left";
    EXPECT_TRUE(sink.messages().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Refused, SmtpClientCertificateTest,
                         testing::Values("expired", "wronghost", "selfsigned"),
                         [](const testing::TestParamInfo<const char*>& param) {
                             return std::string(param.param);
                         });

TEST(SmtpClientTlsTest, SendsThroughAPinnedSelfSignedCertificate)
{
    SmtpSink::Options options;
    options.certificate = QStringLiteral("selfsigned");
    SmtpSink sink(options);
    MailAccount account = sink.account();
    account.trust.pinnedSha256 = {
        TlsPolicy::sha256(TestCertificates::shared().certificate(QStringLiteral("selfsigned")))};
    const auto sent = sendWith(account, simpleEnvelope());
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
    EXPECT_EQ(sink.messages().size(), 1);
}

TEST(SmtpClientTlsTest, APinDoesNotCoverAnotherCertificate)
{
    SmtpSink::Options options;
    options.certificate = QStringLiteral("expired");
    SmtpSink sink(options);
    MailAccount account = sink.account();
    account.trust.pinnedSha256 = {
        TlsPolicy::sha256(TestCertificates::shared().certificate(QStringLiteral("selfsigned")))};
    const auto sent = sendWith(account, simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Certificate);
    EXPECT_EQ(sink.authCommands(), 0);
}

} // namespace
} // namespace kotva::test
