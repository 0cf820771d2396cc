#pragma once

// The file the build-time trainer (tools/risk_trainer, --task boundary-…) writes and
// LabelModel reads: a fastText supervised model over any number of labels, with its
// output matrix already applied to every input row (as in RiskModelFormat.h: the mean of
// the rows' label scores is fastText's score). Rows that are all zero are left out:
// fastText trains few of its hash buckets, and a dense file would be megabytes of zeros.
//
// Layout, little-endian, every field 4 bytes unless said otherwise:
//   magic "KLM1", version
//   minn, maxn, wordNgrams, bucket, nwords, eosWord, labelCount
//   labelCount labels: u16 byte length, the name in UTF-8 (without "__label__")
//   nwords words: u16 byte length, the folded word in UTF-8 (fastText's dictionary order,
//                 so word i is row i; eosWord is fastText's end-of-line token "</s>")
//   rowCount, then rowCount times: the row's index (a word below nwords, bucket b at
//   nwords + b), labelCount floats (the scores of the labels in the order above)

#include <cstdint>

namespace kotva::labelmodel {

inline constexpr char Magic[4] = {'K', 'L', 'M', '1'};
inline constexpr std::uint32_t Version = 1;
/// More would be a different kind of model than the few rules Kotva has (and LabelModel
/// keeps a row in one cache line).
inline constexpr std::uint32_t MaxLabels = 16;

} // namespace kotva::labelmodel
