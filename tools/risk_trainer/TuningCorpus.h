#pragma once

// The tuning corpus as the trainer sees it: labelled client messages from TSV files
// (label<TAB>message, a header line, '#' comments), folded by the analysis' own
// NormalisedText so the model is trained on exactly the words it reads at runtime.

#include "core/analysis/classifier/RiskModelFormat.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kotva::trainer {

struct TuningRow
{
    QString origin; ///< "file.tsv:line", for the cross-validation listing
    riskmodel::Label label = riskmodel::None;
    std::string folded; ///< the words as NormalisedText folds them, single spaces, UTF-8
    /// NormalisedText::folded().size() (UTF-16 units, with the spaces around the words)
    qsizetype foldedLength = 0;
};

/// The longest foldedLength of rows: the classifier's thresholds hold for messages up to
/// this length.
[[nodiscard]] qsizetype longestMessage(const std::vector<TuningRow>& rows);

/// Reads every file in files (sorted by file name, so the order does not depend on how
/// the build lists them). Rows without a word are left out. Nothing on a malformed line:
/// the message says where.
[[nodiscard]] std::optional<std::vector<TuningRow>> readTuningCorpus(const QStringList& files,
                                                                     QString* error);

/// "__label__acute" for riskmodel::Acute, and so on.
[[nodiscard]] std::string fastTextLabel(riskmodel::Label label);

/// The label of a fastText label string, or nothing for an unknown one.
[[nodiscard]] std::optional<riskmodel::Label> labelFromFastText(const std::string& label);

} // namespace kotva::trainer
