#include "core/analysis/pii/PiiScrubber.h"

#include "tests/analysis/pii/PiiTestData.h"

#include <QStringList>

#include <gtest/gtest.h>
#include <thread>

using namespace kotva;
using kotva::test::anyBirthNumber;
using kotva::test::completeAccount;

namespace {

const PiiScrubber& scrubber()
{
    static const PiiScrubber instance;
    return instance;
}

QString redacted(const QString& text)
{
    return PiiScrubber::redact(text, scrubber().scan(text));
}

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

// The texts of the findings, for readable failures.
QStringList found(const QString& text, PiiKind* kind = nullptr)
{
    QStringList out;
    for (const PiiFinding& f : scrubber().scan(text)) {
        out << text.mid(f.span.start, f.span.end - f.span.start);
        if (kind)
            *kind = f.kind;
    }
    return out;
}

struct Case
{
    const char* name;
    QString message;
    QString pii; ///< exactly the text of the one finding
    PiiKind kind;
};

void PrintTo(const Case& c, std::ostream* os)
{
    *os << c.name;
}

class FindsOne : public ::testing::TestWithParam<Case>
{};

TEST_P(FindsOne, ExactSpanAndKind)
{
    const Case& c = GetParam();
    PiiKind kind{};
    const QStringList spans = found(c.message, &kind);
    ASSERT_EQ(spans, QStringList{c.pii}) << c.message.toStdString();
    EXPECT_EQ(kind, c.kind);
}

const QString kRc = anyBirthNumber(85, 3, 14);
const QString kRcWoman2004 = anyBirthNumber(6, 71, 9);
const QString kAccount = completeAccount(QStringLiteral("200014539"));
const QString kPrefix = completeAccount(QStringLiteral("1"), true);

INSTANTIATE_TEST_SUITE_P(
    Identifiers, FindsOne,
    ::testing::Values(
        Case{"rc_slash", u8("Rodné číslo ") + kRc.left(6) + u'/' + kRc.mid(6) + u8(", díky."),
             kRc.left(6) + u'/' + kRc.mid(6), PiiKind::BirthNumber},
        Case{"rc_plain", u8("Moje rc je ") + kRc, kRc, PiiKind::BirthNumber},
        Case{"rc_no_context", u8("Tady to máte: ") + kRcWoman2004 + u8(" ok?"), kRcWoman2004,
             PiiKind::BirthNumber},
        Case{"rc_invalid_but_named", u8("rodné číslo 850314/1234"), u8("850314/1234"),
             PiiKind::BirthNumber},
        Case{"account_prefix", u8("Účet ") + kPrefix + u'-' + kAccount + u8("/0800."),
             kPrefix + u'-' + kAccount + u8("/0800"), PiiKind::BankAccount},
        Case{"account_plain", u8("pošlete to na ") + kAccount + u8("/0100 prosím"),
             kAccount + u8("/0100"), PiiKind::BankAccount},
        Case{"iban_spaces", u8("IBAN CZ65 0800 0000 1920 0014 5399 děkuji"),
             u8("CZ65 0800 0000 1920 0014 5399"), PiiKind::Iban},
        Case{"iban_compact", u8("na CZ6508000000192000145399."), u8("CZ6508000000192000145399"),
             PiiKind::Iban},
        Case{"email", u8("napište na jana.nováková+kotva@seznam.cz."),
             u8("jana.nováková+kotva@seznam.cz"), PiiKind::Email},
        // A made-up Czech IBAN (no valid check digits) followed by a word, which the group
        // reader first takes for a sixth group.
        Case{"iban_czech_shape_then_word", u8("Můj účet je CZ12 2010 0000 0028 0123 4567 a nájem"),
             u8("CZ12 2010 0000 0028 0123 4567"), PiiKind::Iban},
        Case{"email_spelled_out",
             u8("Můj mail je pavel.kos (zavináč) seznam (tečka) cz, jsem Pavel."),
             u8("pavel.kos (zavináč) seznam (tečka) cz"), PiiKind::Email},
        Case{"email_spelled_without_brackets", u8("pis na jana zavinac gmail tecka com diky"),
             u8("jana zavinac gmail tecka com"), PiiKind::Email},
        Case{"email_at_in_brackets", u8("založila mi e-mail marie.dvorakova(at)gmail.com, ale"),
             u8("marie.dvorakova(at)gmail.com"), PiiKind::Email},
        Case{"email_comma_typo", u8("napište mi na l.kovarova@centrum,cz? díky"),
             u8("l.kovarova@centrum,cz"), PiiKind::Email},
        Case{"handle_after_login_word", u8("Přihlašovací jméno do aplikace mám hanka1989."),
             u8("hanka1989"), PiiKind::Handle},
        Case{"handle_gamer_tag", u8("Na Discordu je shadowwolf#4821 a píše mi."),
             u8("shadowwolf#4821"), PiiKind::Handle},
        Case{"handle_shaped_like_a_domain", u8("píše mi uživatel lil.ghost.cz a chce se sejít"),
             u8("lil.ghost.cz"), PiiKind::Handle},
        Case{"employer_after_one_letter_preposition",
             u8("Mám hroznou šéfovou z Komerční banky v Třebíči."), u8("Komerční banky v Třebíči"),
             PiiKind::Organisation},
        Case{"id_card", u8("číslo OP 123456789"), u8("123456789"), PiiKind::IdDocument},
        Case{"passport", u8("pas č. 45123987"), u8("45123987"), PiiKind::IdDocument},
        Case{"driving_licence", u8("řidičák EA 123456"), u8("EA 123456"), PiiKind::IdDocument},
        Case{"data_box", u8("ID datové schránky abc2def"), u8("abc2def"), PiiKind::DataBox},
        Case{"dob_dots", u8("narozena 3. 4. 1990"), u8("3. 4. 1990"), PiiKind::DateOfBirth},
        Case{"dob_compact", u8("datum narození: 14.3.1985"), u8("14.3.1985"), PiiKind::DateOfBirth},
        Case{"dob_after_naroz", u8("Bratr Tomáš, naroz. 25. 9. 2004, dostal pokutu."),
             u8("25. 9. 2004"), PiiKind::DateOfBirth},
        Case{"dob_month_name", u8("nar. 3. dubna 1990 v Brně"), u8("3. dubna 1990"),
             PiiKind::DateOfBirth},
        Case{"street_slash", u8("Bydlím Vinohradská 1511/230."), u8("Vinohradská 1511/230"),
             PiiKind::Address},
        Case{"street_preposition", u8("sejdeme se Na Příkopě 12"), u8("Na Příkopě 12"),
             PiiKind::Address},
        Case{"street_marker", u8("je to ul. Dlouhá 5, druhé patro"), u8("Dlouhá 5"),
             PiiKind::Address},
        Case{"house_registry_number", u8("chalupa č. p. 123"), u8("123"), PiiKind::Address},
        Case{"postal_code", u8("PSČ 602 00"), u8("602 00"), PiiKind::PostalCode},
        Case{"postal_code_town", u8("pošta 60200 Brno"), u8("60200"), PiiKind::PostalCode},
        Case{"surname_after_name", u8("Jmenuji se Petra Svobodová."), u8("Svobodová"),
             PiiKind::Surname},
        Case{"surname_declined", u8("byla jsem s Petrou Svobodovou"), u8("Svobodovou"),
             PiiKind::Surname},
        Case{"surname_title", u8("pan Dvořák mi nevolal"), u8("Dvořák"), PiiKind::Surname},
        Case{"surname_title_declined", u8("řekla jsem to panu Dvořákovi"), u8("Dvořákovi"),
             PiiKind::Surname},
        Case{"surname_ova", u8("včera volala Nováková"), u8("Nováková"), PiiKind::Surname},
        Case{"surname_no_diacritics", u8("jmenuju se petra svobodova"), u8("svobodova"),
             PiiKind::Surname},
        Case{"surname_lower_case_after_pan", u8("vcera jsem byla s panem vondrou na socialce"),
             u8("vondrou"), PiiKind::Surname},
        Case{"surname_lower_case_ova_alone", u8("psala mi dvorakova z tridy"), u8("dvorakova"),
             PiiKind::Surname},
        // Chat typed in lower case (t57): a first name and a surname, a dative, where from.
        Case{"surname_after_lower_case_first_name", u8("jirka mares me porad foti v satne"),
             u8("mares"), PiiKind::Surname},
        Case{"surname_in_the_dative", u8("vondrovi jsem to rekla a on to vykecal"), u8("vondrovi"),
             PiiKind::Surname},
        Case{"surname_from_a_class", u8("vesely z 2.c me sikanuje od zari"), u8("vesely"),
             PiiKind::Surname},
        Case{"surname_that_is_a_word_from_a_class", u8("cerny z nasi tridy mi pise zpravy"),
             u8("cerny"), PiiKind::Surname},
        Case{"street_in_lower_case_with_the_town_after",
             u8("jsem u babi na lipove 7 v tabore a nemam nabijecku"), u8("lipove 7"),
             PiiKind::Address},
        Case{"street_in_lower_case_after_an_address_word", u8("kamoska bydli na zelezne 3"),
             u8("zelezne 3"), PiiKind::Address},
        Case{"surname_lower_case_ova_after_preposition", u8("o dolejsove rika, ze vede tu skupinu"),
             u8("dolejsove"), PiiKind::Surname},
        // A surname that is also a word, right after a title, is the surname.
        Case{"surname_word_after_pan", u8("vcera jsem se pohadal s panem kralem z patra"),
             u8("kralem"), PiiKind::Surname},
        Case{"surname_adjective_after_doktorka", u8("doktorka cerna mi zvysila davku"), u8("cerna"),
             PiiKind::Surname},
        Case{"surname_after_initial", u8("Dekuji, R. Navratil"), u8("Navratil"), PiiKind::Surname},
        // A surname after a boss or a nurse, a pupil from a class in Roman numerals, a firm,
        // a polyclinic or a home with its name (t60).
        Case{"surname_word_after_a_boss", u8("sef kral me zase seral pred celou linkou"),
             u8("kral"), PiiKind::Surname},
        Case{"surname_ova_after_a_nurse", u8("sestricka prochazkova mi rekla at prijdu"),
             u8("prochazkova"), PiiKind::Surname},
        Case{"surname_adjective_in_the_instrumental", u8("mluvila jsem s doktorem malym o tom"),
             u8("malym"), PiiKind::Surname},
        Case{"surname_from_a_class_in_roman_numerals", u8("vondra z iv.a mi vzal mobil"),
             u8("vondra"), PiiKind::Surname},
        Case{"firm_with_its_name", u8("Manžel dělá u firmy Aerotech Servis a vrací se pozdě."),
             u8("firmy Aerotech Servis"), PiiKind::Organisation},
        Case{"firm_with_a_hyphenated_name", u8("vedoucí firmy Trans-Kolář mě nutí"),
             u8("firmy Trans-Kolář"), PiiKind::Organisation},
        Case{"home_with_its_name", u8("chci ji dát do domova U Pramene, ale je tam čekačka"),
             u8("domova U Pramene"), PiiKind::Organisation},
        // References in parts after their word, and a street with "č." before its number (t63).
        Case{"contract_number_in_parts", u8("nájem platíme včas, smlouva č. 7/2021, a přesto"),
             u8("7/2021"), PiiKind::IdDocument},
        Case{"case_number_after_cj", u8("Exekutorský úřad, č.j. 098 EX 1187/24-12. Je tam"),
             u8("1187/24-12"), PiiKind::IdDocument},
        Case{"claim_number_with_a_series", u8("Dlužník, pohledávka č. P-55102. Vážená paní"),
             u8("55102"), PiiKind::IdDocument},
        Case{"employee_number", u8("V dopise je moje osobní číslo 004571 a podpis mistra"),
             u8("004571"), PiiKind::IdDocument},
        // t67: a surname and the subject or club it is from, after "paní" in lower case, and
        // a street in the genitive.
        Case{"surname_from_a_school_subject", u8("procha z dejaku mi dal petku"), u8("procha"),
             PiiKind::Surname},
        Case{"surname_ova_after_pani_in_lower_case",
             u8("moje vedouci, pani benesova, mi cte zpravy"), u8("benesova"), PiiKind::Surname},
        Case{"street_in_the_genitive", u8("Náš soused z Husovy 8 každou noc řve na děti"),
             u8("Husovy 8"), PiiKind::Address},
        Case{"street_with_a_number_sign",
             u8("Bydlím na adrese: ul. Národní obrany č. 14, 3. patro"), u8("Národní obrany č. 14"),
             PiiKind::Address},
        // t71: the title "Dr.", a street before "nám.", a family in lower case, a health school.
        Case{"surname_after_dr", u8("dcera je u Dr. Pospíšilové v dětské psychiatrii"),
             u8("Pospíšilové"), PiiKind::Surname},
        Case{"street_before_a_dotted_square", u8("Sejdeme se na Masarykovo nám. 4 v pět."),
             u8("Masarykovo nám. 4"), PiiKind::Address},
        Case{"family_in_lower_case_after_u", u8("byla jsem vcera u dvorakovych a jejich syn"),
             u8("dvorakovych"), PiiKind::Surname},
        Case{"surname_after_an_honorific_and_a_role", u8("pan reditel kolar by to rekl nasim"),
             u8("kolar"), PiiKind::Surname},
        Case{"surname_after_a_deputy_head", u8("pani zastupkyne hajkova rekla, ze nic"),
             u8("hajkova"), PiiKind::Surname},
        Case{"surname_after_a_manager_in_lower_case", u8("psal mi vedouci kubat ze me vyhodi"),
             u8("kubat"), PiiKind::Surname},
        Case{"family_home_in_the_plural_after_u", u8("tata dela ve skladu u kratochvilu a pije"),
             u8("kratochvilu"), PiiKind::Surname},
        Case{"health_school_with_its_name", u8("dcera studuje na SZŠ Jaselská a šikanujou ji"),
             u8("SZŠ Jaselská"), PiiKind::Organisation},
        Case{"school_acronym_kind_and_town", u8("syn chodí na SPŠ stavební v Hradci Králové a"),
             u8("SPŠ stavební v Hradci Králové"), PiiKind::Organisation},
        Case{"surname_after_a_title_after_a_school", u8("Ředitel školy Mgr. Hájek mi řekl, ať"),
             u8("Hájek"), PiiKind::Surname},
        Case{"birth_number_spoken", u8("rodný číslo 9565124417, nevím"), u8("9565124417"),
             PiiKind::BirthNumber},
        Case{"student_number", u8("S pozdravem Tereza, UČO 456789"), u8("456789"),
             PiiKind::IdDocument},
        Case{"slovak_street", u8("bývam v Žiline na Hurbanovej 27 a už neviem"),
             u8("Hurbanovej 27"), PiiKind::Address},
        // t77: a police rank written short, a pizzeria's name, a street named like a town.
        Case{"surname_after_a_police_rank", u8("podle jmenovky npor. Michálek, mi řekl"),
             u8("Michálek"), PiiKind::Surname},
        Case{"a_pizzeria_named", u8("jsem brigádník v pizzerii Da Marco a majitel"),
             u8("pizzerii Da Marco"), PiiKind::Organisation},
        Case{"lives_on_a_street_named_like_a_town",
             u8("bydlí v ubytovně na Havlíčkově 1207 a platí"), u8("Havlíčkově 1207"),
             PiiKind::Address},
        // A street with its town before or after it, even named by an ordinary word or with
        // the number 112.
        Case{"street_in_the_town_before",
             u8("bydlime v Koline na Havlickove 14 a ja tam nechci byt"), u8("Havlickove 14"),
             PiiKind::Address},
        Case{"street_112_then_its_town", u8("vyhodi me z bytu na Zahradni 112 v Zatci"),
             u8("Zahradni 112"), PiiKind::Address},
        Case{"ordinary_word_street_then_town", u8("kontakt na sestru: Lipová 8, Tábor."),
             u8("Lipová 8"), PiiKind::Address},
        Case{"surname_lower_case_after_jsem", u8("ahoj jsem novakova z chatu"), u8("novakova"),
             PiiKind::Surname},
        Case{"surname_double", u8("paní Nováková-Svobodová"), u8("Nováková-Svobodová"),
             PiiKind::Surname},
        Case{"court_file_mark", u8("spis 23 C 118/2024 u soudu"), u8("23 C 118/2024"),
             PiiKind::IdDocument},
        Case{"enforcement_file_mark", u8("vedena pod 120 EX 4521/21, už rok"), u8("120 EX 4521/21"),
             PiiKind::IdDocument},
        Case{"authority_reference", u8("je to MMB/0123456/2024."), u8("MMB/0123456/2024"),
             PiiKind::IdDocument},
        Case{"contract_number", u8("cislo smlouvy 3304517788, splatka"), u8("3304517788"),
             PiiKind::IdDocument},
        Case{"insurance_number", u8("číslo pojištěnce je 7803155521."), u8("7803155521"),
             PiiKind::IdDocument},
        Case{"ip_address", u8("chodí to z 89.176.54.203. Policie"), u8("89.176.54.203"),
             PiiKind::IdDocument},
        Case{"card_number", u8("číslo karty je 4165 9812 3345 0071."), u8("4165 9812 3345 0071"),
             PiiKind::BankAccount},
        Case{"profile_address", u8("profil facebook.com/marek.sedlacek.927, co"),
             u8("marek.sedlacek.927"), PiiKind::Handle},
        Case{"handle_with_full_name", u8("píše mi lukasmalek2009 pořád"), u8("lukasmalek2009"),
             PiiKind::Handle},
        Case{"street_with_marker_after_name", u8("bydlí na Národní třídě 27 a nikdo"),
             u8("Národní třídě 27"), PiiKind::Address},
        // A woman's surname that folds like a town's genitive (Benešov → Benešova).
        Case{"surname_like_a_town_after_title", u8("Klientova matka, paní Benešová, volala."),
             u8("Benešová"), PiiKind::Surname},
        Case{"surname_after_role_without_diacritics", u8("tridni ucitelka Benesova na ni rve"),
             u8("Benesova"), PiiKind::Surname},
        // A first name the lists lack after a title: the next capitalised word is the surname.
        Case{"foreign_name_after_title", u8("Moje kolegyně Ivanna Kovalenko z Ukrajiny"),
             u8("Kovalenko"), PiiKind::Surname},
        Case{"file_mark_named_as_one", u8("schůzka v úterý v 9:00, č. j. 4521/2024."),
             u8("4521/2024"), PiiKind::IdDocument},
        Case{"file_mark_with_office_letters", u8("rozhodnutí má č. j. UPCR-2024/45123."),
             u8("UPCR-2024/45123"), PiiKind::IdDocument}),
    [](const auto& p) { return std::string(p.param.name); });

struct PhoneCase
{
    const char* name;
    QString phone;
};

void PrintTo(const PhoneCase& c, std::ostream* os)
{
    *os << c.name;
}

class PhoneForms : public ::testing::TestWithParam<PhoneCase>
{};

TEST_P(PhoneForms, FoundWhole)
{
    const QString& phone = GetParam().phone;
    PiiKind kind{};
    EXPECT_EQ(found(u8("Volej mi na ") + phone + u8(", díky."), &kind), QStringList{phone});
    EXPECT_EQ(kind, PiiKind::Phone);
    EXPECT_EQ(found(phone), QStringList{phone});
}

INSTANTIATE_TEST_SUITE_P(
    Table, PhoneForms,
    ::testing::Values(
        PhoneCase{"spaces", u8("777 123 456")}, PhoneCase{"compact", u8("777123456")},
        PhoneCase{"dashes", u8("777-123-456")}, PhoneCase{"pairs", u8("602 34 56 78")},
        PhoneCase{"landline", u8("241 008 532")}, PhoneCase{"plus", u8("+420 777 123 456")},
        PhoneCase{"plus_compact", u8("+420777123456")},
        PhoneCase{"double_zero", u8("00420 731 222 333")},
        PhoneCase{"double_zero_compact", u8("00420731222333")},
        PhoneCase{"brackets", u8("(+420) 608 112 233")},
        PhoneCase{"no_plus", u8("420 608 112 233")}, PhoneCase{"slovak", u8("+421 905 334 120")},
        PhoneCase{"slovak_national", u8("0905 123 456")},
        PhoneCase{"read_out", u8("sedm sedm sedm jedna dva "
                                 "tři čtyři pět šest")},
        PhoneCase{"read_out_in_hundreds", u8("pět set osmdesát dva, tři sta "
                                             "jedenáct, čtyři sta dvacet")},
        PhoneCase{"half_in_words", u8("sedm sedm sedm, 48 12 36")},
        PhoneCase{"digits_typed_apart", u8("7 3 1 - 2 0 4 - 8 8 5")},
        PhoneCase{"slashes_with_spaces", u8("602 / 311 / 987")},
        PhoneCase{"dots", u8("603.456.789")}, PhoneCase{"slash", u8("603/456789")},
        PhoneCase{"area_in_brackets", u8("+420 (737) 12 34 56")},
        PhoneCase{"german", u8("+49 151 23456789")}),
    [](const auto& p) { return std::string(p.param.name); });

class KeptText : public ::testing::TestWithParam<const char*>
{};

TEST_P(KeptText, NothingRedacted)
{
    const QString text = u8(GetParam());
    EXPECT_EQ(found(text), QStringList()) << GetParam();
    EXPECT_EQ(redacted(text), text);
}

INSTANTIATE_TEST_SUITE_P(
    EmergencyAndHelplines, KeptText,
    ::testing::Values(
        "V nouzi volejte 112.", "Záchranka 155, hasiči 150, policie 158.", "Městská policie 156",
        "Linka první psychické pomoci 116 123", "Linka bezpečí 116 111, nonstop.", "DONA 116 006",
        "Linka pro rodinu a školu 116 000", "volejte 116123", "Senior telefon 800 200 007",
        "Rodičovská linka 840 111 234", "bezplatně na 800 155 555", "Modrá linka 608 902 410",
        "Linka důvěry: 222 580 697", "zavolej na krizovou linku 602 345 678",
        "Krizová linka je nonstop.", "Schůzka je 12.5.2024 v 9.30.", "Dluh je 1.500.000 Kč.",
        "Počítala jsem jedna, dva, tři, čtyři, pět a zase dýchala.",
        "Je mi 15, bráchovi 12, ségře 9, mámě 45 a tátovi 47.",
        "Máme 3 děti, 2 psy, 1 kočku, 150 slepic a 20 králíků.", "Roky 2019 2020 2021 byly hrozné.",
        "Stálo to 1 200 000 Kč a pak ještě 350 000 Kč.", "Přišlo sto dvacet lidí a tři sta psů."));

INSTANTIATE_TEST_SUITE_P(
    OrdinaryText, KeptText,
    ::testing::Values(
        "Jsem Martin, chodím na skupinu v pondělí.", "Skupina je v pondělí od 18:00 do 20:30.",
        "Ve čtvrtek 12. 12. je klub.", "Je mi 25 let a bydlím v Olomouci.",
        "Bydlím v Praze 10 už 3 roky.", "Mám dluh 120 000 Kč a splácím 3 500 Kč měsíčně.",
        "Vzala jsem 20 prášků.", "Přijď v 17.30, autobus 136 jede pozdě.",
        "Narozeniny má 3. 4., slavíme v sobotu.", "Petra a Jana přijdou taky.",
        "Ahoj Lucie, Jak se máš?", "Klient Kos (pseudonym) bydlí u tety v Táboře.",
        "Čtu knihu o morových epidemiích ve středověku.",
        "Táta má Alzheimera a dneska mě nepoznal.", "Psychiatr ordinuje v Havlíčkově Brodě.",
        "Bydlím v Hradci Králové u nádraží.", "Celou noc jsem poslouchala Dvořáka a Smetanu.",
        "Moje kamarádka Kristýna z Brna.", "Na Vánoce 3 dny volna.", "Hotová práce je hotová.",
        "Bylo nás tam 12 a trvalo to 2 hodiny.", "Strana 42, kapitola 3.",
        "Máma, táta a já, 3 lidi v 2+1.", "Volala mi Petra z Prahy.",
        "Sejdeme se v 9:15 u nádraží.", "Datum: 1. 9. 2024", "spim u kamaradu, doma je krik",
        "jsem u rodicu a ceka me u lidlu",
        "Tady je odkaz https://www.example.cz/clanek/123456789 na článek.",
        "Bydlím v Krnově a jezdím do Kutné Hory, v Kutné Hoře je hezky.",
        "Verze 1.2.3 vyšla 14/3/2024.", "Smlouvu mám na 200000 Kč.",
        "Máme 5 a 6 lidí, nick shadowwolf.",
        // A letter's capitalised pronouns ("Vaše" is also a case of the surname
        // "Vaš") and the town Benešov.
        "Děkuji za Váš e-mail, Vám i Vaší rodině přeji hezký den.",
        "Píšu Vám, protože Vaše poradna mi pomohla.", "Jela jsem do Benešova za babičkou.",
        "Moje sestra Jana mi pomohla.",
        // New Year's Eve, and a boy's pet name.
        "Na Silvestra jedeme na hory.", "Náš syn Toník chodí do školky.",
        // A trip is no employer, a comma after an address word no e-mail, a
        // site no handle.
        "Na Vánoce jedu z práce k mámě v Brně.", "Jméno mi řekla, ok, cz.",
        "Profil má na seznam.cz, nic víc.",
        // After "jsem" a word in lower case that ends like a surname ("-ský",
        // "-ný") is an adjective or an adverb, not a name.
        "jsem smutny a sam", "Byla jsem dneska v práci.", "jsem psychicky na dne",
        // A possessive of a first name is no -ová surname; "sám" after a title
        // is no name.
        "petrova mama mi volala", "byla jsem u petrovy mamy", "sla jsem s novou kamaradkou",
        // Words for people, pronouns and relatives in lower case are no names.
        "kluk ze tridy mi pise hnusny zpravy", "po peti letech jsem zase doma",
        "synovi jsem koupil kolo", "o tom letech nemluvim",
        // A name that names a bridge or a square is a place.
        "Dneska mi volal z Karlova mostu.", "Sejdeme se na Palackého náměstí.",
        "Objednám tě k doktorce sám, stačí říct kdy.",
        // After a title, a word that is also a surname but says something
        // else: an adverb, a subject, pupils, a title in the vocative.
        "tak si u doktora rovnou řekni o ten lék", "Učitel matiky mi píše večer.",
        "Jsem trenér žáků v oddíle.", "Vážený pane doktore, děkuji.",
        // A number before a town is no house number without a street.
        "volej na 112 v Praze", "Kapitola 5, Praha", "Jsem v Praze 6 a je mi zle.",
        "Pan farář v Lomnici nám o Vánocích pomohl.", "Letos jsem Ježíška dělala sama.",
        "Učitelka mi napsala do Bakalářů, že syn ruší.", "Bydlím ve vesnici u Havlíčkova Brodu.",
        "Můj syn Kubík chodí do 3.B.", "Dcerka Kačenka zlobí ve školce."));

TEST(PiiScrubber, OffsetsAreUtf16WithMultiByteCharacters)
{
    // Emoji (a surrogate pair) and accented letters before the number.
    const QString text = u8("Žluťoučký kůň 😀 úpěl, volej 777 123 456 📞 nebo piš ž@ž.cz");
    const QList<PiiFinding> findings = scrubber().scan(text);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[0].kind, PiiKind::Phone);
    EXPECT_EQ(findings[0].span.start, text.indexOf(u8("777")));
    EXPECT_EQ(findings[0].span.end, text.indexOf(u8("777")) + 11);
    EXPECT_EQ(findings[1].kind, PiiKind::Email);
    EXPECT_EQ(text.mid(findings[1].span.start, findings[1].span.end - findings[1].span.start),
              u8("ž@ž.cz"));
    EXPECT_EQ(PiiScrubber::redact(text, findings),
              u8("Žluťoučký kůň 😀 úpěl, volej [phone] 📞 nebo piš [e-mail]"));
}

