#include "core/analysis/pii/PiiScrubber.h"
#include "tests/analysis/pii/PiiTestData.h"

#include <gtest/gtest.h>

using namespace kotva;

namespace {

// A message and the text that must be reported as Handle ("" for none).
struct Case
{
    const char* message;
    const char* expected;
};

class HandleScanner : public ::testing::TestWithParam<Case>
{};

TEST_P(HandleScanner, FindsWhatIdentifies)
{
    static const PiiScrubber scrubber;
    const QString message = QString::fromUtf8(GetParam().message);
    QStringList found;
    for (const PiiFinding& f : scrubber.scan(message)) {
        if (f.kind == PiiKind::Handle)
            found << message.mid(f.span.start, f.span.end - f.span.start);
    }
    const QString expected = QString::fromUtf8(GetParam().expected);
    EXPECT_EQ(found, expected.isEmpty() ? QStringList() : QStringList{expected});
}

INSTANTIATE_TEST_SUITE_P(
    Forms, HandleScanner,
    ::testing::Values(Case{"Najdeš mě jako @pavla.kresli na instáči.", "@pavla.kresli"},
                      Case{"Jsem tam jako @marek_99!", "@marek_99"},
                      Case{"Moje přezdívka je bara_vesela, napiš mi.", "bara_vesela"},
                      Case{"moje prezdivka je kačka_03", "kačka_03"},
                      Case{"Na Instagramu jsem lenka.fotí, piš tam.", "lenka.fotí"},
                      Case{"na instagramu jsem lenka.foti", "lenka.foti"},
                      Case{"piš na discord jako pepa.novak07", "pepa.novak07"},
                      Case{"Můj mail je petra.mala@seznam.cz.", ""}, Case{"Ahoj.Jak se máš?", ""},
                      Case{"Přišlo to z webu seznam.cz a bylo to 12.5. ráno.", ""},
                      Case{"Paní Nová-Malá je česko-slovenská.", ""},
                      Case{"na discordu se jmenuje ShadowKing_CZ", "ShadowKing_CZ"},
                      Case{"dali to na youtube na kanál KralTrebicak.", "KralTrebicak"},
                      Case{"na youtube mám video z iPhonu a poslala ho přes WhatsApp", ""}));

} // namespace
