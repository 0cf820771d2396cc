#pragma once

// The file the build-time trainer (tools/risk_trainer) writes and RiskClassifier reads:
// a fastText supervised model with its output matrix already applied to every input row.
// fastText predicts softmax(B · (1/N) Σ rows); B · (1/N) Σ rows = (1/N) Σ (B · row), so
// each input row can be stored as its three label scores instead of its dim floats: the
// same prediction (up to float rounding) from three numbers an n-gram instead of dim.
// (RiskModel turns them into a more compact form when it loads them.)
//
// Layout, little-endian, every field 4 bytes unless said otherwise:
//   magic "KRM1", version
//   minn, maxn, wordNgrams, bucket, nwords, eosWord
//   nwords words: u16 byte length, the folded word in UTF-8 (fastText's dictionary order,
//                 so word i is row i; eosWord is fastText's end-of-line token "</s>")
//   zero padding to a multiple of 16 bytes from the file start
//   (nwords + bucket) rows of RowFloats floats: the scores of Label::None, Concern, Acute
//   and a zero

#include <cstdint>

namespace kotva::riskmodel {

inline constexpr char Magic[4] = {'K', 'R', 'M', '1'};
inline constexpr std::uint32_t Version = 1;
inline constexpr int RowFloats = 4;

/// The score columns of a row, in this order.
enum Label : int { None = 0, Concern = 1, Acute = 2, LabelCount = 3 };

/// fastText's token for the end of a line: every line it was trained on ends with one, so
/// every prediction adds its row.
inline constexpr char EndOfLine[] = "</s>";

} // namespace kotva::riskmodel
