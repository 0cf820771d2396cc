#include "ModelExport.h"

#include <algorithm>
#include <array>
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

} // namespace

void exportRuntimeModel(const FastTextModel& trained, const std::string& path)
{
    const fasttext::FastText& model = trained.model();
    const fasttext::Args args = model.getArgs();
    const auto dictionary = model.getDictionary();
    const auto input = model.getInputMatrix();   // throws for a quantised model
    const auto output = model.getOutputMatrix(); // one row per label
    const std::int64_t dim = input->size(1);

    // Which output row scores which of our labels.
    std::array<std::int32_t, riskmodel::LabelCount> outputRow{-1, -1, -1};
    for (std::int32_t i = 0; i < dictionary->nlabels(); ++i) {
        const auto label = labelFromFastText(dictionary->getLabel(i));
        if (!label)
            throw std::runtime_error("unknown label " + dictionary->getLabel(i));
        outputRow[*label] = i;
    }
    if (std::ranges::find(outputRow, -1) != outputRow.end())
        throw std::runtime_error("the corpus must hold none, concern and acute messages");

    LittleEndianWriter out;
    out.bytes(riskmodel::Magic, sizeof riskmodel::Magic);
    out.u32(riskmodel::Version);
    out.u32(std::uint32_t(args.minn));
    out.u32(std::uint32_t(args.maxn));
    out.u32(std::uint32_t(args.wordNgrams));
    out.u32(std::uint32_t(args.bucket));
    out.u32(std::uint32_t(dictionary->nwords()));
    out.u32(std::uint32_t(dictionary->getId(riskmodel::EndOfLine)));
    for (std::int32_t i = 0; i < dictionary->nwords(); ++i) {
        const std::string word = dictionary->getWord(i);
        out.u16(std::uint16_t(word.size()));
        out.bytes(word.data(), word.size());
    }
    out.padTo(16);
    for (std::int64_t row = 0; row < input->size(0); ++row) {
        for (int label = 0; label < riskmodel::LabelCount; ++label) {
            double score = 0;
            for (std::int64_t j = 0; j < dim; ++j)
                score += double(output->at(outputRow[label], j)) * input->at(row, j);
            out.f32(float(score));
        }
        out.f32(0.0f);
    }

    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(out.data().data(), std::streamsize(out.data().size()));
    if (!file)
        throw std::runtime_error("cannot write " + path);
}

} // namespace kotva::trainer
