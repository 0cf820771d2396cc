// Throughput of the Analyzer on >= 10 MB of Czech text against a baseline in the same
// run that applies one QRegularExpression per lexicon pattern, and the p99 latency for
// a 2 KB message. Targets (issue 3): >= 20x the baseline, >= 50 MB/s, p99 < 0.2 ms.
// The Analyzer runs as the app runs it, with the risk classifier; the *WithoutClassifier
// runs and BM_ClassifierCost (both analyzers interleaved) give its cost as a ratio, and
// BM_FastTextPredict fastText's own prediction of the same model for comparison.

#include "BenchCorpus.h"
#include "core/analysis/Analyzer.h"
#include "core/analysis/classifier/RiskClassifier.h"
#include "core/analysis/pii/PiiScrubber.h"
#include "core/analysis/rules/BoundaryChecker.h"
#include "core/analysis/rules/CrisisDetector.h"
#include "core/analysis/rules/RuleHits.h"
#include "core/analysis/text/LexiconPattern.h"
#include "core/analysis/text/NormalisedText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fasttext/fasttext.h>
#include <sstream>
#include <vector>

using namespace kotva;

namespace {

constexpr qsizetype CorpusBytes = 10 * 1024 * 1024 + 1;
constexpr qsizetype MessageBytes = 2048;
/// The baseline is orders of magnitude slower; it runs over a slice (the rate is per byte).
constexpr qsizetype BaselineBytes = 512 * 1024;

struct Fixture
{
    Analyzer analyzer;  ///< as the app runs it: rules and the risk classifier
    Analyzer rulesOnly; ///< Analyzer::Classifier::Off
    QStringList corpus;
    qsizetype corpusBytes = 0;
    QStringList baselineSlice;
    qsizetype baselineBytes = 0;
    std::vector<QRegularExpression> baseline;
};

/// The regular expression equivalent to one pattern over the folded text.
QString regexFor(const ParsedPattern& pattern)
{
    QString regex = QStringLiteral("(?<= )");
    bool firstElement = true;
    for (const PatternElement& element : pattern.elements) {
        if (!firstElement && element.kind != PatternElement::Kind::Gap)
            regex += u' ';
        firstElement = false;
        switch (element.kind) {
        case PatternElement::Kind::Words:
            for (qsizetype i = 0; i < element.words.size(); ++i) {
                if (i > 0)
                    regex += u' ';
                const PatternWord& word = element.words.at(i);
                if (word.isLemma()) {
                    QStringList forms;
                    for (const QString& form : word.forms)
                        forms << QRegularExpression::escape(form);
                    regex += QStringLiteral("(?:") + forms.join(u'|') + u')';
                    continue;
                }
                regex += QRegularExpression::escape(word.text);
                if (word.prefix)
                    regex += QStringLiteral("[^ ]*");
            }
            break;
        case PatternElement::Kind::Number:
            regex += QStringLiteral("[0-9]+");
            break;
        case PatternElement::Kind::Gap:
            regex += QStringLiteral("(?:[^ ]+ ){0,%1}").arg(element.maxGap);
            firstElement = true; // the gap already ends with its space
            break;
        }
    }
    return regex + QStringLiteral("(?= )");
}

Fixture& fixture()
{
    static Fixture* instance = [] {
        auto analyzer = Analyzer::create();
        if (!analyzer)
            qFatal("%s", qPrintable(analyzer.error().message));
        auto rulesOnly = Analyzer::create(Analyzer::Classifier::Off);
        if (!rulesOnly)
            qFatal("%s", qPrintable(rulesOnly.error().message));
        auto* built = new Fixture{*analyzer, *rulesOnly, {}, 0, {}, 0, {}};
        built->corpus = bench::buildCorpus(CorpusBytes, MessageBytes);
        built->corpusBytes = bench::utf8Bytes(built->corpus);
        for (const QString& message : std::as_const(built->corpus)) {
            if (built->baselineBytes >= BaselineBytes)
                break;
            built->baselineSlice << message;
            built->baselineBytes += message.toUtf8().size();
        }
        for (const LexiconEntry& entry : built->analyzer.matcher().entries())
            for (const QString& pattern : entry.patterns) {
                QRegularExpression regex(regexFor(*parsePattern(pattern, entry.lemmas)));
                regex.optimize();
                built->baseline.push_back(std::move(regex));
            }
        return built;
    }();
    return *instance;
}

double g_analyzerRate = 0; ///< bytes per second of the last full-analysis run
double g_baselineRate = 0;

void analyzeCorpus(benchmark::State& state, const Analyzer& analyzer)
{
    const Fixture& f = fixture();
    for (auto _ : state)
        for (const QString& message : f.corpus)
            benchmark::DoNotOptimize(analyzer.analyze(message, Author::Client));
    state.SetBytesProcessed(int64_t(state.iterations()) * f.corpusBytes);
    state.counters["MB/s"] = benchmark::Counter(double(state.iterations()) * f.corpusBytes / 1e6,
                                                benchmark::Counter::kIsRate);
    state.counters["corpus_MB"] = double(f.corpusBytes) / 1e6;
    state.counters["patterns"] = double(analyzer.matcher().patternCount());
}

void BM_AnalyzerCorpus(benchmark::State& state)
{
    analyzeCorpus(state, fixture().analyzer);
}

void BM_AnalyzerCorpusWithoutClassifier(benchmark::State& state)
{
    analyzeCorpus(state, fixture().rulesOnly);
}

/// This thread's CPU time in seconds: the machine is shared, and time spent waiting for
/// a core is not the analyzer's.
double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

/// Both analyzers over the same messages (rounds passes each), alternately, in this thread's
/// CPU time: the ratio of their rates is one figure that the machine's other load shifts
/// little. Also how many messages the rules leave below acute and how many the classifier
/// raises.
void classifierCost(benchmark::State& state, const QStringList& messages, qsizetype bytes,
                    int rounds)
{
    const Fixture& f = fixture();
    std::vector<double> ratios;
    double with = 0, without = 0;
    for (auto _ : state) {
        const double t0 = threadSeconds();
        for (int round = 0; round < rounds; ++round)
            for (const QString& message : messages)
                benchmark::DoNotOptimize(f.rulesOnly.analyze(message, Author::Client));
        const double t1 = threadSeconds();
        for (int round = 0; round < rounds; ++round)
            for (const QString& message : messages)
                benchmark::DoNotOptimize(f.analyzer.analyze(message, Author::Client));
        const double t2 = threadSeconds();
        without += t1 - t0;
        with += t2 - t1;
        ratios.push_back((t1 - t0) / (t2 - t1));
    }
    int read = 0, toConcern = 0, toAcute = 0;
    for (const QString& message : messages) { // once, outside the timing
        const RiskLevel rules = f.rulesOnly.analyze(message, Author::Client).crisis.level;
        const RiskLevel both = f.analyzer.analyze(message, Author::Client).crisis.level;
        read += rules != RiskLevel::Acute;
        toConcern += both != rules && both == RiskLevel::Concern;
        toAcute += both != rules && both == RiskLevel::Acute;
    }
    std::ranges::sort(ratios);
    const double passes = double(rounds) * double(state.iterations());
    state.counters["without_MB/s"] = passes * double(bytes) / without / 1e6;
    state.counters["with_MB/s"] = passes * double(bytes) / with / 1e6;
    state.counters["rate_ratio_median"] = ratios[ratios.size() / 2];
    state.counters["rate_ratio_min"] = ratios.front();
    state.counters["rate_ratio_max"] = ratios.back();
    state.counters["messages"] = double(messages.size());
    state.counters["mean_bytes"] = double(bytes) / double(messages.size());
    state.counters["rules_not_acute"] = read;
    state.counters["raised_to_concern"] = toConcern;
    state.counters["raised_to_acute"] = toAcute;
}

/// The cost over the 2 KB corpus (the classifier reads none of it: its messages are longer
/// than the classifier's calibration).
void BM_ClassifierCost(benchmark::State& state)
{
    const Fixture& f = fixture();
    classifierCost(state, f.corpus, f.corpusBytes, 1);
}

/// The same ratio over short messages, each sentence of the pool on its own: the classifier
/// reads only messages as long as those it was calibrated on (a few sentences).
void BM_ClassifierCostShortMessages(benchmark::State& state)
{
    static const QStringList messages = bench::sentencePool();
    classifierCost(state, messages, bench::utf8Bytes(messages), 20);
}

/// The classifier alone on every message (as if the rules never said acute), whatever its
/// length.
void BM_ClassifierAlone(benchmark::State& state)
{
    const Fixture& f = fixture();
    static const RiskClassifier classifier = *RiskClassifier::builtIn();
    std::vector<NormalisedText> texts;
    for (const QString& message : f.corpus)
        texts.emplace_back(message);
    for (auto _ : state)
        for (const NormalisedText& text : texts)
            benchmark::DoNotOptimize(classifier.probabilities(text));
    state.counters["MB/s"] = benchmark::Counter(double(state.iterations()) * f.corpusBytes / 1e6,
                                                benchmark::Counter::kIsRate);
}

/// fastText's own prediction of the same model (libfasttext, the model file the build
/// trained) on the folded corpus: what the classifier would cost through fastText's API.
void BM_FastTextPredict(benchmark::State& state)
{
    const Fixture& f = fixture();
    static ::fasttext::FastText* const model = [] {
        auto* loaded = new ::fasttext::FastText;
        loaded->loadModel(KOTVA_RISK_MODEL_DIR "/risk-fasttext.bin");
        return loaded;
    }();
    std::vector<std::string> lines;
    for (const QString& message : f.corpus)
        lines.push_back(NormalisedText(message).folded().trimmed().toStdString() + '\n');
    std::vector<std::pair<::fasttext::real, std::string>> predictions;
    for (auto _ : state)
        for (const std::string& line : lines) {
            std::istringstream in(line);
            model->predictLine(in, predictions, -1, 0.0);
            benchmark::DoNotOptimize(predictions);
        }
    state.counters["MB/s"] = benchmark::Counter(double(state.iterations()) * f.corpusBytes / 1e6,
                                                benchmark::Counter::kIsRate);
}

void BM_MatcherCorpus(benchmark::State& state)
{
    const Fixture& f = fixture();
    for (auto _ : state)
        for (const QString& message : f.corpus)
            benchmark::DoNotOptimize(f.analyzer.matcher().match(NormalisedText(message)));
    state.counters["states"] = double(f.analyzer.matcher().stateCount());
    state.counters["MB/s"] = benchmark::Counter(double(state.iterations()) * f.corpusBytes / 1e6,
                                                benchmark::Counter::kIsRate);
}

void BM_RegexBaseline(benchmark::State& state)
{
    const Fixture& f = fixture();
    qsizetype found = 0;
    for (auto _ : state)
        for (const QString& message : f.baselineSlice) {
            const NormalisedText text(message);
            for (const QRegularExpression& regex : f.baseline) {
                auto it = regex.globalMatch(text.folded());
                while (it.hasNext()) {
                    it.next();
                    ++found;
                }
            }
        }
    benchmark::DoNotOptimize(found);
    state.counters["MB/s"] = benchmark::Counter(double(state.iterations()) * f.baselineBytes / 1e6,
                                                benchmark::Counter::kIsRate);
    state.counters["slice_MB"] = double(f.baselineBytes) / 1e6;
    state.counters["regexes"] = double(f.baseline.size());
}

/// Throughput of both over the same bytes, timed by hand so the ratio is one figure.
void BM_SpeedupVsBaseline(benchmark::State& state)
{
    const Fixture& f = fixture();
    using Clock = std::chrono::steady_clock;
    for (auto _ : state) {
        const auto start = Clock::now();
        for (const QString& message : f.corpus)
            benchmark::DoNotOptimize(f.analyzer.analyze(message, Author::Client));
        const auto middle = Clock::now();
        qsizetype found = 0;
        for (const QString& message : f.baselineSlice) {
            const NormalisedText text(message);
            for (const QRegularExpression& regex : f.baseline) {
                auto it = regex.globalMatch(text.folded());
                while (it.hasNext()) {
                    it.next();
                    ++found;
                }
            }
        }
        const auto end = Clock::now();
        benchmark::DoNotOptimize(found);
        g_analyzerRate = f.corpusBytes / std::chrono::duration<double>(middle - start).count();
        g_baselineRate = f.baselineBytes / std::chrono::duration<double>(end - middle).count();
    }
    state.counters["analyzer_MB/s"] = g_analyzerRate / 1e6;
    state.counters["baseline_MB/s"] = g_baselineRate / 1e6;
    state.counters["speedup"] = g_analyzerRate / g_baselineRate;
}

/// The PII stage alone over the normalised corpus, in CPU time (BM_Stages reads a wall
/// clock per message, which a shared machine makes noisy): ms per corpus pass.
void BM_PiiCorpus(benchmark::State& state)
{
    const Fixture& f = fixture();
    const PiiScrubber pii;
    std::vector<NormalisedText> texts;
    texts.reserve(std::size_t(f.corpus.size()));
    for (const QString& message : f.corpus)
        texts.emplace_back(message);
    const QList<LexiconMatch> noMatches; // the scrubber does not read them
    for (auto _ : state)
        for (const NormalisedText& text : texts)
            benchmark::DoNotOptimize(pii.scan(text, noMatches));
    state.counters["MB/s"] = benchmark::Counter(double(state.iterations()) * f.corpusBytes / 1e6,
                                                benchmark::Counter::kIsRate);
}

/// Where the time of one analysis goes, stage by stage, over the whole corpus (ms).
void BM_Stages(benchmark::State& state)
{
    const Fixture& f = fixture();
    const CrisisDetector crisis;
    const BoundaryChecker boundaries;
    const PiiScrubber pii;
    static const RiskClassifier classifier = *RiskClassifier::builtIn();
    using Clock = std::chrono::steady_clock;
    constexpr int Stages = 7;
    double stage[Stages] = {};
    for (auto _ : state) {
        for (const QString& message : f.corpus) {
            const auto t0 = Clock::now();
            const NormalisedText text(message);
            const auto t1 = Clock::now();
            const QList<LexiconMatch> matches = f.analyzer.matcher().match(text);
            const auto t2 = Clock::now();
            const rules::SentenceMap sentences(text); // built once, read by both detectors
            const auto t3 = Clock::now();
            CrisisAssessment assessment = crisis.assess(text, matches, sentences);
            const auto t4 = Clock::now();
            benchmark::DoNotOptimize(boundaries.check(text, matches, Author::Client, sentences));
            const auto t5 = Clock::now();
            benchmark::DoNotOptimize(pii.scan(text, matches));
            const auto t6 = Clock::now();
            classifier.raise(text, assessment); // reads only short messages, not acute yet
            benchmark::DoNotOptimize(assessment);
            const auto t7 = Clock::now();
            const std::chrono::duration<double, std::milli> d[Stages] = {
                t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6};
            for (int i = 0; i < Stages; ++i)
                stage[i] += d[i].count();
        }
    }
    const double runs = double(state.iterations());
    state.counters["normalise_ms"] = stage[0] / runs;
    state.counters["match_ms"] = stage[1] / runs;
    state.counters["sentences_ms"] = stage[2] / runs;
    state.counters["crisis_ms"] = stage[3] / runs;
    state.counters["boundary_ms"] = stage[4] / runs;
    state.counters["pii_ms"] = stage[5] / runs;
    state.counters["classifier_ms"] = stage[6] / runs;
}

void latency2KB(benchmark::State& state, const Analyzer& analyzer)
{
    const Fixture& f = fixture();
    using Clock = std::chrono::steady_clock;
    constexpr int Samples = 20000;
    std::vector<double> micros;
    micros.reserve(Samples);
    for (auto _ : state) {
        micros.clear();
        for (int i = 0; i < Samples; ++i) {
            const QString& message = f.corpus.at(i % f.corpus.size());
            const auto start = Clock::now();
            benchmark::DoNotOptimize(analyzer.analyze(message, Author::Client));
            micros.push_back(
                std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        }
    }
    auto percentile = [&](double p) {
        std::vector<double> sorted = micros;
        const auto index = std::size_t(p * double(sorted.size() - 1));
        std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(index), sorted.end());
        return sorted[index];
    };
    state.counters["p50_us"] = percentile(0.50);
    state.counters["p99_us"] = percentile(0.99);
    state.counters["max_us"] = *std::max_element(micros.begin(), micros.end());
    state.counters["message_bytes"] = double(bench::utf8Bytes(f.corpus.mid(0, 100))) / 100;
}

void BM_Latency2KB(benchmark::State& state)
{
    latency2KB(state, fixture().analyzer);
}

void BM_Latency2KBWithoutClassifier(benchmark::State& state)
{
    latency2KB(state, fixture().rulesOnly);
}

} // namespace

