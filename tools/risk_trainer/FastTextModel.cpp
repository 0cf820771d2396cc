#include "FastTextModel.h"

#include <algorithm>
#include <fasttext/args.h>
#include <fasttext/dictionary.h>
#include <fasttext/fasttext.h>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace kotva::trainer {

namespace {

/// How fastText tells a label from a word.
constexpr char LabelPrefix[] = "__label__";

fasttext::Args argsFor(const Hyperparameters& hyper, const std::string& input)
{
    fasttext::Args args;
    args.input = input;
    args.model = fasttext::model_name::sup;
    args.loss = fasttext::loss_name::softmax;
    args.dim = hyper.dim;
    args.epoch = hyper.epoch;
    args.lr = hyper.lr;
    args.minn = hyper.minn;
    args.maxn = hyper.maxn;
    args.wordNgrams = hyper.wordNgrams;
    args.bucket = hyper.bucket;
    args.minCount = hyper.minCount;
    args.minCountLabel = 1;
    args.thread = 1;
    args.seed = hyper.seed;
    args.verbose = 0;
    return args;
}

} // namespace

FastTextModel::FastTextModel(const std::vector<TuningRow>& rows, std::vector<std::string> labels,
                             const Hyperparameters& hyper, const std::string& scratchPath)
    : m_model(std::make_unique<fasttext::FastText>())
    , m_labels(std::move(labels))
{
    {
        std::ofstream out(scratchPath, std::ios::binary | std::ios::trunc);
        for (const TuningRow& row : rows)
            out << LabelPrefix << m_labels.at(std::size_t(row.label)) << ' ' << row.folded << '\n';
        if (!out)
            throw std::runtime_error("cannot write " + scratchPath);
    }
    m_model->train(argsFor(hyper, scratchPath));
}

FastTextModel::~FastTextModel() = default;

Probabilities FastTextModel::predict(const std::string& folded) const
{
    std::istringstream line(folded + '\n');
    std::vector<std::pair<fasttext::real, std::string>> predictions;
    m_model->predictLine(line, predictions, -1, 0.0);
    Probabilities probabilities(m_labels.size(), 0.0);
    // predictLine returns exp(log(p + 1e-5)) (fastText's std_log guards log(0)).
    for (const auto& [probability, label] : predictions) {
        const auto known = std::ranges::find(m_labels, label.substr(sizeof LabelPrefix - 1));
        if (known != m_labels.end())
            probabilities[std::size_t(known - m_labels.begin())] =
                std::max(0.0, double(probability) - 1e-5);
    }
    return probabilities;
}

std::int32_t FastTextModel::outputRow(std::size_t i) const
{
    const auto dictionary = m_model->getDictionary();
    for (std::int32_t row = 0; row < dictionary->nlabels(); ++row) {
        if (dictionary->getLabel(row) == LabelPrefix + m_labels.at(i))
            return row;
    }
    throw std::runtime_error("the corpus has no message labelled " + m_labels.at(i));
}

void FastTextModel::save(const std::string& path) const
{
    m_model->saveModel(path);
}

std::vector<TuningRow> shuffled(std::vector<TuningRow> rows, unsigned seed)
{
    // Fisher-Yates with the generator's raw output: std::shuffle and the distributions
    // may differ between standard libraries, this does not.
    std::mt19937 random(seed);
    for (std::size_t i = rows.size(); i > 1; --i)
        std::swap(rows[i - 1], rows[random() % i]);
    return rows;
}

} // namespace kotva::trainer
