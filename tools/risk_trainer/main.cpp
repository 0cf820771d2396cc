// kotva_risk_trainer: trains the analysis' fastText classifiers at build time.
//
//   kotva_risk_trainer --out DIR [--task risk|boundary-worker|boundary-client]
//                      [--folds 10] [--repeats 3] [--seed 1] [hyperparameters] FILE.tsv...
//
// Writes into DIR, for the task risk (label<TAB>message files):
//   risk-classifier.bin   the runtime model (RiskModelFormat.h), embedded in the analysis
//   risk-thresholds.json  the thresholds from cross-validation, embedded beside it
//   risk-fasttext.bin     the same model as fastText saves it (tests compare predictions)
//   risk-cv.tsv           every row's out-of-fold probabilities, averaged over the repeats
//                         (the evaluation test scores rules + classifier on them)
// and for boundary-worker or boundary-client (role<TAB>rule<TAB>message files, the
// role's messages; folds by file, one writer each) the same four files named after the
// task, the model in LabelModelFormat.h.
// Deterministic: the same files and options give the same bytes.

#include "CrossValidation.h"
#include "ModelExport.h"
#include "RulesRating.h"
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
    QString task = QStringLiteral("risk");
    QString outDir;
    QStringList inputs;
    int folds = 10;
    /// Ways of dealing the rows to the folds whose out-of-fold scores are averaged (risk).
    int repeats = 3;
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
    const QCommandLineOption task(QStringLiteral("task"),
                                  QStringLiteral("risk, boundary-worker or boundary-client"),
                                  QStringLiteral("task"), options.task);
    auto intOption = [](const char* name, int value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(name),
                                  QStringLiteral("n"), QString::number(value));
    };
    const Hyperparameters h;
    const QCommandLineOption folds = intOption("folds", options.folds);
    const QCommandLineOption repeats = intOption("repeats", options.repeats);
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
    parser.addOptions({out, task, folds, repeats, seed, dim, epoch, minn, maxn, wordNgrams, bucket,
                       lr, minCount});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("label<TAB>message"));
    parser.process(app);
    options.outDir = parser.value(out);
    options.task = parser.value(task);
    options.inputs = parser.positionalArguments();
    options.folds = parser.value(folds).toInt();
    options.repeats = parser.value(repeats).toInt();
    options.hyper = Hyperparameters{
        parser.value(dim).toInt(),    parser.value(epoch).toInt(), parser.value(lr).toDouble(),
        parser.value(minn).toInt(),   parser.value(maxn).toInt(),  parser.value(wordNgrams).toInt(),
        parser.value(bucket).toInt(), parser.value(seed).toInt(),  parser.value(minCount).toInt()};
    const bool knownTask = options.task == u"risk" || options.task == u"boundary-worker" ||
                           options.task == u"boundary-client";
    if (options.outDir.isEmpty() || options.inputs.isEmpty() || options.folds < 2 ||
        options.repeats < 1 || !knownTask) {
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
    int raisedToConcern = 0;       ///< concern or worse
    int ratedConcern = 0;          ///< rated concern by the rules
    int raisedOverConcern = 0;     ///< of those, raised to acute by the classifier
    int signalWords = 0;           ///< rated none by the rules, with words of a crisis signal
    int raisedOverSignalWords = 0; ///< of those, raised to acute by the classifier
};

std::array<Reach, riskmodel::LabelCount> reach(const std::vector<TuningRow>& rows,
                                               const std::vector<OutOfFold>& predictions,
                                               const std::vector<RulesRating>& rules,
                                               const Thresholds& thresholds)
{
    std::array<Reach, riskmodel::LabelCount> result{};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Reach& r = result[rows[i].label];
        const Probabilities& p = predictions[i].probabilities;
        ++r.rows;
        r.raisedToAcute += p[riskmodel::Acute] >= thresholds.acute;
        r.raisedToConcern += concernOrWorse(p) >= thresholds.concern;
        if (rules[i].level == RiskLevel::Concern) {
            ++r.ratedConcern;
            r.raisedOverConcern += p[riskmodel::Acute] >= thresholds.acuteOverConcern;
        } else if (rules[i].level == RiskLevel::None && rules[i].signalWords) {
            ++r.signalWords;
            r.raisedOverSignalWords += p[riskmodel::Acute] >= thresholds.acuteOverSignalWords;
        }
    }
    return result;
}