// Analyzer::create(): what a window or a command pays before its first message (the
// lexicons compiled, the name lists and the surname table loaded). The first call in the
// process is reported apart: what is loaded once per process is paid there only.
void BM_AnalyzerCreate(benchmark::State& state)
{
    static double firstMs = [] {
        const auto start = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(Analyzer::create());
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count();
    }();
    for (auto _ : state)
        benchmark::DoNotOptimize(Analyzer::create());
    state.counters["first_ms"] = firstMs;
}

BENCHMARK(BM_AnalyzerCreate)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_AnalyzerCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_AnalyzerCorpusWithoutClassifier)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ClassifierCost)->Unit(benchmark::kMillisecond)->Iterations(9);
BENCHMARK(BM_ClassifierCostShortMessages)->Unit(benchmark::kMillisecond)->Iterations(9);
BENCHMARK(BM_ClassifierAlone)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_FastTextPredict)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_MatcherCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_RegexBaseline)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_SpeedupVsBaseline)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_PiiCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Stages)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Latency2KB)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Latency2KBWithoutClassifier)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    if (g_baselineRate > 0)
        std::printf("\nAnalyzer %.1f MB/s, baseline %.2f MB/s, speedup %.1fx\n",
                    g_analyzerRate / 1e6, g_baselineRate / 1e6, g_analyzerRate / g_baselineRate);
    benchmark::Shutdown();
    return 0;
}
