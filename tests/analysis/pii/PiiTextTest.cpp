#include "core/analysis/pii/PiiText.h"

#include "core/analysis/text/NormalisedText.h"

#include <QString>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::pii;

namespace {

// The Analyzer builds the scanners' tokens from the words it has already normalised;
// the scrubber on its own reads every character. Whatever the text, both must give the
// scanners the same tokens, or a number or a name would be found one way and not the other.
void expectSameTokens(const QString& text)
{
    const PiiText direct(text);
    const PiiText reused{NormalisedText(text)};
    SCOPED_TRACE(text.toStdString());
    ASSERT_EQ(reused.count(), direct.count());
    EXPECT_EQ(reused.foldedText(), direct.foldedText());
    EXPECT_EQ(reused.digitTokens(), direct.digitTokens());
    EXPECT_EQ(reused.nonLetterTokens(), direct.nonLetterTokens());
    for (qsizetype i = 0; i < direct.count(); ++i) {
        const PiiToken& a = direct.at(i);
        const PiiToken& b = reused.at(i);
        EXPECT_EQ(b.start, a.start) << i;
        EXPECT_EQ(b.end, a.end) << i;
        EXPECT_EQ(b.kind, a.kind) << i;
        EXPECT_EQ(b.gap, a.gap) << i;
        EXPECT_EQ(b.lineBreakBefore, a.lineBreakBefore) << i;
        EXPECT_EQ(b.capitalized, a.capitalized) << i;
        EXPECT_EQ(b.hash, a.hash) << i;
    }
}

} // namespace

TEST(PiiText, TokensAreTheSameFromNormalisedText)
{
    for (const char* text : {
             "",
             "   ",
             "Jmenuji se Petra Nováková, volejte mi na +420 777 123 456.",
             "Bydlím v Praze 10, Vinohradská 12/34, 120 00.\nMůj e-mail: petra.n@seznam.cz",
             "Rodné číslo 8551011234, účet 19-2000145399/0800, IBAN CZ65 0800 0000 1920 0014 5399",
             "ÚČET…číslo:\t\t12345678/0100 (KB) — PETRA?! ok;  ok",
             "abc2def 12a CZ65 2x 3.5 10:30 1.1.2000",
             "\u00A0nezlomitelná\u00A0mezera a tabulátor\tkonec\r\nnový řádek\u2029odstavec",
             "😢 Nechci žít… 💊💊 „uvozovky“ «a» (závorky) [hranaté] {složené}",
             "sebe\u00ADvražda",
             "nechci z\u030Cít",
             "mám \u0663\u0664 prášků",
             "kapitola \u216B, \u00B2 a \u00BD",
             "\u0301začátek slova se znaménkem",
             "ZWJ uvnitř slo\u200Dva a joiner\u2060tady",
         })
        expectSameTokens(QString::fromUtf8(text));
}
