// The file a worker on another PC sends the team lead (issue 15, "Workers on other PCs"):
// sealed to the team's public key and signed by the member, with real libsodium. A file for
// another team, an altered byte, a file signed by someone else, and an older file sent again
// are all refused; the same file twice is recognised as already imported.

#include "core/keys/slots/ShareEnvelope.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

const QDateTime Made(QDate(2026, 12, 4), QTime(16, 30), QTimeZone::utc());
const QByteArray Payload = QByteArrayLiteral(R"({"notes":[{"text":"Pro tým: hranice."}]})");

class ShareEnvelopeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto teamKeys = ExchangeKeys::generateTeamKeys();
        auto memberKeys = ExchangeKeys::generateSigningKeys();
        ASSERT_TRUE(teamKeys && memberKeys);
        team = std::move(*teamKeys);
        member = std::move(*memberKeys);
    }

    QByteArray file(quint64 sequence, const QByteArray& payload = Payload) const
    {
        auto sealed = ShareEnvelope::seal(payload, sequence, Made, member, team.publicKey);
        EXPECT_TRUE(sealed.has_value());
        return sealed.value_or(QByteArray());
    }

    ExchangeKeys team;
    ExchangeKeys member;
};

TEST_F(ShareEnvelopeTest, TheTeamOpensWhatTheMemberSealedAndSeesWhoSignedIt)
{
    const QByteArray sealed = file(7);
    EXPECT_FALSE(sealed.contains("hranice")) << "the file is sealed, not readable on the way";
    const auto opened = ShareEnvelope::open(sealed, team);
    ASSERT_TRUE(opened.has_value()) << opened.error().toString().toStdString();
    EXPECT_EQ(opened->payload, Payload);
    EXPECT_EQ(opened->signerKey, member.publicKey);
    EXPECT_EQ(opened->sequence, 7u);
    EXPECT_EQ(opened->createdAtUtc, Made);
    EXPECT_EQ(opened->digest.size(), 32);
}

TEST_F(ShareEnvelopeTest, AnotherTeamCannotOpenIt)
{
    auto other = ExchangeKeys::generateTeamKeys();
    ASSERT_TRUE(other.has_value());
    const auto opened = ShareEnvelope::open(file(1), *other);
    ASSERT_FALSE(opened.has_value());
    EXPECT_EQ(opened.error().code, ErrorCode::WrongKey);
    EXPECT_FALSE(opened.error().message.isEmpty());
}

TEST_F(ShareEnvelopeTest, AnyAlteredByteIsRefused)
{
    const QByteArray sealed = file(1);
    for (qsizetype at : {qsizetype(20), sealed.size() / 2, sealed.size() - 1}) {
        QByteArray altered = sealed;
        altered[at] = char(altered[at] ^ 0x01);
        const auto opened = ShareEnvelope::open(altered, team);
        ASSERT_FALSE(opened.has_value()) << "byte " << at;
        EXPECT_EQ(opened.error().code, ErrorCode::WrongKey);
    }
    EXPECT_EQ(ShareEnvelope::open(sealed.left(40), team).error().code, ErrorCode::WrongKey);
    EXPECT_EQ(ShareEnvelope::open(QByteArrayLiteral("%PDF-1.7"), team).error().code,
              ErrorCode::InvalidInput);
}

TEST_F(ShareEnvelopeTest, AFileSignedBySomeoneElseCarriesTheirKeyNotTheMembers)
{
    // Anyone may seal to the team's public key; the importer sees whose key signed it and
    // refuses a key that is not a member's.
    auto stranger = ExchangeKeys::generateSigningKeys();
    ASSERT_TRUE(stranger.has_value());
    const auto sealed = ShareEnvelope::seal(Payload, 1, Made, *stranger, team.publicKey);
    ASSERT_TRUE(sealed.has_value());
    const auto opened = ShareEnvelope::open(*sealed, team);
    ASSERT_TRUE(opened.has_value());
    EXPECT_EQ(opened->signerKey, stranger->publicKey);
    EXPECT_NE(opened->signerKey, member.publicKey);
}

TEST_F(ShareEnvelopeTest, TheSameFileTwiceChangesNothingAndAnOlderOneIsARepeat)
{
    const auto first = ShareEnvelope::open(file(3), team);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(shareFreshness(std::nullopt, {}, *first), ShareFreshness::New);
    EXPECT_EQ(shareFreshness(2, QByteArrayLiteral("older"), *first), ShareFreshness::New);
    // The same file again: already imported.
    const auto again = ShareEnvelope::open(file(3), team);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->digest, first->digest);
    EXPECT_EQ(shareFreshness(3, first->digest, *again), ShareFreshness::AlreadyImported);
    // An older file, or another with a number already used, is sent again or forged.
    const auto older = ShareEnvelope::open(file(2), team);
    ASSERT_TRUE(older.has_value());
    EXPECT_EQ(shareFreshness(3, first->digest, *older), ShareFreshness::Replayed);
    const auto sameNumber =
        ShareEnvelope::open(file(3, QByteArrayLiteral(R"({"notes":[]})")), team);
    ASSERT_TRUE(sameNumber.has_value());
    EXPECT_EQ(shareFreshness(3, first->digest, *sameNumber), ShareFreshness::Replayed);
}

} // namespace
} // namespace kotva
