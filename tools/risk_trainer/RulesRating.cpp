#include "RulesRating.h"

#include "core/analysis/rules/CrisisDetector.h"
#include "core/analysis/text/Lexicon.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"

#include <stdexcept>

namespace kotva::trainer {

std::vector<RiskLevel> rateByRules(const std::vector<TuningRow>& rows)
{
    const auto lexicons = Lexicon::loadDirectory(Lexicon::builtInDirectory());
    if (!lexicons)
        throw std::runtime_error("the built-in lexicons do not load: " +
                                 lexicons.error().toString().toStdString());
    const auto matcher = LexiconMatcher::compile(*lexicons);
    if (!matcher)
        throw std::runtime_error("the built-in lexicons do not compile: " +
                                 matcher.error().toString().toStdString());
    const CrisisDetector detector;
    std::vector<RiskLevel> levels;
    levels.reserve(rows.size());
    for (const TuningRow& row : rows) {
        const NormalisedText text(row.message);
        levels.push_back(detector.assess(text, matcher->match(text)).level);
    }
    return levels;
}

} // namespace kotva::trainer