TEST(PiiScrubber, RedactsWithMarkersAndKeepsTheRest)
{
    EXPECT_EQ(redacted(u8("Jmenuji se Petra Svobodová, tel. 777 123 456, bydlím Vinohradská "
                          "1511/230, 100 00 Praha 10.")),
              u8("Jmenuji se Petra [surname], tel. [phone], bydlím [address], [postal code] "
                 "Praha 10."));
}

TEST(PiiScrubber, SurnameRepeatedLaterIsRedactedToo)
{
    EXPECT_EQ(redacted(u8("Lucie Dvořáková mi nebere telefon. Dvořákové jsem psala dvakrát.")),
              u8("Lucie [surname] mi nebere telefon. [surname] jsem psala dvakrát."));
}

// The tokeniser relies on the '\0' after the text to end its last word; a view into a
// longer buffer (fromRawData, no terminator) must not run on into what follows it.
TEST(PiiScrubber, TextWithoutTerminatorEndsAtItsLastWord)
{
    const QString buffer = u8("Volala paní Nováková777 123 456");
    const qsizetype wordEnd = buffer.indexOf(u8("777"));
    const QString text = QString::fromRawData(buffer.constData(), wordEnd);
    const QList<PiiFinding> findings = scrubber().scan(text);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].kind, PiiKind::Surname);
    EXPECT_EQ(findings[0].span.start, buffer.indexOf(u8("Nováková")));
    EXPECT_EQ(findings[0].span.end, wordEnd);
}

