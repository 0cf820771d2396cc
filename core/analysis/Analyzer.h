#pragma once

// The one entry point of the analysis: a text in, every finding out (crisis level and
// signals, boundary findings, personal data and the redacted text). Loads and compiles
// the lexicons (and loads the classifiers) once; afterwards analyze() is const,
// thread-safe and does no I/O, and runs the lexicon automaton once per text for all
// detectors.

#include "core/analysis/Findings.h"
#include "core/analysis/text/Lexicon.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/common/Error.h"

#include <QList>
#include <QString>

#include <memory>

namespace kotva {

class NormalisedText;

class Analyzer final
{
public:
    /// Whether the statistical safety nets run: RiskClassifier may raise the risk level the
    /// rules gave a client's message, BoundaryClassifier may add a boundary finding the
    /// rules missed. The app and the CLI run with them; rule tests and the evaluation
    /// report compare both.
    enum class Classifier { BuiltIn, Off };

    /// With the lexicons shipped with Kotva (resource ":/lexicons").
    [[nodiscard]] static Result<Analyzer> create(Classifier classifier = Classifier::BuiltIn);
    /// With an organisation's own lexicon folder (every *.json directly in it).
    [[nodiscard]] static Result<Analyzer> create(const QString& lexiconDirectory,
                                                 Classifier classifier = Classifier::BuiltIn);
    /// With lexicons already parsed (tests, the benchmark).
    [[nodiscard]] static Result<Analyzer> create(const QList<Lexicon>& lexicons,
                                                 Classifier classifier = Classifier::BuiltIn);

    ~Analyzer();
    Analyzer(const Analyzer&);
    Analyzer& operator=(const Analyzer&);
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;

    /// Analyses one message. author decides how boundaries are read (a worker's draft
    /// crossing the role, or a client's request the service does not meet).
    [[nodiscard]] Analysis analyze(const QString& text, Author author) const;

    /// The compiled lexicons (for diagnostics, the benchmark and detectors' tests).
    [[nodiscard]] const LexiconMatcher& matcher() const;
    /// Whether this analyzer runs the classifiers.
    [[nodiscard]] bool hasClassifier() const;

    struct Impl;

private:
    explicit Analyzer(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> m_impl;
};

} // namespace kotva
