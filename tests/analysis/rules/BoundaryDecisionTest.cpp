// Decision table for the boundary rules: worker drafts and client requests, including
// the look-alikes that must stay clean (sharing one's own experience, referring to a
// doctor, negated requests).

#include "RulesFixture.h"
#include "core/analysis/rules/BoundaryTexts.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QTranslator>

#include <algorithm>
#include <gtest/gtest.h>

namespace kotva {
namespace {

struct BoundaryCase
{
    const char* name;
    Author author;
    const char* text;
    const char* rule; ///< expected rule name, or "" for no finding at all
};

void PrintTo(const BoundaryCase& c, std::ostream* os)
{
    *os << c.name;
}

class BoundaryDecision : public ::testing::TestWithParam<BoundaryCase>
{};

TEST_P(BoundaryDecision, FindsTheRule)
{
    const BoundaryCase& c = GetParam();
    const QString text = QString::fromUtf8(c.text);
    const QList<BoundaryFinding> findings =
        test::rulesAnalyzer().analyze(text, c.author).boundaries;
    QStringList found;
    for (const BoundaryFinding& f : findings) {
        found.append(boundaryRuleName(f.rule));
        EXPECT_LT(f.span.start, f.span.end);
        EXPECT_LE(f.span.end, text.size());
        EXPECT_FALSE(f.explanation.isEmpty());
        EXPECT_FALSE(f.suggestion.isEmpty());
    }
    const QString rule = QString::fromUtf8(c.rule);
    if (rule.isEmpty())
        EXPECT_TRUE(found.isEmpty()) << c.text << " -> " << found.join(u',').toStdString();
    else
        EXPECT_TRUE(found.contains(rule))
            << c.text << " -> {" << found.join(u',').toStdString() << "}";
}

constexpr Author W = Author::Worker;
constexpr Author C = Author::Client;

const BoundaryCase Cases[] = {
    {"worker_diagnosis", W, "Tohle zní jako bipolární porucha.", "diagnosis"},
    {"worker_diagnosis_ascii", W, "mate urcite depresi", "diagnosis"},
    {"worker_own_diagnosis_ok", W, "Já sama mám diagnostikovanou depresi a vím, jak to bolí.", ""},
    {"worker_medication", W, "Vysaďte ty léky, nepotřebujete je.", "medication"},
    {"worker_medication_referral_ok", W, "O vysazení léků se poraďte se svou psychiatričkou.", ""},
    {"worker_own_experience_ok", W, "Mně osobně pomohlo mluvit s psychiatrem.", ""},
    {"worker_legal", W, "Podle zákona vám musí vrátit kauci, zažalujte je.", "legal"},
    {"worker_legal_referral_ok", W, "S nájemní smlouvou vám poradí v občanské poradně.", ""},
    {"worker_therapy", W, "Budu vám dělat terapii, každý týden hodinu.", "therapy"},
    {"worker_decision", W, "Na vašem místě bych ho opustila.", "decision"},
    {"worker_decision_imperative", W, "Rozveďte se, dokud je čas.", "decision"},
    {"worker_options_ok", W, "Jaké možnosti vidíte vy sama?", ""},
    {"worker_on_behalf", W, "Zavolám za vás na úřad práce.", "on_behalf"},
    {"worker_on_behalf_doctor", W, "Napíšu vašemu lékaři, že jste v krizi.", "on_behalf"},
    {"worker_call_client_ok", W, "Zavolám vám ve čtvrtek, jak jsme se domluvili.", ""},
    {"worker_personal_data", W, "Pošlete mi adresu, kde bydlíte.", "personal_data"},
    {"worker_birth_number", W, "Jaké je vaše rodné číslo?", "personal_data"},
    {"worker_no_data_needed_ok", W, "Nemusíte mi posílat adresu ani jméno.", ""},
    {"worker_private_coffee", W, "Dáme si kafe mimo službu?", "private_contact"},
    {"worker_private_number", W, "Tady je moje soukromé číslo.", "private_contact"},
    {"worker_facebook", W, "Přidejte si mě na Facebooku.", "private_contact"},
    {"worker_club_ok", W, "Uvidíme se v pátek na klubu.", ""},
    {"worker_confidentiality", W, "Řeknu vám, co říkala Jana na skupině.", "confidentiality"},
    {"worker_own_words_ok", W, "Jak jsem říkala na skupině, jsem tu pro vás.", ""},
    {"client_diagnosis", C, "Myslíte, že mám poruchu osobnosti?", "diagnosis"},
    {"client_medication", C, "Můžu si k antidepresivům dát víno?", "medication"},
    {"client_legal", C, "Jak podat žalobu na zaměstnavatele?", "legal"},
    {"client_therapy", C, "Mohl byste se mnou dělat terapii?", "therapy"},
    {"client_decision", C, "Řekněte mi, co mám dělat, rozejít se, nebo ne?", "decision"},
    {"client_on_behalf", C, "Můžete zavolat mé psychiatričce, že nepřijdu?", "on_behalf"},
    {"client_call_me_ok", C, "Můžete mi zavolat zítra?", ""},
    {"client_private", C, "Můžeme se vidět o víkendu u mě?", "private_contact"},
    {"client_confidentiality", C, "Co říkal Pavel na skupině o mně?", "confidentiality"},
    {"client_statement_meds_ok", C, "Beru léky a je mi líp.", ""},
    {"client_just_listen_ok", C, "Chci se jen vypovídat.", ""},
    {"client_group_time_ok", C, "V kolik začíná skupina?", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, BoundaryDecision, ::testing::ValuesIn(Cases),
                         [](const ::testing::TestParamInfo<BoundaryCase>& row) {
                             return std::string(row.param.name);
                         });

TEST(BoundaryCheckerTest, ClientRequestCarriesWhyNotAndWhereInstead)
{
    const QList<BoundaryFinding> findings =
        test::rulesAnalyzer()
            .analyze(QStringLiteral("Mám si zvýšit dávku léků?"), Author::Client)
            .boundaries;
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().rule, BoundaryRule::Medication);
    EXPECT_TRUE(findings.first().suggestion.contains(QStringLiteral("doctor")));
}

// The answer offered for a client's request goes into the worker's reply as it is; it must
// not be flagged as crossing the very boundary it explains. Checked in Czech, the language
// the reply is written in (the lexicons are Czech).
TEST(BoundaryCheckerTest, TheOfferedAnswerDoesNotItselfCrossABoundary)
{
    QTranslator czech;
    ASSERT_TRUE(czech.load(QStringLiteral(":/i18n/kotva_cs.qm")));
    QCoreApplication::installTranslator(&czech);
    const auto uninstall = qScopeGuard([&czech] { QCoreApplication::removeTranslator(&czech); });
    const BoundaryRule rules[] = {
        BoundaryRule::Diagnosis,    BoundaryRule::Medication,     BoundaryRule::Legal,
        BoundaryRule::Therapy,      BoundaryRule::Decision,       BoundaryRule::OnBehalf,
        BoundaryRule::PersonalData, BoundaryRule::PrivateContact, BoundaryRule::Confidentiality,
    };
    for (const BoundaryRule rule : rules) {
        const QString answer = BoundaryTexts::suggestion(rule, Author::Client);
        ASSERT_FALSE(answer.isEmpty());
        const QList<BoundaryFinding> findings =
            test::rulesAnalyzer().analyze(answer, Author::Worker).boundaries;
        for (const BoundaryFinding& finding : findings) {
            ADD_FAILURE() << boundaryRuleName(finding.rule).toStdString() << " in \""
                          << answer.mid(finding.span.start, finding.span.end - finding.span.start)
                                 .toStdString()
                          << "\" of: " << answer.toStdString();
        }
    }
}

} // namespace
} // namespace kotva
