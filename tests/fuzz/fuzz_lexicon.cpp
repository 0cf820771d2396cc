// An organisation's own lexicon file (Lexicon::parse), and when it parses, compiled into the
// matcher and run over a few sentences: a bad file must be an error naming the file, never a
// crash or a matcher that reads out of bounds.

#include "core/analysis/text/Lexicon.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace kotva;
using namespace kotva::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    const QByteArray json = bytes(data, size);
    const auto lexicon = Lexicon::parse(json, QStringLiteral("fuzz.json"));
    if (!lexicon) {
        require(lexicon.error().message.contains(QStringLiteral("fuzz.json")),
                "a lexicon error names the file");
        return 0;
    }
    const auto matcher = LexiconMatcher::compile({*lexicon});
    if (!matcher)
        return 0;
    static const QStringList sentences{
        QStringLiteral("Spolkla jsem asi 30 prášků a zapila to vínem."),
        QStringLiteral("stojim na moste a koukam dolu, dneska vecer to skoncim"),
        QStringLiteral("Ta zkouška mě zabije, ale jinak dobrý 🙂"),
    };
    for (const QString& sentence : sentences) {
        const NormalisedText text(sentence);
        for (const LexiconMatch& match : matcher->match(text)) {
            require(match.entry != nullptr, "every match points at its entry");
            require(match.firstToken < match.endToken, "a match covers at least one word");
            require(match.span.start >= 0 && match.span.start < match.span.end &&
                        match.span.end <= sentence.size(),
                    "a match's span lies in the sentence");
        }
    }
    return 0;
}