TEST(PiiScrubber, ABirthNumberWithAWrongCheckDigitIsStillRedacted)
{
    // Written as a birth number is (a date, a slash or a space, four digits), a mistyped or
    // made-up check digit must not let it through.
    const QString badRc = kRc.left(9) + QChar(u'0' + (kRc.back().unicode() - u'0' + 1) % 10);
    const QString slashed = badRc.left(6) + u'/' + badRc.mid(6);
    EXPECT_EQ(found(u8("číslo ") + slashed + u8(" je špatně")), QStringList{slashed});
    const QString spaced = badRc.left(6) + u' ' + badRc.mid(6);
    EXPECT_EQ(found(u8("to je rodné číslo, že? ") + spaced + u8(". Jsem Tereza")),
              QStringList{spaced});
}

TEST(PiiScrubber, RedactSkipsOverlappingAndOutOfRangeFindings)
{
    const QString text = u8("abcdef");
    const QList<PiiFinding> findings{
        {PiiKind::Phone, {1, 3}}, {PiiKind::Email, {2, 4}}, {PiiKind::Surname, {5, 9}}};
    EXPECT_EQ(PiiScrubber::redact(text, findings), u8("a[phone]def"));
}

TEST(PiiScrubber, InvalidIdentifiersWithoutContextAreKept)
{
    EXPECT_EQ(found(u8("kód 123/4567")), QStringList());
    // Six digits that are no date, a slash and four more are some other code.
    EXPECT_EQ(found(u8("kód 991340/1234")), QStringList());
    // A code shaped like part of an IBAN is kept; a whole Czech IBAN with a wrong check
    // digit is not: a typo in an account number still points at the account.
    EXPECT_EQ(found(u8("kód CZ00 0800 0000")), QStringList());
    EXPECT_EQ(found(u8("IBAN s překlepem CZ00 0800 0000 1920 0014 5399")),
              QStringList{u8("CZ00 0800 0000 1920 0014 5399")});
}

