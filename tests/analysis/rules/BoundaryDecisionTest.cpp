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
    // Generalisation from a guide-only writer (boundary-writer-t10), in words of our own.
    {"worker_diagnosis_hedged", W, "Působí to na mě jako úzkostná porucha.", "diagnosis"},
    {"worker_diagnosis_looks", W, "Podle mě to vypadá na bipolárku.", "diagnosis"},
    {"client_diagnosis_sounds", C, "zni to podle tebe jako deprese?", "diagnosis"},
    {"client_stop_medicine_named_before", C, "Beru citalopram. Mam ho vysadit?", "medication"},
    {"client_ok_still_tired", C, "Porad jsem unavena z tech prasku, ale doktor vi.", ""},
    // Issue 12: a client's own number is their data (the PII scrubber removes it), not a
    // request for private contact; the worker offering theirs crosses the rule.
    {"client_gives_own_number", C, "Moje číslo je 777 123 456, je mi hrozně zle.", ""},
    {"worker_gives_own_number", W, "Moje číslo je 777 123 456, napište mi kdykoli.",
     "private_contact"},
    // A client asking where to take a question hands it on, like a worker's referral.
    {"client_asks_where_to_go_with_debts", C,
     "Na koho se můžu obrátit s exekucí? Nevím, kde začít.", ""},
    {"client_asks_for_a_legal_answer", C, "Mám se odvolat proti té exekuci, nebo ne?", "legal"},
    {"worker_tells_to_stop_an_antidepressant", W,
     "Cipralex se dá bez problémů vysadit ze dne na den, mně to nevadilo.", "medication"},
    {"worker_legal_clitic_first", W, "Exekutor ti nesmí zabavit věci, které nejsou tvoje.",
     "legal"},
    {"client_legal_right", C, "Majitel mi nevrátil kauci, má na to právo?", "legal"},
    {"client_ok_entitled_to_complain", C, "Nevím, jestli mám nárok si stěžovat.", ""},
    {"worker_therapy_instead", W, "Nemusíš čekat na terapeuta, budu ti ho dělat místo terapeuta.",
     "therapy"},
    {"worker_ok_therapy_question", W, "Chodíš na terapii pravidelně?", ""},
    {"worker_decision_only_right", W, "Odejít je jediné rozumné řešení.", "decision"},
    {"worker_decision_negation_ends", W, "Už mu nic neříkej a přeruš s ním kontakt.", "decision"},
    {"worker_ok_moved_out", W, "Konečně ses odstěhovala, to je skvělé.", ""},
    {"client_decision_if_you_were_me", C, "Kdybyste byla na mém místě, vzala byste si ho?",
     "decision"},
    {"worker_personal_data_will_need", W, "Budu potřebovat číslo vašeho účtu.", "personal_data"},
    {"worker_ok_address_of_service", W, "Potřebuješ adresu krizového centra?", ""},
    {"client_on_behalf_could_you", C, "Zvládla bys za mě napsat šéfovi?", "on_behalf"},
    {"client_private_own_mail", C, "Napiš mi svůj osobní e-mail.", "private_contact"},
    {"worker_private_call_home", W, "Zavolejte mi domů, kdyby bylo zle.", "private_contact"},
    {"worker_ok_private_number_refused", W,
     "Soukromé číslo vám dát nemůžu, ale jsem tu každé úterý.", ""},
    {"worker_confidentiality_other_client", W, "Mám tu jednu klientku, co to řešila stejně.",
     "confidentiality"},
    {"worker_ok_thanks_for_talking", W, "Díky, že jste s námi mluvil.", ""},
    {"client_confidentiality_what_said", C, "Co vám o mně říkala máma?", "confidentiality"},
    {"worker_ok_cannot_tell", W, "Jestli to je deprese, ti neřeknu, to může posoudit jen lékař.",
     ""},
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
    // Disclaimers and the worker's own experience; a contrast word ends a disclaimer.
    {"worker_not_a_doctor_ok", W, "Nejsem psychiatr, takže nevím, jestli jde o bipolární poruchu.",
     ""},
    {"worker_not_a_doctor_but_diagnosis", W, "Nejsem doktorka, ale máš jasně depresi.",
     "diagnosis"},
    {"worker_own_depression_ok", W, "Depresi jsem taky zažil, vím, jak je to dlouhé.", ""},
    // Medication and legal advice, ty forms, without diacritics.
    {"worker_medication_ascii", W, "ten xanax si klidne zapij, nic se nestane", "medication"},
    {"worker_medication_conditional", W, "Já bych ty antidepresiva na vašem místě vysadila.",
     "medication"},
    {"worker_legal_penalty", W, "Za to vyhrožování mu hrozí až dva roky vězení.", "legal"},
    {"worker_legal_ty", W, "Podej na ni žalobu, máš nárok na náhradu.", "legal"},
    {"worker_legal_penalty_referral_ok", W, "Co mu hrozí, ti neumím říct, na to je právní poradna.",
     ""},
    // Therapy techniques without the word "terapie".
    {"worker_therapy_memory", W, "Zavřete oči a vraťte se do té chvíle, co vidíte?", "therapy"},
    {"worker_therapy_childhood", W, "Každý týden budeme procházet tvoje dětství.", "therapy"},
    {"worker_therapy_hypnosis", W, "Uvedu tě do transu, uvidíš, že si vzpomeneš.", "therapy"},
    {"client_therapy_exposure", C, "Umíte se mnou dělat expozici? Bojím se výšek.", "therapy"},
    {"client_where_therapy_ok", C, "Potřebovala bych terapii, kde ji můžu sehnat?", ""},
    // Deciding for the client.
    {"worker_decision_child", W, "Nech si to dítě, to zvládneš.", "decision"},
    {"worker_decision_leave", W, "Odejděte od něj, nic jiného vám nezbývá.", "decision"},
    {"worker_decision_yours_ok", W, "Jestli si dítě necháte, je jen na vás.", ""},
    {"client_decision_yes_no", C, "Mám jít na tu operaci? Stačí ano nebo ne.", "decision"},
    // Silence no matter what, and telling others about the client.
    {"worker_secrecy", W, "Nikomu nic neřeknu, ani kdybys chtěla skočit z mostu.",
     "confidentiality"},
    {"worker_secrecy_limit_ok", W,
     "Zůstane to mezi námi, jen kdyby ti šlo o život, musela bych jednat.", ""},
    {"worker_told_friend", W, "Povídala jsem o tobě sestře, taky to zažila.", "confidentiality"},
    {"worker_told_supervision_ok", W, "Mluvila jsem o tvé situaci na supervizi, bez jména.", ""},
    {"worker_told_you_ok", W, "Řekla jsem vám minule, že klub je v pátek.", ""},
    {"client_secrecy", C, "Slibte mi, že nikomu nic neřeknete, ať se stane cokoli.",
     "confidentiality"},
    {"client_between_us_ok", C, "Zůstane to mezi námi?", ""},
    // Personal data: school, names of people, the client's own data.
    {"worker_school", W, "Do jaké školy chodíš a jak se jmenuje tvůj učitel?", "personal_data"},
    {"worker_app_name_ok", W, "Jak se jmenuje ta aplikace na spaní?", ""},
    {"client_offers_birth_number", C, "Posílám vám rodné číslo, kdybyste ho potřebovali.",
     "personal_data"},
    // Private channels.
    {"worker_whatsapp", W, "Klidně mi pište na WhatsApp, odpovím i večer.", "private_contact"},
    {"client_snapchat", C, "Máš snapchat?", "private_contact"},
    {"client_service_page_ok", C, "Je na vaší facebookové stránce program?", ""},
    {"client_stop_meds", C, "mam prestat brat antidepresiva kdyz uz je mi lip?", "medication"},
    // t64: crossings softened or buried in a warm reply.
    {"worker_labels_a_partner", W, "Víš, co si myslím? Že tvůj manžel je narcista.", "diagnosis"},
    {"worker_raises_a_dose_as_a_story", W,
     "Kdybych byla tebou, zvedla bych si ten sertralin na 100 mg, mně to pomohlo.", "medication"},
    {"worker_says_a_debt_has_lapsed", W,
     "tu exekuci neres, je to stejne promlcene, proste to ignoruj", "legal"},
    {"worker_promises_to_heal", W, "Ty úzkosti spolu vyléčíme, slibuju.", "therapy"},
    {"worker_decides_about_a_grandmother", W, "Babička musí do domova, ty už na to nemáš.",
     "decision"},
    {"worker_offers_to_call_for_the_client", W,
     "Mohu za Vás zavolat do té ordinace a domluvit termín.", "on_behalf"},
    {"worker_offers_a_night_call", W, "kdyby ti bylo v noci zle, klidne mi prozvon",
     "private_contact"},
    {"worker_tells_of_another_client", W,
     "Vaše zpráva mi připomněla jinou klientku, která má taky syna s autismem.", "confidentiality"},
    {"client_asks_who_owns_a_car", C, "Najdete mi podle SPZ, komu patří to auto před domem?",
     "personal_data"},
};

