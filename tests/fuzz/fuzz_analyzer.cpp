// Any text a client or a worker can type or paste (or a mail could carry) through the whole
// analysis: normalisation, lexicons, frames, PII, boundaries and the classifiers. Every span
// must lie inside the text, and the same text must get the same answer twice.

#include "core/analysis/Analyzer.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace kotva;
using namespace kotva::fuzz;

namespace {

const Analyzer& analyzer()
{
    static const Analyzer instance = [] {
        auto created = Analyzer::create();
        require(created.has_value(), "the built-in analyzer loads");
        return std::move(*created);
    }();
    return instance;
}

void requireInside(const TextSpan& span, qsizetype length, const char* what)
{
    require(span.start >= 0 && span.start <= span.end && span.end <= length, what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks whose text it is, so both readings are explored.
    const Author author = (data[0] & 1) ? Author::Worker : Author::Client;
    const QString text = QString::fromUtf8(bytes(data + 1, size - 1));
    const Analysis analysis = analyzer().analyze(text, author);
    for (const CrisisSignal& signal : analysis.crisis.signals)
        requireInside(signal.span, text.size(), "a crisis signal's span lies in the text");
    for (const BoundaryFinding& finding : analysis.boundaries)
        requireInside(finding.span, text.size(), "a boundary finding's span lies in the text");
    for (const PiiFinding& finding : analysis.pii)
        requireInside(finding.span, text.size(), "a PII finding's span lies in the text");
    // The analyzer keeps no state between messages: the same text gets the same answer.
    const Analysis again = analyzer().analyze(text, author);
    require(again.crisis.level == analysis.crisis.level && again.redacted == analysis.redacted,
            "the same text is analysed the same way twice");
    return 0;
}
