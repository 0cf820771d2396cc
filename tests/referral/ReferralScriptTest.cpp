#include "core/referral/AddressForm.h"
#include "core/referral/ReferralPlanner.h"
#include "tests/referral/PlannerFixtures.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::test;

namespace {

ReferralPlan planFor(const CrisisAssessment& crisis, const QString& region, const QDateTime& now,
                     QList<BoundaryFinding> boundaries = {}, ClientGroup group = ClientGroup::Adult)
{
    FixedClock clock(now);
    return ReferralPlanner(builtInDirectory(), clock)
        .plan(PlanRequest{crisis, std::move(boundaries), region, group});
}

BoundaryFinding request(BoundaryRule rule)
{
    return BoundaryFinding{rule, TextSpan{0, 1}, {}, {}};
}

/// Peers refer, the client calls: no script may promise that someone calls for the client.
const QRegularExpression& promiseToCall()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "zavolám|zavoláme|zavolat za vás|za vás zavol|kontaktuji|kontaktujeme|"
            "spojím vás|přepojím|I will call|I'll call|we will call|we'll call|"
            "call for you|on your behalf|I will contact|we will contact|put you through"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

std::vector<ReferralPlan> everyKindOfPlan()
{
    std::vector<ReferralPlan> plans;
    for (const QDateTime& now : {wednesdayMorning(), saturdayMorning()}) {
        for (const char* region : {"", "CZ010", "CZ032", "CZ041", "CZ042", "CZ080"}) {
            const QString r = QString::fromLatin1(region);
            plans.push_back(
                planFor(assessment(RiskLevel::Acute, {SignalKind::AttemptInProgress}), r, now));
            plans.push_back(
                planFor(assessment(RiskLevel::Acute, {SignalKind::ViolenceNow}), r, now));
            plans.push_back(
                planFor(assessment(RiskLevel::Acute, {SignalKind::ThirdPersonAtRisk}), r, now));
            plans.push_back(planFor(assessment(RiskLevel::Concern, {SignalKind::Hopelessness}), r,
                                    now, {}, ClientGroup::Young));
            plans.push_back(planFor(assessment(RiskLevel::Concern, {SignalKind::Violence}), r, now,
                                    {}, ClientGroup::Senior));
        }
    }
    QList<BoundaryFinding> all;
    for (BoundaryRule rule :
         {BoundaryRule::Diagnosis, BoundaryRule::Medication, BoundaryRule::Legal,
          BoundaryRule::Therapy, BoundaryRule::Decision, BoundaryRule::OnBehalf,
          BoundaryRule::PersonalData, BoundaryRule::PrivateContact, BoundaryRule::Confidentiality})
        all << request(rule);
    plans.push_back(planFor({}, {}, wednesdayMorning(), all));
    return plans;
}

// Issue 12: a conversation in "ty" gets a script in "ty"; English has one form.
TEST(ReferralScript, TheCzechScriptFollowsTykaniOrVykani)
{
    const ReferralPlan plan = planFor(assessment(RiskLevel::Acute, {SignalKind::Plan}),
                                      QStringLiteral("CZ032"), wednesdayMorning());
    const QString vy = plan.script(ScriptLanguage::Czech, Register::Formal);
    const QString ty = plan.script(ScriptLanguage::Czech, Register::Informal);
    EXPECT_TRUE(vy.contains(QString::fromUtf8("zavolejte hned teď")));
    EXPECT_TRUE(ty.contains(QString::fromUtf8("zavolej hned teď"))) << ty.toStdString();
    EXPECT_TRUE(ty.contains(QString::fromUtf8("Zavolat se rozhoduješ ty.")));
    for (const char* formal : {"zavolejte", "Řekněte", "vám", "vaše", "můžete"})
        EXPECT_FALSE(ty.contains(QString::fromUtf8(formal))) << formal;
    EXPECT_TRUE(ty.contains(QLatin1String("733 414 421"))) << "the same services";
    EXPECT_EQ(plan.script(ScriptLanguage::English, Register::Informal),
              plan.script(ScriptLanguage::English, Register::Formal));
}

TEST(AddressFormTest, FollowsHowTheClientWrites)
{
    EXPECT_EQ(AddressForm::suggestedBy(QStringLiteral("muzes mi prosim pomoct? nevim co dal")),
              Register::Informal);
    EXPECT_EQ(AddressForm::suggestedBy(QStringLiteral("Dobrý den, můžete mi poradit?")),
              Register::Formal);
    EXPECT_FALSE(AddressForm::suggestedBy(QStringLiteral("Je mi hrozně.")).has_value());
}

} // namespace

