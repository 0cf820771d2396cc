#pragma once

// The statistical safety net of the boundary checks: one fastText classifier for a
// worker's drafts and one for a client's messages, over the folded words and their
// character n-grams, trained at build time on the boundary tuning corpus
// (tools/risk_trainer --task boundary-worker|boundary-client). The lexicons' phrases learn
// the writers they were tuned on; the classifier catches wordings of the same crossings
// they miss. It only adds: a rule the rules found already is left as they found it, and
// its finding names no words (an empty span) but says that the wording as a whole
// resembles drafts or requests of that rule, with the rule's own advice.
//
// The threshold comes from cross-validation by writer on the tuning corpus (each file's
// messages predicted by a model trained on the other files): a small share of the "ok"
// messages reached it out of fold (see boundary-*-thresholds.json beside the models). It
// holds for texts as long as the corpus' messages; longer ones are left to the rules.

#include "core/analysis/Findings.h"
#include "core/analysis/classifier/LabelModel.h"
#include "core/common/Error.h"

#include <QByteArrayView>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace kotva {

class NormalisedText;

class BoundaryClassifier final
{
public:
    struct Thresholds
    {
        double flag = 1.0; ///< the probability of a rule from which it is flagged
        /// The longest folded text (NormalisedText::folded().size()) it was chosen on.
        qsizetype calibratedLength = 0;
    };
    /// A model file's bytes (LabelModelFormat.h) and its thresholds JSON.
    struct ModelFiles
    {
        QByteArrayView model;
        QByteArrayView thresholdsJson;
    };

    /// The models built into Kotva (":/classifier/boundary-worker…", "…boundary-client…").
    [[nodiscard]] static Result<BoundaryClassifier> builtIn();
    [[nodiscard]] static Result<BoundaryClassifier> load(ModelFiles worker, ModelFiles client);

    /// The rule the text's wording resembles most, when its probability reaches the
    /// threshold; nothing when "ok" is likelier or the text is longer than calibrated.
    [[nodiscard]] std::optional<BoundaryRule> resemblance(const NormalisedText& text,
                                                          Author author) const;
    /// Adds the resembled rule's finding (empty span) after the rules' findings, unless
    /// they found that rule already. Const, thread-safe, no I/O.
    void add(const NormalisedText& text, Author author, QList<BoundaryFinding>& findings) const;

    [[nodiscard]] const Thresholds& thresholds(Author author) const;

private:
    struct RoleModel
    {
        std::shared_ptr<const LabelModel> model;
        Thresholds thresholds;
        /// The rule of each of the model's labels; nothing for "ok".
        std::vector<std::optional<BoundaryRule>> ruleOfLabel;
    };
    explicit BoundaryClassifier(std::array<RoleModel, 2> models);
    [[nodiscard]] static Result<RoleModel> loadRole(ModelFiles files, const QString& what);
    [[nodiscard]] const RoleModel& role(Author author) const;

    std::array<RoleModel, 2> m_models; ///< Author::Worker, Author::Client
};

} // namespace kotva
