#include "core/analysis/Analyzer.h"

#include "core/analysis/classifier/BoundaryClassifier.h"
#include "core/analysis/classifier/RiskClassifier.h"
#include "core/analysis/pii/PiiScrubber.h"
#include "core/analysis/rules/BoundaryChecker.h"
#include "core/analysis/rules/CrisisDetector.h"
#include "core/analysis/rules/RuleHits.h"
#include "core/analysis/text/NormalisedText.h"
#include "core/common/Logging.h"

#include <optional>

namespace kotva {

struct Analyzer::Impl
{
    LexiconMatcher matcher;
    CrisisDetector crisis;
    BoundaryChecker boundaries;
    PiiScrubber pii;
    std::optional<RiskClassifier> classifier;
    std::optional<BoundaryClassifier> boundaryClassifier;
};

Analyzer::Analyzer(std::shared_ptr<const Impl> impl)
    : m_impl(std::move(impl))
{}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(const Analyzer&) = default;
Analyzer& Analyzer::operator=(const Analyzer&) = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

Result<Analyzer> Analyzer::create(Classifier classifier)
{
    return create(Lexicon::builtInDirectory(), classifier);
}

Result<Analyzer> Analyzer::create(const QString& lexiconDirectory, Classifier classifier)
{
    auto lexicons = Lexicon::loadDirectory(lexiconDirectory);
    if (!lexicons)
        return std::unexpected(lexicons.error());
    return create(*lexicons, classifier);
}

Result<Analyzer> Analyzer::create(const QList<Lexicon>& lexicons, Classifier classifier)
{
    auto matcher = LexiconMatcher::compile(lexicons);
    if (!matcher)
        return std::unexpected(matcher.error());
    auto impl = std::make_shared<Impl>();
    impl->matcher = std::move(*matcher);
    qCDebug(lcAnalysis) << "compiled" << impl->matcher.patternCount() << "patterns into"
                        << impl->matcher.stateCount() << "states";
    if (classifier == Classifier::BuiltIn) {
        Result<RiskClassifier> loaded = RiskClassifier::builtIn();
        if (!loaded)
            return std::unexpected(loaded.error());
        impl->classifier = std::move(*loaded);
        Result<BoundaryClassifier> boundaries = BoundaryClassifier::builtIn();
        if (!boundaries)
            return std::unexpected(boundaries.error());
        impl->boundaryClassifier = std::move(*boundaries);
    }
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
    // The safety net reads only what a client wrote (a worker's draft carries no risk level
    // of its own) and only where it could still raise the level.
    if (m_impl->classifier && author == Author::Client && analysis.crisis.level != RiskLevel::Acute)
        m_impl->classifier->raise(normalised, analysis.crisis);
    // The boundary safety net reads both: a worker's draft for crossings, a client's
    // message for requests the service does not meet. Not a client's message in acute
    // danger: the client model never saw one (its corpus has none), "mám doma prášky a dnes
    // je všechny spolykám" reads to it like a question about medicines, and the worker needs
    // the crisis pane there, not an answer about the service's scope. (A concern may well
    // come with a request: "mám deprese, můžu vysadit léky?")
    if (m_impl->boundaryClassifier &&
        (author == Author::Worker || analysis.crisis.level != RiskLevel::Acute))
        m_impl->boundaryClassifier->add(normalised, author, analysis.boundaries);
    analysis.pii = m_impl->pii.scan(normalised, matches);
    analysis.redacted = analysis.pii.isEmpty() ? text : PiiScrubber::redact(text, analysis.pii);
    return analysis;
}

const LexiconMatcher& Analyzer::matcher() const
{
    return m_impl->matcher;
}

bool Analyzer::hasClassifier() const
{
    return m_impl->classifier.has_value();
}

} // namespace kotva
