// Prints every finding of the Analyzer for the benchmark corpus, for every sentence of
// the pool it is built from (as a client's message and as a worker's draft), and for
// variants of those sentences with digits, capitals, punctuation and unusual characters
// sprinkled in. A speed-up must not change a single line of this output:
//
//     analysis_findings_dump > before.txt   (on the old code)
//     analysis_findings_dump > after.txt    (on the new code)
//     cmp before.txt after.txt
//
// The eval tests score only the development sets; this compares every decision the
// scanners make on ~10 MB of text, including the edge cases the variants provoke.

#include "BenchCorpus.h"
#include "core/analysis/Analyzer.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstdio>
#include <random>

using namespace kotva;

namespace {

QString describe(const Analysis& a)
{
    QString out = riskLevelName(a.crisis.level);
    for (const CrisisSignal& s : a.crisis.signals)
        out += QStringLiteral(" s:%1@%2-%3")
                   .arg(signalKindName(s.kind))
                   .arg(s.span.start)
                   .arg(s.span.end);
    for (const BoundaryFinding& b : a.boundaries)
        out += QStringLiteral(" b:%1@%2-%3:%4")
                   .arg(boundaryRuleName(b.rule))
                   .arg(b.span.start)
                   .arg(b.span.end)
                   .arg(qHash(b.explanation + b.suggestion));
    for (const PiiFinding& p : a.pii)
        out += QStringLiteral(" p:%1@%2-%3")
                   .arg(piiKindName(p.kind))
                   .arg(p.span.start)
                   .arg(p.span.end);
    out += u' ' + QString::fromLatin1(
                      QCryptographicHash::hash(a.redacted.toUtf8(), QCryptographicHash::Sha1)
                          .toHex()
                          .left(12));
    return out;
}

/// The sentence with some characters replaced by ones the scanners treat specially.
QString mutate(const QString& text, std::mt19937& random)
{
    static const QString pool = QStringLiteral(
        "0123456789012345678901234567890123456789 ++(())//--::..,,@@__%%"
        "ABCDEFGHIJKLMNOPQRSTUVWXYZŘŠŽČĚÁÍÉÚŮ\n\t\u00A0\u00AD\u0301\u200D\u0663\u00B2\u00BD"
        "!?;\"\u201E\u2026");
    QString out = text;
    std::uniform_int_distribution<qsizetype> where(0, std::max<qsizetype>(0, out.size() - 1));
    std::uniform_int_distribution<qsizetype> what(0, pool.size() - 1);
    std::uniform_int_distribution<int> count(1, 6);
    for (int k = count(random); k > 0 && !out.isEmpty(); --k) {
        const qsizetype at = where(random);
        const QChar c = pool.at(what(random));
        if (k % 2)
            out[at] = c;
        else
            out.insert(at, c);
    }
    return out;
}

void print(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const auto analyzer = Analyzer::create();
    if (!analyzer) {
        std::fprintf(stderr, "%s\n", qPrintable(analyzer.error().message));
        return 1;
    }
    const QStringList corpus = bench::buildCorpus(10 * 1024 * 1024 + 1, 2048);
    for (qsizetype i = 0; i < corpus.size(); ++i)
        print(QStringLiteral("corpus %1 ").arg(i) +
              describe(analyzer->analyze(corpus.at(i), Author::Client)));

    const QStringList pool = bench::sentencePool();
    std::mt19937 random(7);
    for (qsizetype i = 0; i < pool.size(); ++i) {
        const QString& sentence = pool.at(i);
        print(QStringLiteral("client %1 ").arg(i) +
              describe(analyzer->analyze(sentence, Author::Client)));
        print(QStringLiteral("worker %1 ").arg(i) +
              describe(analyzer->analyze(sentence, Author::Worker)));
        for (int v = 0; v < 8; ++v)
            print(QStringLiteral("variant %1.%2 ").arg(i).arg(v) +
                  describe(analyzer->analyze(mutate(sentence, random), Author::Client)));
    }
    return 0;
}
