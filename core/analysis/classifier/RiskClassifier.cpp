#include "core/analysis/classifier/RiskClassifier.h"

#include "core/analysis/classifier/FastTextHashing.h"
#include "core/analysis/text/NormalisedText.h"
#include "core/analysis/text/StringHash.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <vector>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::RiskClassifier)
};

/// The sum of the rows of a line's features and how many there were (fastText averages).
struct RowSum
{
    alignas(16) float score[riskmodel::RowFloats] = {};
    int count = 0;

    void add(const RiskModel::Row& row)
    {
        for (int k = 0; k < riskmodel::RowFloats; ++k)
            score[k] += row.score[k];
        ++count;
    }
};

/// "<word>" in UTF-8 for the character n-grams, and fastText's hash of the word itself.
/// Returns the byte count. bytes holds at least 3 * word.size() + 2.
int bracketedUtf8(QStringView word, unsigned char* bytes, std::uint32_t& wordHash)
{
    using namespace fasttexthash;
    std::uint32_t h = FnvBasis;
    int n = 0;
    bytes[n++] = '<';
    for (const QChar qc : word) {
        // Folded text has no surrogates (astral characters separate words): one code
        // unit is one character of at most three UTF-8 bytes.
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            bytes[n++] = static_cast<unsigned char>(c);
        } else if (c < 0x800) {
            bytes[n++] = static_cast<unsigned char>(0xC0 | (c >> 6));
            bytes[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else {
            bytes[n++] = static_cast<unsigned char>(0xE0 | (c >> 12));
            bytes[n++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            bytes[n++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
        }
    }
    for (int k = 1; k < n; ++k)
        h = fnvStep(h, bytes[k]);
    bytes[n++] = '>';
    wordHash = h;
    return n;
}

std::uint32_t endOfLineHash()
{
    std::uint32_t h = fasttexthash::FnvBasis;
    for (const char c : std::string_view(riskmodel::EndOfLine))
        h = fasttexthash::fnvStep(h, static_cast<unsigned char>(c));
    return h;
}

Result<RiskClassifier::Thresholds> parseThresholds(QByteArrayView json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toByteArray()).object();
    const double acute = object.value(QLatin1String("acute")).toDouble(-1);
    const double concern = object.value(QLatin1String("concern")).toDouble(-1);
    if (!(acute > 0 && acute <= 1 && concern > 0 && concern <= 1))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The risk classifier's thresholds are damaged."),
                    QStringLiteral("acute and concern must be probabilities above 0"));
    return RiskClassifier::Thresholds{acute, concern};
}

Result<QByteArray> readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, Tr::tr("The risk classifier's model is missing."), path);
    return file.readAll();
}

} // namespace

RiskClassifier::RiskClassifier(std::shared_ptr<const RiskModel> model, Thresholds thresholds)
    : m_model(std::move(model))
    , m_thresholds(thresholds)
{}

Result<RiskClassifier> RiskClassifier::builtIn()
{
    const Result<QByteArray> model =
        readResource(QStringLiteral(":/classifier/risk-classifier.bin"));
    if (!model)
        return std::unexpected(model.error());
    const Result<QByteArray> thresholds =
        readResource(QStringLiteral(":/classifier/risk-thresholds.json"));
    if (!thresholds)
        return std::unexpected(thresholds.error());
    return load(*model, *thresholds);
}

Result<RiskClassifier> RiskClassifier::load(QByteArrayView model, QByteArrayView thresholdsJson)
{
    Result<RiskModel> parsed = RiskModel::parse(model);
    if (!parsed)
        return std::unexpected(parsed.error());
    const Result<Thresholds> thresholds = parseThresholds(thresholdsJson);
    if (!thresholds)
        return std::unexpected(thresholds.error());
    return RiskClassifier(std::make_shared<const RiskModel>(std::move(*parsed)), *thresholds);
}

RiskClassifier::Probabilities RiskClassifier::probabilities(const NormalisedText& text) const
{
    const RiskModel& model = *m_model;
    const int minn = model.minn();
    const int maxn = model.maxn();
    const std::uint32_t bucketMask = model.bucketMask();
    RowSum sum;
    if (model.endOfLineRow() >= 0)
        sum.add(model.row(model.endOfLineRow()));

    std::vector<std::uint32_t> wordHashes; // fastText's, for the word n-grams
    if (model.wordNgrams() > 1)
        wordHashes.reserve(std::size_t(text.tokenCount()) + 1);
    std::vector<unsigned char> bytes(64);
    const std::vector<Token>& tokens = text.tokens();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const QStringView word = text.word(qsizetype(i));
        if (const std::int32_t row = model.wordRow(word, wordHashFinish(tokens[i].hash)); row >= 0)
            sum.add(model.row(row));
        if (bytes.size() < std::size_t(word.size()) * 3 + 2)
            bytes.resize(std::size_t(word.size()) * 3 + 2);
        std::uint32_t wordHash = 0;
        const int size = bracketedUtf8(word, bytes.data(), wordHash);
        fasttexthash::forEachCharacterNgram(bytes.data(), size, minn, maxn, [&](std::uint32_t h) {
            sum.add(model.bucketRow(h & bucketMask));
        });
        if (model.wordNgrams() > 1)
            wordHashes.push_back(wordHash);
    }
    if (model.wordNgrams() > 1) {
        // fastText counts its end-of-line token as the line's last word.
        wordHashes.push_back(endOfLineHash());
        const std::size_t n = std::size_t(model.wordNgrams());
        for (std::size_t i = 0; i < wordHashes.size(); ++i) {
            std::uint64_t h = fasttexthash::widenedWordHash(wordHashes[i]);
            for (std::size_t j = i + 1; j < wordHashes.size() && j < i + n; ++j) {
                h = fasttexthash::combineWordHash(h, wordHashes[j]);
                sum.add(model.bucketRow(std::uint32_t(h & bucketMask)));
            }
        }
    }

    Probabilities p{};
    if (sum.count == 0)
        return p;
    double highest = -HUGE_VAL;
    for (int k = 0; k < riskmodel::LabelCount; ++k) {
        p[k] = double(sum.score[k]) / sum.count;
        highest = std::max(highest, p[k]);
    }
    double total = 0;
    for (double& value : p) {
        value = std::exp(value - highest);
        total += value;
    }
    for (double& value : p)
        value /= total;
    return p;
}

RiskLevel RiskClassifier::resemblance(const Probabilities& p) const
{
    if (p[riskmodel::Acute] >= m_thresholds.acute)
        return RiskLevel::Acute;
    if (p[riskmodel::Concern] + p[riskmodel::Acute] >= m_thresholds.concern)
        return RiskLevel::Concern;
    return RiskLevel::None;
}

void RiskClassifier::raise(const NormalisedText& text, CrisisAssessment& assessment) const
{
    if (assessment.level == RiskLevel::Acute)
        return;
    const RiskLevel resembled = resemblance(probabilities(text));
    if (resembled <= assessment.level)
        return;
    assessment.level = resembled;
    assessment.signals.append(CrisisSignal{
        resembled == RiskLevel::Acute ? SignalKind::ResemblesAcute : SignalKind::ResemblesConcern,
        TextSpan{}});
}

} // namespace kotva