// Issue 14, seed 003: no guaranteed or universal advice. A worker promising an outcome or
// giving advice as valid for everyone, next to its harmless twin (own experience, a hope,
// an invitation, a validation). Only the worker's draft gets the rule.
const BoundaryCase GuaranteeCases[] = {
    {"worker_surely_helps", W, "Večerní procházky vám určitě pomůžou, zkuste je.", "guarantee"},
    {"worker_surely_helps_ascii", W, "tohle ti urcite pomuze, uvidis", "guarantee"},
    {"worker_guaranteed_to_work", W, "Studená sprcha ráno zabere zaručeně, mně to jde.",
     "guarantee"},
    {"worker_works_for_everybody", W, "Běhání funguje na každého, stačí vydržet týden.",
     "guarantee"},
    {"worker_always_helps", W, "Procházka venku vždycky pomůže, ať je ti jakkoli.", "guarantee"},
    {"worker_promises_it_ends_well", W, "Slibuju ti, že všechno zase bude dobře.", "guarantee"},
    {"worker_guarantees_it_resolves", W, "Garantuju vám, že se to do měsíce vyřeší.", "guarantee"},
    {"worker_hundred_percent_manage", W,
     "Na sto procent to zvládneš, když si budeš každý den psát deník.", "guarantee"},
    {"worker_helps_everyone", W, "Psaní deníku pomůže každýmu, zkus to.", "guarantee"},
    {"worker_must_work", W, "Zkuste spát s otevřeným oknem, to musí zabrat.", "guarantee"},
    {"worker_proven_recipe", W, "Mám pro tebe osvědčený recept na nespavost: teplé mléko.",
     "guarantee"},
    {"worker_you_will_see_it_passes", W, "Uvidíte, že ta lítost časem přejde.", "guarantee"},
    {"worker_ok_own_experience", W, "Mně kdysi pomohlo chodit večer ven, třeba to stojí za pokus.",
     ""},
    {"worker_ok_maybe_try", W, "Možná by stálo za to zkusit procházky, jestli chcete.", ""},
    {"worker_ok_hope", W, "Doufám, že ti ta procházka trochu uleví.", ""},
    {"worker_ok_not_sure_it_helps", W,
     "Nevím, jestli to pomůže, ale mně psaní deníku dělalo dobře.", ""},
    {"worker_ok_surely_write_again", W, "Určitě se ozvěte, kdykoli budete chtít.", ""},
    {"worker_ok_surely_not_your_fault", W, "Určitě to není vaše vina, že se to stalo.", ""},
    {"worker_ok_always_welcome", W, "Vždycky se nám můžete ozvat, jsme tu pro vás.", ""},
    {"worker_ok_crisis_line_helps", W, "Kdyby bylo zle, pomůže vám krizová linka 116 123.", ""},
    {"worker_ok_not_for_everyone", W, "Mně jóga sedla, ale ne každému to pomůže.", ""},
    {"worker_ok_works_differently", W, "Každému to funguje jinak, u mě to byl sport.", ""},
    {"worker_ok_always_helped_me", W, "Mně to vždycky pomůže, když si jdu zaběhat.", ""},
    {"worker_ok_cannot_promise", W,
     "Nemůžu vám slíbit, že to určitě pomůže, ale za zkoušku to stojí.", ""},
    {"worker_ok_takes_time", W, "Určitě to zabere nějaký čas, nespěchejte na sebe.", ""},
    {"client_asks_if_it_will_surely_help", C, "Určitě mi to pomůže? Slibujete mi to?", ""},
    {"client_ok_hopes_it_helps", C, "Snad mi to pomůže, zkusím to.", ""},
};

