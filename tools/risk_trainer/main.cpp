// kotva_risk_trainer: trains the risk classifier's fastText model at build time.
//
//   kotva_risk_trainer --out DIR [--folds 10] [--seed 1] [hyperparameters] FILE.tsv...
//
// Writes into DIR:
//   risk-classifier.bin   the runtime model (RiskModelFormat.h), embedded in the analysis
//   risk-thresholds.json  the thresholds from cross-validation, embedded beside it
//   risk-fasttext.bin     the same model as fastText saves it (tests compare predictions)
//   risk-cv.tsv           every row's out-of-fold probabilities (the evaluation test
//                         scores rules + classifier on them)
// Deterministic: the same files and options give the same bytes.

#include "CrossValidation.h"
#include "ModelExport.h"
#include "TuningCorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <exception>

using namespace kotva;
using namespace kotva::trainer;

namespace {

struct Options
{
    QString outDir;
    QStringList inputs;
    int folds = 10;
    Hyperparameters hyper;
    ThresholdPolicy policy;
};

bool parseOptions(const QCoreApplication& app, Options& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trains Kotva's risk classifier."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder."),
                                 QStringLiteral("dir"));
    auto intOption = [](const char* name, int value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(name),
                                  QStringLiteral("n"), QString::number(value));
    };
    const Hyperparameters h;
    const QCommandLineOption folds = intOption("folds", options.folds);
    const QCommandLineOption seed = intOption("seed", h.seed);
    const QCommandLineOption dim = intOption("dim", h.dim);
    const QCommandLineOption epoch = intOption("epoch", h.epoch);
    const QCommandLineOption minn = intOption("minn", h.minn);
    const QCommandLineOption maxn = intOption("maxn", h.maxn);
    const QCommandLineOption wordNgrams = intOption("wordNgrams", h.wordNgrams);
    const QCommandLineOption bucket = intOption("bucket", h.bucket);
    const QCommandLineOption minCount = intOption("minCount", h.minCount);
    const QCommandLineOption lr(QStringLiteral("lr"), QStringLiteral("learning rate"),
                                QStringLiteral("x"), QString::number(h.lr));
    parser.addOptions({out, folds, seed, dim, epoch, minn, maxn, wordNgrams, bucket, lr, minCount});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("label<TAB>message"));
    parser.process(app);
    options.outDir = parser.value(out);
    options.inputs = parser.positionalArguments();
    options.folds = parser.value(folds).toInt();
    options.hyper = Hyperparameters{
        parser.value(dim).toInt(),    parser.value(epoch).toInt(), parser.value(lr).toDouble(),
        parser.value(minn).toInt(),   parser.value(maxn).toInt(),  parser.value(wordNgrams).toInt(),
        parser.value(bucket).toInt(), parser.value(seed).toInt(),  parser.value(minCount).toInt()};
    if (options.outDir.isEmpty() || options.inputs.isEmpty() || options.folds < 2) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return false;
    }
    return true;
}

const char* labelName(riskmodel::Label label)
{
    return label == riskmodel::Acute ? "acute" : label == riskmodel::Concern ? "concern" : "none";
}

/// How many rows of a label reach a threshold (for the summary and the JSON).
struct Reach
{
    int rows = 0;
    int raisedToAcute = 0;
    int raisedToConcern = 0; ///< concern or worse
};

std::array<Reach, riskmodel::LabelCount> reach(const std::vector<TuningRow>& rows,
                                               const std::vector<OutOfFold>& predictions,
                                               const Thresholds& thresholds)
{
    std::array<Reach, riskmodel::LabelCount> result{};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Reach& r = result[rows[i].label];
        const Probabilities& p = predictions[i].probabilities;
        ++r.rows;
        r.raisedToAcute += p[riskmodel::Acute] >= thresholds.acute;
        r.raisedToConcern += concernOrWorse(p) >= thresholds.concern;
    }
    return result;
}

