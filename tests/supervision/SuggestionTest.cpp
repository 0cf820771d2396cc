#include "core/supervision/SupervisionService.h"

#include <gtest/gtest.h>

using namespace kotva;

namespace {

struct SuggestionCase
{
    const char* name;
    RiskLevel risk;
    bool boundary;
    std::optional<bool> bringToSupervision; ///< empty: not closed yet
    bool crisis, boundaryReason, requested;
};

class SuggestionTest : public ::testing::TestWithParam<SuggestionCase>
{};

TEST_P(SuggestionTest, ANoteIsSuggestedAfterCrisisBoundaryOrRequest)
{
    const SuggestionCase& c = GetParam();
    Contact contact;
    contact.reference = QStringLiteral("K-4F7Q");
    contact.highestRisk = c.risk;
    contact.hadBoundaryFinding = c.boundary;
    if (c.bringToSupervision)
        contact.outcome = ContactOutcome{{}, false, *c.bringToSupervision};
    const NoteSuggestion suggestion = SupervisionService::suggestionFor(contact);
    EXPECT_EQ(suggestion.crisis, c.crisis);
    EXPECT_EQ(suggestion.boundary, c.boundaryReason);
    EXPECT_EQ(suggestion.requested, c.requested);
    EXPECT_EQ(suggestion.any(), c.crisis || c.boundaryReason || c.requested);
    EXPECT_EQ(suggestion.reason().isEmpty(), !suggestion.any());
    EXPECT_EQ(suggestion.contactReference, QStringLiteral("K-4F7Q"));
}

INSTANTIATE_TEST_SUITE_P(
    Table, SuggestionTest,
    ::testing::Values(
        SuggestionCase{"quiet", RiskLevel::None, false, std::nullopt, false, false, false},
        SuggestionCase{"quiet_closed", RiskLevel::None, false, false, false, false, false},
        SuggestionCase{"concern", RiskLevel::Concern, false, std::nullopt, true, false, false},
        SuggestionCase{"acute", RiskLevel::Acute, false, false, true, false, false},
        SuggestionCase{"boundary", RiskLevel::None, true, std::nullopt, false, true, false},
        SuggestionCase{"requested", RiskLevel::None, false, true, false, false, true},
        SuggestionCase{"everything", RiskLevel::Acute, true, true, true, true, true}),
    [](const auto& param) { return std::string(param.param.name); });

TEST(SuggestionReason, SaysWhyInOneOrTwoSentences)
{
    NoteSuggestion both{true, true, false, {}};
    NoteSuggestion crisis{true, false, true, {}};
    EXPECT_NE(both.reason(), crisis.reason());
    EXPECT_TRUE(both.reason().endsWith(u'.'));
    EXPECT_GT(crisis.reason().count(u'.'), 1); // the danger and the request
}

} // namespace
