#include "core/exchange/ExchangeCard.h"

#include "core/keys/slots/ShareEnvelope.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

ExchangeCard teamCard()
{
    auto keys = ExchangeKeys::generateTeamKeys();
    EXPECT_TRUE(keys.has_value());
    return ExchangeCard{ExchangeCard::Kind::Team, QStringLiteral("Kotva Brno"), keys->publicKey};
}

TEST(ExchangeCardTest, ACardReadsBackAsWritten)
{
    const ExchangeCard card = teamCard();
    const auto read = ExchangeCard::fromFile(card.toFile(), ExchangeCard::Kind::Team);
    ASSERT_TRUE(read.has_value()) << read.error().toString().toStdString();
    EXPECT_EQ(read->name, card.name);
    EXPECT_EQ(read->publicKey, card.publicKey);
    EXPECT_EQ(read->fingerprint(), card.fingerprint());
}

TEST(ExchangeCardTest, ATeamCardIsNoMemberCard)
{
    const auto read = ExchangeCard::fromFile(teamCard().toFile(), ExchangeCard::Kind::Member);
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("member card")));
}

TEST(ExchangeCardTest, DamagedCardsAreRefused)
{
    const QByteArray file = teamCard().toFile();
    QByteArray shortKey = file;
    shortKey.replace("\"key\": \"", "\"key\": \"AAAA");
    const QList<QByteArray> files = {
        QByteArray(),
        QByteArray("KOTVA-TEAM-CARD 1\n{"),
        file.left(file.size() / 2),
        shortKey,
        QByteArray(QByteArray("KOTVA-TEAM-CARD 1\n{\"name\": \"\", \"key\": \"") +
                   QByteArray(32, 'a').toBase64() + "\"}"),
        QByteArray("KOTVA-TEAM-CARD 1\n[1, 2]"),
        QByteArray(100000, 'x')};
    for (const QByteArray& damaged : files) {
        const auto read = ExchangeCard::fromFile(damaged, ExchangeCard::Kind::Team);
        EXPECT_FALSE(read.has_value()) << damaged.left(60).toStdString();
    }
}

TEST(ExchangeCardTest, FingerprintsCanBeReadAloudAndTellKeysApart)
{
    const ExchangeCard one = teamCard();
    const ExchangeCard other = teamCard();
    EXPECT_NE(one.fingerprint(), other.fingerprint());
    // Five groups of four, without 0/O and 1/I.
    EXPECT_EQ(one.fingerprint().size(), 24);
    EXPECT_EQ(one.fingerprint().count(QLatin1Char('-')), 4);
    for (const QChar c : one.fingerprint())
        EXPECT_FALSE(QStringLiteral("01OI").contains(c));
}

} // namespace
} // namespace kotva