/// origin, label, fold and a column p_<label> per label.
void writeCvListing(const QString& path, const Corpus& corpus,
                    const std::vector<OutOfFold>& predictions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    QByteArray header = "origin\tlabel\tfold";
    for (const std::string& label : corpus.labels)
        header += "\tp_" + QByteArray::fromStdString(label);
    file.write(header + '\n');
    for (std::size_t i = 0; i < corpus.rows.size(); ++i) {
        const TuningRow& row = corpus.rows[i];
        QString line =
            QStringLiteral("%1\t%2\t%3")
                .arg(row.origin, QString::fromStdString(corpus.labels[std::size_t(row.label)]))
                .arg(predictions[i].fold);
        for (const double p : predictions[i].probabilities)
            line += QStringLiteral("\t%1").arg(p, 0, 'f', 6);
        file.write(line.toUtf8() + '\n');
    }
}

QJsonObject hyperparametersJson(const Hyperparameters& h)
{
    return QJsonObject{{QStringLiteral("dim"), h.dim},
                       {QStringLiteral("epoch"), h.epoch},
                       {QStringLiteral("lr"), h.lr},
                       {QStringLiteral("minn"), h.minn},
                       {QStringLiteral("maxn"), h.maxn},
                       {QStringLiteral("wordNgrams"), h.wordNgrams},
                       {QStringLiteral("bucket"), h.bucket},
                       {QStringLiteral("seed"), h.seed},
                       {QStringLiteral("minCount"), h.minCount}};
}

void writeJson(const QString& path, const QJsonObject& json)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(json).toJson()) < 0)
        throw std::runtime_error("cannot write " + path.toStdString());
}

void writeThresholds(const QString& path, const Options& options, const Thresholds& thresholds,
                     const std::array<Reach, riskmodel::LabelCount>& reached,
                     qsizetype calibratedLength)
{
    QJsonObject crossValidation{{QStringLiteral("folds"), options.folds},
                                {QStringLiteral("repeats"), options.repeats}};
    for (const riskmodel::Label label : {riskmodel::None, riskmodel::Concern, riskmodel::Acute}) {
        const Reach& r = reached[label];
        crossValidation.insert(
            QString::fromLatin1(labelName(label)),
            QJsonObject{
                {QStringLiteral("rows"), r.rows},
                {QStringLiteral("reachAcute"), r.raisedToAcute},
                {QStringLiteral("reachConcern"), r.raisedToConcern},
                {QStringLiteral("rulesConcern"), r.ratedConcern},
                {QStringLiteral("rulesConcernReachAcute"), r.raisedOverConcern},
                {QStringLiteral("rulesNoneWithSignalWords"), r.signalWords},
                {QStringLiteral("rulesNoneWithSignalWordsReachAcute"), r.raisedOverSignalWords}});
    }
    writeJson(path,
              QJsonObject{{QStringLiteral("acute"), thresholds.acute},
                          {QStringLiteral("acuteOverConcern"), thresholds.acuteOverConcern},
                          {QStringLiteral("acuteOverSignalWords"), thresholds.acuteOverSignalWords},
                          {QStringLiteral("concern"), thresholds.concern},
                          {QStringLiteral("calibratedLength"), calibratedLength},
                          {QStringLiteral("crossValidation"), crossValidation},
                          {QStringLiteral("fastText"), hyperparametersJson(options.hyper)}});
}

int trainRisk(const Options& options, const QDir& out, const std::string& scratch)
{
    QString error;
    const auto corpus = readRiskCorpus(options.inputs, &error);
    if (!corpus) {
        std::fprintf(stderr, "kotva_risk_trainer: %s\n", qPrintable(error));
        return 1;
    }
    const std::vector<OutOfFold> predictions =
        crossValidateRepeated(*corpus, options.folds, options.repeats, options.hyper, scratch);
    const std::vector<RulesRating> rules = rateByRules(corpus->rows);
    const Thresholds thresholds =
        chooseThresholds(corpus->rows, predictions, rules, options.policy);
    const auto reached = reach(corpus->rows, predictions, rules, thresholds);

    const FastTextModel model(shuffled(corpus->rows, unsigned(options.hyper.seed)), corpus->labels,
                              options.hyper, scratch);
    model.save(out.filePath(QStringLiteral("risk-fasttext.bin")).toStdString());
    exportRuntimeModel(model, out.filePath(QStringLiteral("risk-classifier.bin")).toStdString());
    writeThresholds(out.filePath(QStringLiteral("risk-thresholds.json")), options, thresholds,
                    reached, longestMessage(corpus->rows));
    writeCvListing(out.filePath(QStringLiteral("risk-cv.tsv")), *corpus, predictions);

    std::printf("risk classifier: %zu messages, %d folds x %d; thresholds acute %.7f (over the "
                "rules' concern %.4f, over signal words %.6f), concern %.4f\n",
                corpus->rows.size(), options.folds, options.repeats, thresholds.acute,
                thresholds.acuteOverConcern, thresholds.acuteOverSignalWords, thresholds.concern);
    for (const riskmodel::Label label : {riskmodel::Acute, riskmodel::Concern, riskmodel::None}) {
        const Reach& r = reached[label];
        std::printf("  out of fold, %-7s %3d messages: reach acute %3d, concern or worse %3d; "
                    "rated concern by the rules %3d, of which raised to acute %3d; none with "
                    "signal words %3d, of which raised to acute %3d\n",
                    labelName(label), r.rows, r.raisedToAcute, r.raisedToConcern, r.ratedConcern,
                    r.raisedOverConcern, r.signalWords, r.raisedOverSignalWords);
    }
    return 0;
}