INSTANTIATE_TEST_SUITE_P(Table, BoundaryDecision, ::testing::ValuesIn(Cases),
                         [](const ::testing::TestParamInfo<BoundaryCase>& row) {
                             return std::string(row.param.name);
                         });
INSTANTIATE_TEST_SUITE_P(Guarantee, BoundaryDecision, ::testing::ValuesIn(GuaranteeCases),
                         [](const ::testing::TestParamInfo<BoundaryCase>& row) {
                             return std::string(row.param.name);
                         });

// The guarantee rule reads a worker's draft only: the client's same words promise nothing.
TEST(BoundaryCheckerTest, AGuaranteeIsAWorkersRuleOnly)
{
    const QString text = QStringLiteral("Tohle vám určitě pomůže, zaručeně to zabere.");
    const QList<BoundaryFinding> worker =
        test::rulesAnalyzer().analyze(text, Author::Worker).boundaries;
    ASSERT_EQ(worker.size(), 1);
    EXPECT_EQ(worker.first().rule, BoundaryRule::Guarantee);
    EXPECT_EQ(
        text.mid(worker.first().span.start, worker.first().span.end - worker.first().span.start),
        QStringLiteral("určitě pomůže"));
    EXPECT_EQ(worker.first().explanation,
              BoundaryTexts::explanation(BoundaryRule::Guarantee, Author::Worker));
    EXPECT_EQ(worker.first().suggestion,
              BoundaryTexts::suggestion(BoundaryRule::Guarantee, Author::Worker));
    EXPECT_TRUE(test::rulesAnalyzer().analyze(text, Author::Client).boundaries.isEmpty());
}

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

