#include "core/analysis/classifier/RiskClassifier.h"

#include "core/analysis/classifier/FastTextFeatures.h"
#include "core/analysis/text/NormalisedText.h"
#include "core/analysis/text/StringHash.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::RiskClassifier)
};

Result<RiskClassifier::Thresholds> parseThresholds(QByteArrayView json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toByteArray()).object();
    const double acute = object.value(QLatin1String("acute")).toDouble(-1);
    const double concern = object.value(QLatin1String("concern")).toDouble(-1);
    // Thresholds written before it existed raise a concern like any other level.
    const double acuteOverConcern = object.value(QLatin1String("acuteOverConcern")).toDouble(acute);
    const double acuteOverSignalWords =
        object.value(QLatin1String("acuteOverSignalWords")).toDouble(acute);
    const qint64 length = object.value(QLatin1String("calibratedLength")).toInteger(-1);
    if (!(acute > 0 && acute <= 1 && concern > 0 && concern <= 1) ||
        !(acuteOverConcern > 0 && acuteOverConcern <= acute) ||
        !(acuteOverSignalWords > 0 && acuteOverSignalWords <= acute) || length < 0)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The risk classifier's thresholds are damaged."),
                    QStringLiteral("acute, acuteOverConcern and acuteOverSignalWords (at most "
                                   "acute) and concern must be probabilities above 0, "
                                   "calibratedLength a length"));
    return RiskClassifier::Thresholds{acute, concern, acuteOverConcern, acuteOverSignalWords,
                                      qsizetype(length)};
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
    RiskModel::LogOdds sum = model.endOfLine().row;
    std::int64_t features = 1;

    // The words fastText knows add their own rows; every word has a hash for the word
    // n-grams, the end-of-line token last.
    const std::vector<Token>& tokens = text.tokens();
    const std::size_t words = tokens.size();
    ScratchArray hashes(words + 1);
    const auto* folded = reinterpret_cast<const char16_t*>(text.folded().utf16());
    for (std::size_t i = 0; i < words; ++i) {
        const QStringView word(folded + tokens[i].foldedStart,
                               tokens[i].foldedEnd - tokens[i].foldedStart);
        if (const auto* known = model.knownWord(word, wordHashFinish(tokens[i].hash))) {
            sum.concern += known->row.concern;
            sum.acute += known->row.acute;
            ++features;
            hashes[i] = known->fastTextHash;
        } else {
            hashes[i] = model.shape().wordNgrams > 1 ? fasttextfeatures::wordHash(word) : 0;
        }
    }
    hashes[words] = model.endOfLine().fastTextHash;

    FeatureBuckets buckets(fasttextfeatures::capacity(text, model.shape()));
    fasttextfeatures::characterNgrams(text, model.shape(), buckets);
    fasttextfeatures::wordNgrams(hashes.data(), words + 1, model.shape(), buckets);
    model.addBuckets(buckets.data(), buckets.size(), sum);
    features += std::int64_t(buckets.size());

    // fastText's softmax of the mean scores, written with the log-odds against "none".
    const double scale = RiskModel::LogOddsScale * double(features);
    const double concern = double(sum.concern) / scale;
    const double acute = double(sum.acute) / scale;
    const double highest = std::max({0.0, concern, acute});
    const double none = std::exp(-highest);
    const double eConcern = std::exp(concern - highest);
    const double eAcute = std::exp(acute - highest);
    const double total = none + eConcern + eAcute;
    return {none / total, eConcern / total, eAcute / total};
}

RiskLevel RiskClassifier::resemblance(const Probabilities& p, RiskLevel rulesLevel,
                                      bool signalWords) const
{
    const double acute = rulesLevel == RiskLevel::Concern ? m_thresholds.acuteOverConcern
                         : signalWords                    ? m_thresholds.acuteOverSignalWords
                                                          : m_thresholds.acute;
    if (p[riskmodel::Acute] >= acute)
        return RiskLevel::Acute;
    if (p[riskmodel::Concern] + p[riskmodel::Acute] >= m_thresholds.concern)
        return RiskLevel::Concern;
    return RiskLevel::None;
}

void RiskClassifier::raise(const NormalisedText& text, CrisisAssessment& assessment) const
{
    if (assessment.level == RiskLevel::Acute ||
        text.folded().size() > m_thresholds.calibratedLength)
        return;
    const RiskLevel resembled =
        resemblance(probabilities(text), assessment.level, assessment.signalWords);
    if (resembled <= assessment.level)
        return;
    assessment.level = resembled;
    assessment.signals.append(CrisisSignal{
        resembled == RiskLevel::Acute ? SignalKind::ResemblesAcute : SignalKind::ResemblesConcern,
        TextSpan{}});
}

} // namespace kotva