TEST(ReferralScript, AcuteScriptGivesTheEmergencyNumbersFirstInBothLanguages)
{
    const ReferralPlan plan =
        planFor(assessment(RiskLevel::Acute, {SignalKind::Plan, SignalKind::Means}),
                QStringLiteral("CZ032"), wednesdayMorning());
    for (ScriptLanguage language : {ScriptLanguage::Czech, ScriptLanguage::English}) {
        const QString script = plan.script(language);
        SCOPED_TRACE(script.toStdString());
        const qsizetype at155 = script.indexOf(QLatin1String("155"));
        const qsizetype at112 = script.indexOf(QLatin1String("112"));
        const qsizetype at116123 = script.indexOf(QLatin1String("116 123"));
        ASSERT_GE(at155, 0);
        ASSERT_GE(at112, 0);
        ASSERT_GE(at116123, 0);
        EXPECT_LT(std::max(at155, at112), at116123);
        EXPECT_TRUE(script.contains(QString::fromUtf8("Resslova 12, 301 00 Plzeň")));
        EXPECT_TRUE(script.contains(QLatin1String("733 414 421")));
    }
    EXPECT_TRUE(
        plan.script(ScriptLanguage::Czech).contains(QString::fromUtf8("zavolejte hned teď")));
    EXPECT_TRUE(plan.script(ScriptLanguage::English).contains(QLatin1String("Please call")));
}

TEST(ReferralScript, BothLanguagesAreAvailableWhateverTheUiLanguage)
{
    const ReferralPlan plan = planFor(assessment(RiskLevel::Concern, {SignalKind::Hopelessness}),
                                      QStringLiteral("CZ010"), wednesdayMorning());
    const QString cs = plan.script(ScriptLanguage::Czech);
    const QString en = plan.script(ScriptLanguage::English);
    EXPECT_TRUE(cs.contains(QString::fromUtf8("Zavolat se rozhodujete vy.")));
    EXPECT_TRUE(en.contains(QLatin1String("You make the call.")));
    EXPECT_TRUE(cs.contains(QString::fromUtf8("Pražská linka důvěry: 222 580 697 (nonstop)")));
    EXPECT_TRUE(en.contains(QLatin1String("Prague helpline: 222 580 697 (24/7)")));
    EXPECT_TRUE(cs.contains(QString::fromUtf8("psychiatr")));
    EXPECT_TRUE(en.contains(QLatin1String("a psychotherapist")));
}

TEST(ReferralScript, MarksALineThatIsClosedRightNow)
{
    const ReferralPlan plan =
        planFor(assessment(RiskLevel::Concern, {SignalKind::Hopelessness}), {}, saturdayMorning());
    EXPECT_TRUE(plan.script(ScriptLanguage::Czech)
                    .contains(QString::fromUtf8(
                        "116 123 (Po–Pá nonstop; o svátcích zavřeno; právě teď zavřeno)")));
    EXPECT_TRUE(plan.script(ScriptLanguage::English).contains(QLatin1String("closed right now")));
}

TEST(ReferralScript, ViolenceAndThirdPersonScriptsGiveTheRightNumbers)
{
    const ReferralPlan violence =
        planFor(assessment(RiskLevel::Acute, {SignalKind::ViolenceNow}), {}, wednesdayMorning());
    const QString cs = violence.script(ScriptLanguage::Czech);
    EXPECT_TRUE(cs.contains(QLatin1String("158")));
    EXPECT_TRUE(cs.contains(QLatin1String("116 006")));
    EXPECT_LT(cs.indexOf(QLatin1String("158")), cs.indexOf(QLatin1String("116 006")));

    const ReferralPlan third = planFor(
        assessment(RiskLevel::Acute, {SignalKind::ThirdPersonAtRisk}), {}, wednesdayMorning());
    const QString en = third.script(ScriptLanguage::English);
    EXPECT_TRUE(en.contains(QLatin1String("If someone else's life is in danger, please call 155")));
    EXPECT_TRUE(en.contains(QLatin1String("where the person is")));
}

TEST(ReferralScript, BoundaryRequestsSayWhereToGoInstead)
{
    const ReferralPlan plan =
        planFor({}, {}, wednesdayMorning(),
                {request(BoundaryRule::Medication), request(BoundaryRule::Legal)});
    const QString cs = plan.script(ScriptLanguage::Czech);
    const QString en = plan.script(ScriptLanguage::English);
    EXPECT_TRUE(cs.contains(QString::fromUtf8("lékař, který vám léky předepsal")));
    EXPECT_TRUE(cs.contains(QString::fromUtf8("občanská poradna nebo advokát")));
    EXPECT_TRUE(en.contains(QLatin1String("we cannot advise on medication")));
    EXPECT_FALSE(cs.contains(QLatin1String("112")));
}

TEST(ReferralScript, NeverPromisesToCallOnTheClientsBehalf)
{
    int checked = 0;
    for (const ReferralPlan& plan : everyKindOfPlan()) {
        for (ScriptLanguage language : {ScriptLanguage::Czech, ScriptLanguage::English}) {
            const QString script = plan.script(language);
            ASSERT_FALSE(script.isEmpty());
            const QRegularExpressionMatch match = promiseToCall().match(script);
            EXPECT_FALSE(match.hasMatch()) << match.captured().toStdString() << "\n"
                                           << script.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 100);
}

TEST(ReferralScript, NoFindingsNoScript)
{
    const ReferralPlan plan = planFor({}, QStringLiteral("CZ032"), wednesdayMorning());
    EXPECT_TRUE(plan.isEmpty());
    EXPECT_TRUE(plan.script(ScriptLanguage::Czech).isEmpty());
}
