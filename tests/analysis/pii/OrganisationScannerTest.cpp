#include "core/analysis/pii/PiiScrubber.h"
#include "tests/analysis/pii/PiiTestData.h"

#include <gtest/gtest.h>

using namespace kotva;

namespace {

// A message and the text that must be reported as Organisation ("" for none).
struct Case
{
    const char* message;
    const char* expected;
};

class OrganisationScanner : public ::testing::TestWithParam<Case>
{};

TEST_P(OrganisationScanner, FindsWhatIdentifies)
{
    static const PiiScrubber scrubber;
    const QString message = QString::fromUtf8(GetParam().message);
    QStringList found;
    for (const PiiFinding& f : scrubber.scan(message)) {
        if (f.kind == PiiKind::Organisation)
            found << message.mid(f.span.start, f.span.end - f.span.start);
    }
    const QString expected = QString::fromUtf8(GetParam().expected);
    EXPECT_EQ(found, expected.isEmpty() ? QStringList() : QStringList{expected});
}

INSTANTIATE_TEST_SUITE_P(
    Forms, OrganisationScanner,
    ::testing::Values(
        // schools
        Case{"Dcera chodí do ZŠ Palackého a učí se dobře.", "ZŠ Palackého"},
        Case{"dcera chodi na zs palackeho a uci se dobre", "zs palackeho"},
        Case{"Syn je na ZŠ U Lesa od září.", "ZŠ U Lesa"},
        Case{"Studuju na gymnáziu Jana Nerudy v Praze.", "gymnáziu Jana Nerudy"},
        Case{"studuju na gymnaziu Jana Nerudy", "gymnaziu Jana Nerudy"},
        Case{"Ve škole je to hrozné a na gymnáziu taky.", ""}, Case{"Do školy Adama nevezmou.", ""},
        // hospitals
        Case{"Máma leží v nemocnici v Kladně.", "nemocnici v Kladně"},
        Case{"mama lezi v okresni nemocnici v Kladne", "okresni nemocnici v Kladne"},
        Case{"Byla jsem na psychiatrii v Bohnicích.", "psychiatrii v Bohnicích"},
        Case{"Ležel v nemocnici Na Bulovce.", "nemocnici Na Bulovce"},
        Case{"V nemocnici v noci nikdo nebyl.", ""}, Case{"Jsem z Kladna a je mi 20.", ""},
        // homes and institutes
        Case{"Vyrůstal jsem v dětském domově v Krásné Lípě a nemám nikoho.",
             "dětském domově v Krásné Lípě"},
        Case{"Brácha je v Diagnostickém ústavu Hodkovičky.", "Diagnostickém ústavu Hodkovičky"},
        Case{"jsem ve vychovnym ustavu v Boleticich a chci utect", "ustavu v Boleticich"},
        Case{"Syna odvezli do FN Motol na psychiatrii.", "FN Motol"},
        Case{"Ve svém domově se cítím bezpečně.", ""},
        Case{"Maminka je v Domově pro seniory Na Vyhlídce a nejí.",
             "Domově pro seniory Na Vyhlídce"},
        Case{"Babička je v domově pro seniory v Písku.", "domově pro seniory v Písku"},
        Case{"Děda leží v nemocnici Motol a nikdo za ním nechodí.", "nemocnici Motol"},
        Case{"Bydlím v Motole a do práce jezdím tramvají.", ""},
        // chain stores at a place
        Case{"Potkala jsem ho v Albertu na Želivského.", "Albertu na Želivského"},
        Case{"potkala jsem ho v albertu na zelivskeho", "albertu na zelivskeho"},
        Case{"Pracuju v Lidlu v Chrudimi.", "Lidlu v Chrudimi"},
        Case{"Koupila jsem to v Lidlu a šla domů.", ""},
        Case{"Brigádničím v Kauflandu Kolín na pokladně.", "Kauflandu Kolín"},
        // an employer or school in its town, after words about work or school
        Case{"Pracuju ve Strojírnách Vítkovice v Ostravě na směně.",
             "Strojírnách Vítkovice v Ostravě"},
        Case{"Syn chodí na Hotelovou školu v Poděbradech a je tam nešťastný.",
             "Hotelovou školu v Poděbradech"},
        Case{"Na Vánoce jedu k mámě do Brna.", ""}, Case{"Pracuju z domova v Brně.", ""},
        // companies
        Case{"Dělám u firmy Stavby Novotný s.r.o. na stavbě.", "Stavby Novotný s.r.o."},
        Case{"delam u firmy Zelenina Hruby a. s. na sklade", "Zelenina Hruby a. s."},
        Case{"Pracuju v Pekárně Kvasnička, s.r.o. od rána.", "Pekárně Kvasnička, s.r.o."},
        // workplaces named like schools
        Case{"Uklízím v lékárně Benu na náměstí.", "lékárně Benu"},
        Case{"Na recepci v hoteli Grand mě šéf ponižuje.", "hoteli Grand"},
        Case{"V hotelu bylo hezky, snídaně výborná.", ""}, Case{"Je to a tak.", ""},
        // A university named by one word; a short acronym only in capitals.
        Case{"Studuju druhák na ČVUT a nezvládám to.", "ČVUT"},
        Case{"jsem prvák na matfyzu a vubec to nedavam", "matfyzu"},
        Case{"Jsem prvák na VŠE a asi mě vyhodí.", "VŠE"},
        Case{"Je mi to vše jedno, obětoval jsem dámu a vyhrál.", ""}));

} // namespace
