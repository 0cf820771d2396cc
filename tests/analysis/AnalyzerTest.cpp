#include "core/analysis/Analyzer.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace kotva;

namespace {

const Analyzer& analyzer()
{
    static const Analyzer instance = [] {
        auto created = Analyzer::create();
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return *created;
    }();
    return instance;
}

QString describe(const Analysis& analysis)
{
    QString text = riskLevelName(analysis.crisis.level);
    for (const CrisisSignal& signal : analysis.crisis.signals)
        text += QStringLiteral(" s:%1@%2-%3")
                    .arg(signalKindName(signal.kind))
                    .arg(signal.span.start)
                    .arg(signal.span.end);
    for (const BoundaryFinding& finding : analysis.boundaries)
        text += QStringLiteral(" b:%1@%2-%3")
                    .arg(boundaryRuleName(finding.rule))
                    .arg(finding.span.start)
                    .arg(finding.span.end);
    for (const PiiFinding& finding : analysis.pii)
        text += QStringLiteral(" p:%1@%2-%3")
                    .arg(piiKindName(finding.kind))
                    .arg(finding.span.start)
                    .arg(finding.span.end);
    return text + u'|' + analysis.redacted;
}

} // namespace

TEST(Analyzer, BuiltInLexiconsCompileIntoOneMatcher)
{
    EXPECT_GT(analyzer().matcher().patternCount(), 100);
    EXPECT_GT(analyzer().matcher().stateCount(), 100);
}

TEST(Analyzer, EmptyAndWordlessTexts)
{
    for (const QString& text : {QString(), QStringLiteral("   "), QStringLiteral("😀🙈 ?!")}) {
        const Analysis analysis = analyzer().analyze(text, Author::Client);
        EXPECT_EQ(analysis.crisis.level, RiskLevel::None);
        EXPECT_TRUE(analysis.crisis.signals.isEmpty());
        EXPECT_TRUE(analysis.pii.isEmpty());
        EXPECT_EQ(analysis.redacted, text);
    }
}

TEST(Analyzer, FindingsPointIntoTheOriginalTextAfterAstralCharacters)
{
    const QString text =
        QStringLiteral("😀💊😀 Už jsem spolykala celou krabičku léků, volejte 777 123 456.");
    const Analysis analysis = analyzer().analyze(text, Author::Client);
    EXPECT_EQ(analysis.crisis.level, RiskLevel::Acute);
    ASSERT_FALSE(analysis.crisis.signals.isEmpty());
    for (const CrisisSignal& signal : analysis.crisis.signals) {
        ASSERT_GE(signal.span.start, 6);
        ASSERT_LE(signal.span.end, text.size());
        EXPECT_TRUE(text.at(signal.span.start).isLetter());
    }
    ASSERT_EQ(analysis.pii.size(), 1);
    EXPECT_EQ(text.mid(analysis.pii.at(0).span.start,
                       analysis.pii.at(0).span.end - analysis.pii.at(0).span.start),
              QStringLiteral("777 123 456"));
    EXPECT_FALSE(analysis.redacted.contains(QStringLiteral("777")));
    EXPECT_TRUE(analysis.redacted.startsWith(QStringLiteral("😀💊😀 Už jsem")));
}

TEST(Analyzer, VeryLongTextKeepsOffsetsToTheEnd)
{
    QString text;
    while (text.size() < 1'000'000)
        text += QStringLiteral("Dnes jsme byli s kamarády na výletě v lese 🌲 a bylo to fajn. ");
    const qsizetype tail = text.size();
    text += QStringLiteral("Tohle je moje poslední zpráva, sbohem všem.");
    const Analysis analysis = analyzer().analyze(text, Author::Client);
    EXPECT_EQ(analysis.crisis.level, RiskLevel::Acute);
    ASSERT_FALSE(analysis.crisis.signals.isEmpty());
    for (const CrisisSignal& signal : analysis.crisis.signals)
        EXPECT_GE(signal.span.start, tail);
}

TEST(Analyzer, ConcurrentAnalysesGiveTheSameResultsAsSequentialOnes)
{
    const QStringList messages{
        QStringLiteral("Dneska večer to skončím, mám doma nachystané prášky."),
        QStringLiteral("ta zkouška mě zabije"),
        QStringLiteral("Moje rodné číslo je 850314/3319, zavolejte na +420 777 123 456."),
        QStringLiteral("Před dvěma lety jsem se pokusila o sebevraždu."),
        QStringLiteral("Nechci se zabít, jen potřebuju, aby to přestalo bolet."),
    };
    QStringList expected;
    for (const QString& message : messages)
        expected << describe(analyzer().analyze(message, Author::Client));
    std::vector<QStringList> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 50; ++round)
                for (const QString& message : messages)
                    results[t] << describe(analyzer().analyze(message, Author::Client));
        });
    for (std::thread& thread : threads)
        thread.join();
    for (const QStringList& result : results)
        for (qsizetype i = 0; i < result.size(); ++i)
            ASSERT_EQ(result.at(i), expected.at(i % messages.size()));
}

TEST(Analyzer, OrganisationLexiconFolderReplacesTheBuiltInOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_FALSE(Analyzer::create(dir.path()).has_value()); // no lexicon files at all
    QFile file(dir.filePath(QStringLiteral("own.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"entries": [{"id": "own.word", "category": "own", "patterns": ["kotva"]}]})");
    file.close();
    const auto own = Analyzer::create(dir.path());
    ASSERT_TRUE(own.has_value()) << own.error().message.toStdString();
    EXPECT_EQ(own->matcher().entries().size(), 1);
    EXPECT_EQ(own->analyze(QStringLiteral("Kotva"), Author::Worker).crisis.level, RiskLevel::None);
}
