#include "RulesRating.h"

#include "core/analysis/rules/CrisisDetector.h"
#include "core/analysis/text/Lexicon.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"

#include <stdexcept>

namespace kotva::trainer {

std::vector<RulesRating> rateByRules(const std::vector<TuningRow>& rows)
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
    std::vector<RulesRating> ratings;
    ratings.reserve(rows.size());
    for (const TuningRow& row : rows) {
        const NormalisedText text(row.message);
        const CrisisAssessment assessment = detector.assess(text, matcher->match(text));
        ratings.push_back(RulesRating{assessment.level, assessment.signalWords});
    }
    return ratings;
}

} // namespace kotva::trainer