// A client asking for silence even in danger gets the limit of confidentiality, not the
// group rule; a client offering their own data hears that they need not send it.
TEST(BoundaryCheckerTest, ClientRequestClassesGetTheirOwnAnswer)
{
    const auto answerTo = [](const char* text) {
        const QList<BoundaryFinding> findings =
            test::rulesAnalyzer().analyze(QString::fromUtf8(text), Author::Client).boundaries;
        return findings.isEmpty() ? QString() : findings.first().suggestion;
    };
    EXPECT_TRUE(answerTo("Slib mi, že nikomu nic neřekneš, i kdybych se chtěla zabít.")
                    .contains(QStringLiteral("112")));
    EXPECT_TRUE(answerTo("Posílám vám svoje rodné číslo.").contains(QStringLiteral("anonymous")));
    EXPECT_TRUE(answerTo("Co říkala Jana na skupině?").contains(QStringLiteral("group")));
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
    for (const BoundaryRule rule : AllBoundaryRules) {
        QStringList variants = BoundaryTexts::variants(rule);
        variants.prepend(QString());
        for (const QString& variant : std::as_const(variants)) {
            for (const Register form : {Register::Formal, Register::Informal}) {
                const QString answer =
                    BoundaryTexts::suggestion(rule, Author::Client, variant, form);
                ASSERT_FALSE(answer.isEmpty());
                const QList<BoundaryFinding> findings =
                    test::rulesAnalyzer().analyze(answer, Author::Worker).boundaries;
                for (const BoundaryFinding& finding : findings) {
                    ADD_FAILURE() << boundaryRuleName(finding.rule).toStdString() << " in \""
                                  << answer
                                         .mid(finding.span.start,
                                              finding.span.end - finding.span.start)
                                         .toStdString()
                                  << "\" of: " << answer.toStdString();
                }
            }
        }
    }
}

// Issue 12: a client the worker addresses with "ty" gets the answer with "ty". The two
// English sources are the same texts (one form in English), listed twice only for lupdate.
TEST(BoundaryCheckerTest, TheAnswerFollowsTykaniOrVykani)
{
    for (const BoundaryRule rule : AllBoundaryRules) {
        QStringList variants = BoundaryTexts::variants(rule);
        variants.prepend(QString());
        for (const QString& variant : std::as_const(variants))
            EXPECT_EQ(BoundaryTexts::suggestion(rule, Author::Client, variant, Register::Formal),
                      BoundaryTexts::suggestion(rule, Author::Client, variant, Register::Informal))
                << boundaryRuleName(rule).toStdString() << " " << variant.toStdString();
    }

    QTranslator czech;
    ASSERT_TRUE(czech.load(QStringLiteral(":/i18n/kotva_cs.qm")));
    QCoreApplication::installTranslator(&czech);
    const auto uninstall = qScopeGuard([&czech] { QCoreApplication::removeTranslator(&czech); });
    const QString formal =
        BoundaryTexts::suggestion(BoundaryRule::Medication, Author::Client, {}, Register::Formal);
    const QString informal =
        BoundaryTexts::suggestion(BoundaryRule::Medication, Author::Client, {}, Register::Informal);
    EXPECT_TRUE(formal.contains(QStringLiteral("Zeptejte se"))) << formal.toStdString();
    EXPECT_TRUE(informal.contains(QStringLiteral("Zeptej se"))) << informal.toStdString();
    EXPECT_FALSE(informal.contains(QStringLiteral("vám"))) << informal.toStdString();
    const QString secrecy =
        BoundaryTexts::suggestion(BoundaryRule::Confidentiality, Author::Client,
                                  QStringLiteral("secrecy"), Register::Informal);
    EXPECT_TRUE(secrecy.contains(QStringLiteral("napíšeš"))) << secrecy.toStdString();
}

} // namespace
} // namespace kotva
