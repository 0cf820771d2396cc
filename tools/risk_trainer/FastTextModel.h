#pragma once

// fastText (Debian's libfasttext 0.9.2) trained the one way Kotva needs: supervised,
// softmax, one thread and a fixed seed, so the same corpus always gives the same model.
// (With one thread 0.9.2 draws the initial input matrix and every training step from
// generators seeded by Args::seed alone; there is no clock or thread timing involved.)

#include "TuningCorpus.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fasttext {
class FastText;
}

namespace kotva::trainer {

/// Chosen by cross-validation on the tuning corpus (3,023 messages; rules + classifier,
/// out of fold, acute messages rated acute / concern rated concern or higher, at the same
/// ~6 % of "none" raised): character 5-grams alone (565-608 / 915-919 of 1023 / 940 over
/// three seeds) beat 4-grams (541 / 909), 3-5 (490 / 895), 3-grams (515 / 887) and words
/// alone (430 / 911); 6-grams were as good (593-614 / 918-921) at one more multiplication
/// a character. One length costs one n-gram per character at runtime. dim (16 or 32),
/// epochs (25 or 50) and 2^16 or 2^17 buckets barely mattered, 2^15 lost acute ones; word
/// bigrams helped a little. A vocabulary of the words seen 50 times (a few dozen function
/// words) scored as well as every word, and makes the runtime's lookup of known words a
/// table in the first-level cache. bucket must be a power of two (the runtime masks
/// instead of dividing).
/// Chosen again on the tuning corpus of 5,800 messages (the classifier alone, 10 folds, acute
/// messages that reach the acute threshold set so that no "none" message does): 4- to
/// 6-grams 1,187 of 2,183, 5-grams alone 899, 3-5 964, 4-7 1,129; with every word in the
/// vocabulary 1,205, 32 dimensions 1,209, 100 epochs 1,221 (small gains, kept out for the
/// runtime's cost). Three n-gram lengths cost three lookups a character, on short messages
/// only (longer ones are left to the rules).
struct Hyperparameters
{
    int dim = 16;
    int epoch = 50;
    double lr = 0.5;
    int minn = 4;
    int maxn = 6;
    int wordNgrams = 2;
    int bucket = 1 << 16;
    int seed = 1;
    int minCount = 50;
};

/// Probabilities of the corpus' labels, in their order (riskmodel::Label for risk).
using Probabilities = std::vector<double>;

class FastTextModel final
{
public:
    /// Trains on rows (in this order), whose labels are indices into labels, through a
    /// training file at scratchPath.
    FastTextModel(const std::vector<TuningRow>& rows, std::vector<std::string> labels,
                  const Hyperparameters& hyper, const std::string& scratchPath);
    ~FastTextModel();
    FastTextModel(const FastTextModel&) = delete;
    FastTextModel& operator=(const FastTextModel&) = delete;

    /// fastText's own prediction for one folded line.
    [[nodiscard]] Probabilities predict(const std::string& folded) const;

    [[nodiscard]] const fasttext::FastText& model() const { return *m_model; }
    [[nodiscard]] const std::vector<std::string>& labels() const { return m_labels; }
    /// The output row of fastText's model that scores labels()[i].
    [[nodiscard]] std::int32_t outputRow(std::size_t i) const;
    void save(const std::string& path) const;

private:
    std::unique_ptr<fasttext::FastText> m_model;
    std::vector<std::string> m_labels;
};

/// The rows in a fixed pseudo-random order: the files group messages by label, and SGD
/// with a decaying rate must not see all "none" last.
[[nodiscard]] std::vector<TuningRow> shuffled(std::vector<TuningRow> rows, unsigned seed);

} // namespace kotva::trainer
