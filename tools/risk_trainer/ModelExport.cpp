#include "ModelExport.h"

#include "core/analysis/classifier/LabelModelFormat.h"
#include "core/analysis/classifier/RiskModelFormat.h"

#include <algorithm>
#include <cstring>
#include <fasttext/args.h>
#include <fasttext/densematrix.h>
#include <fasttext/dictionary.h>
#include <fasttext/fasttext.h>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace kotva::trainer {

namespace {

class LittleEndianWriter
{
public:
    void u32(std::uint32_t value)
    {
        for (int i = 0; i < 4; ++i)
            m_bytes.push_back(char((value >> (8 * i)) & 0xff));
    }
    void u16(std::uint16_t value)
    {
        m_bytes.push_back(char(value & 0xff));
        m_bytes.push_back(char(value >> 8));
    }
    void f32(float value)
    {
        std::uint32_t bits;
        std::memcpy(&bits, &value, sizeof bits);
        u32(bits);
    }
    void bytes(const char* data, std::size_t size)
    {
        m_bytes.insert(m_bytes.end(), data, data + size);
    }
    void padTo(std::size_t alignment)
    {
        while (m_bytes.size() % alignment != 0)
            m_bytes.push_back('\0');
    }
    [[nodiscard]] const std::vector<char>& data() const { return m_bytes; }

private:
    std::vector<char> m_bytes;
};

/// The label scores of input row `row`: the output matrix's rows outputRows times it.
std::vector<float> rowScores(const fasttext::DenseMatrix& input,
                             const fasttext::DenseMatrix& output,
                             const std::vector<std::int32_t>& outputRows, std::int64_t row)
{
    std::vector<float> scores;
    for (const std::int32_t label : outputRows) {
        double score = 0;
        for (std::int64_t j = 0; j < input.size(1); ++j)
            score += double(output.at(label, j)) * input.at(row, j);
        scores.push_back(float(score));
    }
    return scores;
}

void writeHeaderAndWords(LittleEndianWriter& out, const fasttext::FastText& model,
                         const char (&magic)[4], std::uint32_t version,
                         const std::vector<std::string>& labels)
{
    const fasttext::Args args = model.getArgs();
    const auto dictionary = model.getDictionary();
    out.bytes(magic, sizeof magic);
    out.u32(version);
    out.u32(std::uint32_t(args.minn));
    out.u32(std::uint32_t(args.maxn));
    out.u32(std::uint32_t(args.wordNgrams));
    out.u32(std::uint32_t(args.bucket));
    out.u32(std::uint32_t(dictionary->nwords()));
    out.u32(std::uint32_t(dictionary->getId(riskmodel::EndOfLine)));
    if (!labels.empty()) { // the label model's names; the risk model's are fixed
        out.u32(std::uint32_t(labels.size()));
        for (const std::string& label : labels) {
            out.u16(std::uint16_t(label.size()));
            out.bytes(label.data(), label.size());
        }
    }
    for (std::int32_t i = 0; i < dictionary->nwords(); ++i) {
        const std::string word = dictionary->getWord(i);
        out.u16(std::uint16_t(word.size()));
        out.bytes(word.data(), word.size());
    }
}

void writeFile(const LittleEndianWriter& out, const std::string& path)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(out.data().data(), std::streamsize(out.data().size()));
    if (!file)
        throw std::runtime_error("cannot write " + path);
}

std::vector<std::int32_t> outputRows(const FastTextModel& trained)
{
    std::vector<std::int32_t> rows;
    for (std::size_t i = 0; i < trained.labels().size(); ++i)
        rows.push_back(trained.outputRow(i));
    return rows;
}

} // namespace

void exportRuntimeModel(const FastTextModel& trained, const std::string& path)
{
    const fasttext::FastText& model = trained.model();
    const auto input = model.getInputMatrix(); // throws for a quantised model
    const auto output = model.getOutputMatrix();
    if (trained.labels() != riskLabels())
        throw std::runtime_error("the risk model's labels must be none, concern and acute");
    const std::vector<std::int32_t> rows = outputRows(trained);

    LittleEndianWriter out;
    writeHeaderAndWords(out, model, riskmodel::Magic, riskmodel::Version, {});
    out.padTo(16);
    for (std::int64_t row = 0; row < input->size(0); ++row) {
        for (const float score : rowScores(*input, *output, rows, row))
            out.f32(score);
        out.f32(0.0f);
    }
    writeFile(out, path);
}

void exportLabelModel(const FastTextModel& trained, const std::string& path)
{
    const fasttext::FastText& model = trained.model();
    const auto input = model.getInputMatrix();
    const auto output = model.getOutputMatrix();
    const std::vector<std::int32_t> rows = outputRows(trained);

    LittleEndianWriter out;
    writeHeaderAndWords(out, model, labelmodel::Magic, labelmodel::Version, trained.labels());
    std::vector<std::pair<std::uint32_t, std::vector<float>>> trainedRows;
    for (std::int64_t row = 0; row < input->size(0); ++row) {
        std::vector<float> scores = rowScores(*input, *output, rows, row);
        if (std::ranges::any_of(scores, [](float score) { return score != 0.0f; }))
            trainedRows.emplace_back(std::uint32_t(row), std::move(scores));
    }
    out.u32(std::uint32_t(trainedRows.size()));
    for (const auto& [row, scores] : trainedRows) {
        out.u32(row);
        for (const float score : scores)
            out.f32(score);
    }
    writeFile(out, path);
}

} // namespace kotva::trainer