void writeCvListing(const QString& path, const std::vector<TuningRow>& rows,
                    const std::vector<OutOfFold>& predictions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    file.write("origin\tlabel\tfold\tp_none\tp_concern\tp_acute\n");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Probabilities& p = predictions[i].probabilities;
        file.write(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                       .arg(rows[i].origin, QString::fromLatin1(labelName(rows[i].label)))
                       .arg(predictions[i].fold)
                       .arg(p[riskmodel::None], 0, 'f', 6)
                       .arg(p[riskmodel::Concern], 0, 'f', 6)
                       .arg(p[riskmodel::Acute], 0, 'f', 6)
                       .toUtf8());
    }
}

void writeThresholds(const QString& path, const Options& options, const Thresholds& thresholds,
                     const std::array<Reach, riskmodel::LabelCount>& reached,
                     qsizetype calibratedLength)
{
    QJsonObject crossValidation{{QStringLiteral("folds"), options.folds}};
    for (const riskmodel::Label label : {riskmodel::None, riskmodel::Concern, riskmodel::Acute}) {
        const Reach& r = reached[label];
        crossValidation.insert(QString::fromLatin1(labelName(label)),
                               QJsonObject{{QStringLiteral("rows"), r.rows},
                                           {QStringLiteral("reachAcute"), r.raisedToAcute},
                                           {QStringLiteral("reachConcern"), r.raisedToConcern}});
    }
    const Hyperparameters& h = options.hyper;
    const QJsonObject json{
        {QStringLiteral("acute"), thresholds.acute},
        {QStringLiteral("concern"), thresholds.concern},
        {QStringLiteral("calibratedLength"), calibratedLength},
        {QStringLiteral("crossValidation"), crossValidation},
        {QStringLiteral("fastText"), QJsonObject{{QStringLiteral("dim"), h.dim},
                                                 {QStringLiteral("epoch"), h.epoch},
                                                 {QStringLiteral("lr"), h.lr},
                                                 {QStringLiteral("minn"), h.minn},
                                                 {QStringLiteral("maxn"), h.maxn},
                                                 {QStringLiteral("wordNgrams"), h.wordNgrams},
                                                 {QStringLiteral("bucket"), h.bucket},
                                                 {QStringLiteral("seed"), h.seed},
                                                 {QStringLiteral("minCount"), h.minCount}}}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(json).toJson()) < 0)
        throw std::runtime_error("cannot write " + path.toStdString());
}

int run(const Options& options)
{
    QString error;
    const auto corpus = readTuningCorpus(options.inputs, &error);
    if (!corpus) {
        std::fprintf(stderr, "kotva_risk_trainer: %s\n", qPrintable(error));
        return 1;
    }
    const QDir out(options.outDir);
    if (!out.mkpath(QStringLiteral(".")))
        throw std::runtime_error("cannot create " + options.outDir.toStdString());
    const std::string scratch = out.filePath(QStringLiteral("risk-train.txt")).toStdString();

    const std::vector<OutOfFold> predictions =
        crossValidate(*corpus, options.folds, options.hyper, scratch);
    const Thresholds thresholds = chooseThresholds(*corpus, predictions, options.policy);
    const auto reached = reach(*corpus, predictions, thresholds);

    const FastTextModel model(shuffled(*corpus, unsigned(options.hyper.seed)), options.hyper,
                              scratch);
    model.save(out.filePath(QStringLiteral("risk-fasttext.bin")).toStdString());
    exportRuntimeModel(model, out.filePath(QStringLiteral("risk-classifier.bin")).toStdString());
    writeThresholds(out.filePath(QStringLiteral("risk-thresholds.json")), options, thresholds,
                    reached, longestMessage(*corpus));
    writeCvListing(out.filePath(QStringLiteral("risk-cv.tsv")), *corpus, predictions);

    std::printf("risk classifier: %zu messages, %d folds; thresholds acute %.6f, concern %.4f\n",
                corpus->size(), options.folds, thresholds.acute, thresholds.concern);
    for (const riskmodel::Label label : {riskmodel::Acute, riskmodel::Concern, riskmodel::None}) {
        const Reach& r = reached[label];
        std::printf("  out of fold, %-7s %3d messages: reach acute %3d, concern or worse %3d\n",
                    labelName(label), r.rows, r.raisedToAcute, r.raisedToConcern);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseOptions(app, options))
        return 2;
    try {
        return run(options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kotva_risk_trainer: %s\n", e.what());
        return 1;
    }
}