TEST(PiiScrubber, EmptyAndVeryLongInput)
{
    EXPECT_TRUE(scrubber().scan(QString()).isEmpty());
    EXPECT_EQ(PiiScrubber::redact(QString(), {}), QString());
    const QString line = u8("Ahoj, jsem Petra Svobodová, volej 777 123 456. ");
    QString longText;
    for (int i = 0; i < 20000; ++i)
        longText += line;
    const QList<PiiFinding> findings = scrubber().scan(longText);
    EXPECT_EQ(findings.size(), 40000);
    EXPECT_FALSE(PiiScrubber::redact(longText, findings).contains(u8("Svobodová")));
}

TEST(PiiScrubber, ScanIsThreadSafe)
{
    const QString text = u8("Petra Svobodová, rč ") + kRc +
                         u8(", tel. +420 602 345 678, "
                            "jana@seznam.cz, ul. Dlouhá 5");
    const QList<PiiFinding> expected = scrubber().scan(text);
    ASSERT_EQ(expected.size(), 5);
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 300; ++i) {
                const QList<PiiFinding> got = scrubber().scan(text);
                if (got.size() != expected.size())
                    ++mismatches;
                for (qsizetype k = 0; k < got.size() && k < expected.size(); ++k) {
                    if (got[k].span != expected[k].span || got[k].kind != expected[k].kind)
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    EXPECT_EQ(mismatches.load(), 0);
}

TEST(PiiScrubber, ExtraHelplinesFromTheDirectoryAreKept)
{
    // Without the directory an unknown service number looks like anybody's number.
    const QString text = u8("Zkus 466 265 070, nebo moje 777 123 456");
    EXPECT_EQ(found(text), (QStringList{u8("466 265 070"), u8("777 123 456")}));
    const PiiScrubber withDirectory(QStringList{u8("+420 466 265 070")});
    QStringList spans;
    for (const PiiFinding& f : withDirectory.scan(text))
        spans << text.mid(f.span.start, f.span.end - f.span.start);
    EXPECT_EQ(spans, QStringList{u8("777 123 456")});
}

} // namespace
