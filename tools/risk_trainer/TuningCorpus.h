#pragma once

// The tuning corpus as the trainer sees it: labelled messages from TSV files (a header
// line, '#' comments), folded by the analysis' own NormalisedText so the model is trained
// on exactly the words it reads at runtime. Risk files are label<TAB>message (client
// messages); boundary files are role<TAB>rule<TAB>message, of which one role is read.

#include "core/analysis/classifier/RiskModelFormat.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kotva::trainer {

struct TuningRow
{
    QString origin;     ///< "file.tsv:line", for the cross-validation listing
    int file = 0;       ///< which of the sorted files it came from (one writer each)
    int label = 0;      ///< index into the corpus' label names (riskmodel::Label for risk)
    QString message;    ///< as written (the rules read it, see RulesRating.h)
    std::string folded; ///< the words as NormalisedText folds them, single spaces, UTF-8
    /// NormalisedText::folded().size() (UTF-16 units, with the spaces around the words)
    qsizetype foldedLength = 0;
};

/// The longest foldedLength of rows: the classifier's thresholds hold for messages up to
/// this length.
[[nodiscard]] qsizetype longestMessage(const std::vector<TuningRow>& rows);

/// Rows and the names of their labels.
struct Corpus
{
    std::vector<std::string> labels;
    std::vector<TuningRow> rows;
};

/// The label names of the risk corpus, in riskmodel::Label order.
[[nodiscard]] std::vector<std::string> riskLabels();
/// The label of the boundary messages that cross nothing (the first label).
inline constexpr char OkLabel[] = "ok";

/// Reads every risk file in files (sorted by file name, so the order does not depend on
/// how the build lists them). Rows without a word are left out. Nothing on a malformed
/// line: the message says where.
[[nodiscard]] std::optional<Corpus> readRiskCorpus(const QStringList& files, QString* error);

/// The messages of one role ("worker" or "client") in the boundary files, the same way;
/// the labels are "ok" and then the rules in the order of their names.
[[nodiscard]] std::optional<Corpus> readBoundaryCorpus(const QStringList& files,
                                                       const QString& role, QString* error);

} // namespace kotva::trainer