/// Out of fold at the threshold: rule messages whose own rule is flagged, ok messages
/// with any rule flagged.
struct FlagReach
{
    int rules = 0;
    int rulesFlagged = 0;
    int ok = 0;
    int okFlagged = 0;
};

FlagReach flagReach(const Corpus& corpus, const std::vector<OutOfFold>& predictions,
                    double threshold)
{
    FlagReach reach;
    for (std::size_t i = 0; i < corpus.rows.size(); ++i) {
        const Probabilities& p = predictions[i].probabilities;
        const bool flagged = flagScore(p) >= threshold;
        if (corpus.rows[i].label == 0) {
            ++reach.ok;
            reach.okFlagged += flagged;
        } else {
            ++reach.rules;
            reach.rulesFlagged +=
                flagged && std::ranges::max_element(p) - p.begin() == corpus.rows[i].label;
        }
    }
    return reach;
}

int trainBoundary(const Options& options, const QDir& out, const std::string& scratch)
{
    const QString role = options.task.mid(QStringLiteral("boundary-").size());
    QString error;
    const auto corpus = readBoundaryCorpus(options.inputs, role, &error);
    if (!corpus || corpus->labels.size() < 2) {
        std::fprintf(stderr, "kotva_risk_trainer: %s\n",
                     corpus ? "no rule in the corpus" : qPrintable(error));
        return 1;
    }
    const std::vector<OutOfFold> predictions =
        crossValidate(*corpus, Folds::ByFile, options.folds, options.hyper, scratch);
    const FlagPolicy policy;
    const double threshold = chooseFlagThreshold(*corpus, predictions, policy);
    const FlagReach reached = flagReach(*corpus, predictions, threshold);

    const FastTextModel model(shuffled(corpus->rows, unsigned(options.hyper.seed)), corpus->labels,
                              options.hyper, scratch);
    const QString name = options.task;
    model.save(out.filePath(name + QStringLiteral("-fasttext.bin")).toStdString());
    exportLabelModel(model, out.filePath(name + QStringLiteral("-classifier.bin")).toStdString());
    writeJson(out.filePath(name + QStringLiteral("-thresholds.json")),
              QJsonObject{{QStringLiteral("flag"), threshold},
                          {QStringLiteral("calibratedLength"), longestMessage(corpus->rows)},
                          {QStringLiteral("crossValidation"),
                           QJsonObject{{QStringLiteral("folds"), QStringLiteral("by file")},
                                       {QStringLiteral("okShareAllowed"), policy.okFlagged},
                                       {QStringLiteral("rules"), reached.rules},
                                       {QStringLiteral("rulesFlagged"), reached.rulesFlagged},
                                       {QStringLiteral("ok"), reached.ok},
                                       {QStringLiteral("okFlagged"), reached.okFlagged}}},
                          {QStringLiteral("fastText"), hyperparametersJson(options.hyper)}});
    writeCvListing(out.filePath(name + QStringLiteral("-cv.tsv")), *corpus, predictions);

    std::printf("%s classifier: %zu messages, %zu labels; threshold %.4f; out of fold (by "
                "file): own rule flagged %d of %d, ok flagged %d of %d\n",
                qPrintable(name), corpus->rows.size(), corpus->labels.size(), threshold,
                reached.rulesFlagged, reached.rules, reached.okFlagged, reached.ok);
    return 0;
}

int run(const Options& options)
{
    const QDir out(options.outDir);
    if (!out.mkpath(QStringLiteral(".")))
        throw std::runtime_error("cannot create " + options.outDir.toStdString());
    const std::string scratch =
        out.filePath(options.task + QStringLiteral("-train.txt")).toStdString();
    return options.task == u"risk" ? trainRisk(options, out, scratch)
                                   : trainBoundary(options, out, scratch);
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
