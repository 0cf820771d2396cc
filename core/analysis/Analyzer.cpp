#include "core/analysis/Analyzer.h"

#include "core/analysis/pii/PiiScrubber.h"
#include "core/analysis/rules/BoundaryChecker.h"
#include "core/analysis/rules/CrisisDetector.h"
#include "core/analysis/rules/RuleHits.h"
#include "core/analysis/text/NormalisedText.h"
#include "core/common/Logging.h"

namespace kotva {

struct Analyzer::Impl
{
    LexiconMatcher matcher;
    CrisisDetector crisis;
    BoundaryChecker boundaries;
    PiiScrubber pii;
};

Analyzer::Analyzer(std::shared_ptr<const Impl> impl)
    : m_impl(std::move(impl))
{}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(const Analyzer&) = default;
Analyzer& Analyzer::operator=(const Analyzer&) = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

Result<Analyzer> Analyzer::create()
{
    return create(Lexicon::builtInDirectory());
}

Result<Analyzer> Analyzer::create(const QString& lexiconDirectory)
{
    auto lexicons = Lexicon::loadDirectory(lexiconDirectory);
    if (!lexicons)
        return std::unexpected(lexicons.error());
    return create(*lexicons);
}

Result<Analyzer> Analyzer::create(const QList<Lexicon>& lexicons)
{
    auto matcher = LexiconMatcher::compile(lexicons);
    if (!matcher)
        return std::unexpected(matcher.error());
    auto impl = std::make_shared<Impl>();
    impl->matcher = std::move(*matcher);
    qCDebug(lcAnalysis) << "compiled" << impl->matcher.patternCount() << "patterns into"
                        << impl->matcher.stateCount() << "states";
    return Analyzer(std::move(impl));
}

Analysis Analyzer::analyze(const QString& text, Author author) const
{
    const NormalisedText normalised(text);
    const QList<LexiconMatch> matches = m_impl->matcher.match(normalised);
    Analysis analysis;
    if (!matches.isEmpty()) {
        // Both detectors read the same sentence boundaries: built once.
        const rules::SentenceMap sentences(normalised);
        analysis.crisis = m_impl->crisis.assess(normalised, matches, sentences);
        analysis.boundaries = m_impl->boundaries.check(normalised, matches, author, sentences);
    }
    analysis.pii = m_impl->pii.scan(normalised, matches);
    analysis.redacted = analysis.pii.isEmpty() ? text : PiiScrubber::redact(text, analysis.pii);
    return analysis;
}

const LexiconMatcher& Analyzer::matcher() const
{
    return m_impl->matcher;
}

} // namespace kotva
