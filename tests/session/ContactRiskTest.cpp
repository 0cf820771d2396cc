#include "core/session/ContactRisk.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

Turn clientTurn(RiskLevel risk, QList<SignalKind> kinds)
{
    Turn turn;
    turn.author = Author::Client;
    turn.risk = risk;
    turn.signalKinds = std::move(kinds);
    return turn;
}

Contact openContactAt(RiskLevel highest)
{
    Contact contact;
    contact.state = ContactState::Open;
    contact.highestRisk = highest;
    return contact;
}

TEST(ContactRisk, AnOpenContactComesBackWithItsStrongestClientTurn)
{
    const QList<Turn> turns{clientTurn(RiskLevel::Acute, {SignalKind::AttemptInProgress}),
                            clientTurn(RiskLevel::Concern, {SignalKind::Hopelessness})};
    const std::optional<Analysis> resumed =
        ContactRisk::resumed(openContactAt(RiskLevel::Acute), turns);
    ASSERT_TRUE(resumed.has_value());
    EXPECT_EQ(resumed->crisis.level, RiskLevel::Acute);
    ASSERT_EQ(resumed->crisis.signals.size(), 1);
    EXPECT_EQ(resumed->crisis.signals.first().kind, SignalKind::AttemptInProgress);
    EXPECT_EQ(resumed->crisis.signals.first().span.end, 0) << "the words were not stored";
}

TEST(ContactRisk, AClosedOrCalmContactShowsNothing)
{
    const QList<Turn> turns{clientTurn(RiskLevel::Acute, {SignalKind::AttemptInProgress})};
    Contact closed = openContactAt(RiskLevel::Acute);
    closed.state = ContactState::Closed;
    EXPECT_FALSE(ContactRisk::resumed(closed, turns).has_value());
    EXPECT_FALSE(ContactRisk::resumed(openContactAt(RiskLevel::None), {}).has_value());
    // The worker's turns never carry the client's risk.
    Turn worker = turns.first();
    worker.author = Author::Worker;
    EXPECT_FALSE(ContactRisk::resumed(openContactAt(RiskLevel::Acute), {worker}).has_value());
}

TEST(ContactRisk, TheShownLevelOnlyRisesDuringAContact)
{
    EXPECT_TRUE(ContactRisk::replacesShown(RiskLevel::Acute, RiskLevel::Concern));
    EXPECT_TRUE(ContactRisk::replacesShown(RiskLevel::Concern, RiskLevel::Concern));
    EXPECT_FALSE(ContactRisk::replacesShown(RiskLevel::Concern, RiskLevel::Acute));
    EXPECT_FALSE(ContactRisk::replacesShown(RiskLevel::None, RiskLevel::None));
}

} // namespace
} // namespace kotva
