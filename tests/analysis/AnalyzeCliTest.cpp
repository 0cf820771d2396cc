#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// kotva-cli analyze as scripts use it: the real binary, bytes on stdin, JSON lines out.

namespace {

struct CliRun
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QByteArray stdErr;
};

CliRun runAnalyze(const QByteArray& input, const QStringList& extraArguments = {})
{
    QProcess process;
    process.start(kotva::test::cliPath(), QStringList{QStringLiteral("analyze")} + extraArguments);
    EXPECT_TRUE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60'000));
    CliRun run;
    run.exitCode = process.exitCode();
    run.stdErr = process.readAllStandardError();
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << line.constData();
        run.lines.append(document.object());
    }
    return run;
}

/// The text at code-point offsets [start, end) of a UTF-8 line.
QString codePointSlice(const QString& text, int start, int end)
{
    const QList<uint> codePoints = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData()) + start,
                             end - start);
}

} // namespace

TEST(AnalyzeCli, OneJsonObjectPerLineWithTheDocumentedShape)
{
    const CliRun run = runAnalyze("Dobrý den, jak se máte?\n\nNechci už žít.\n");
    EXPECT_EQ(run.exitCode, 0) << run.stdErr.constData();
    ASSERT_EQ(run.lines.size(), 3);
    for (const QJsonObject& object : run.lines) {
        EXPECT_TRUE(object.value(QLatin1String("risk")).isString());
        EXPECT_TRUE(object.value(QLatin1String("signals")).isArray());
        EXPECT_TRUE(object.value(QLatin1String("boundary")).isArray());
        EXPECT_TRUE(object.value(QLatin1String("pii")).isArray());
        EXPECT_TRUE(object.value(QLatin1String("redacted")).isString());
        EXPECT_EQ(object.size(), 5);
        const QString risk = object.value(QLatin1String("risk")).toString();
        EXPECT_TRUE(risk == u"none" || risk == u"concern" || risk == u"acute")
            << risk.toStdString();
    }
    EXPECT_EQ(run.lines.at(0).value(QLatin1String("risk")).toString(), QStringLiteral("none"));
    EXPECT_EQ(run.lines.at(0).value(QLatin1String("redacted")).toString(),
              QStringLiteral("Dobrý den, jak se máte?"));
    EXPECT_EQ(run.lines.at(1).value(QLatin1String("redacted")).toString(), QString());
    EXPECT_NE(run.lines.at(2).value(QLatin1String("risk")).toString(), QStringLiteral("none"));
}

TEST(AnalyzeCli, OffsetsAreCodePointsEvenAfterEmoji)
{
    // Three astral emoji before the data: UTF-16 offsets would be 3 higher than code points.
    const QString line = QStringLiteral("😀😀😀 Zavolejte mi na 777 123 456, chci se zabít 💊.");
    const CliRun run = runAnalyze(line.toUtf8() + '\n');
    ASSERT_EQ(run.lines.size(), 1);
    const QJsonObject object = run.lines.at(0);
    const QJsonArray pii = object.value(QLatin1String("pii")).toArray();
    ASSERT_FALSE(pii.isEmpty());
    const QJsonObject phone = pii.at(0).toObject();
    EXPECT_EQ(phone.value(QLatin1String("kind")).toString(), QStringLiteral("phone"));
    EXPECT_EQ(codePointSlice(line, phone.value(QLatin1String("start")).toInt(),
                             phone.value(QLatin1String("end")).toInt()),
              QStringLiteral("777 123 456"));
    const QJsonArray signalList = object.value(QLatin1String("signals")).toArray();
    ASSERT_FALSE(signalList.isEmpty());
    for (const QJsonValue& value : signalList) {
        const QJsonObject signal = value.toObject();
        if (signal.value(QLatin1String("kind")).toString().startsWith(u"resembles_"))
            continue; // the classifier's finding points at no words (see below)
        const QString slice = codePointSlice(line, signal.value(QLatin1String("start")).toInt(),
                                             signal.value(QLatin1String("end")).toInt());
        EXPECT_FALSE(slice.isEmpty());
        EXPECT_TRUE(line.contains(slice));
        EXPECT_FALSE(slice.startsWith(u' ')) << slice.toStdString();
    }
    EXPECT_FALSE(
        object.value(QLatin1String("redacted")).toString().contains(QStringLiteral("777")));
    EXPECT_TRUE(
        object.value(QLatin1String("redacted")).toString().startsWith(QStringLiteral("😀😀😀 ")));
}

TEST(AnalyzeCli, ClassifierFindingIsASignalWithAnEmptySpan)
{
    // A paraphrase of acute danger that no lexicon entry matches (risk-writer-t33.tsv): the
    // risk classifier raises it, and its signal names the level it resembles, at no words.
    const QString line =
        QStringLiteral("jo uz jsem to udelal, pred pul hodinou. citim se divne a ruce mam studeny");
    const CliRun run = runAnalyze(line.toUtf8() + '\n');
    EXPECT_EQ(run.exitCode, 0) << run.stdErr.constData();
    ASSERT_EQ(run.lines.size(), 1);
    const QJsonObject object = run.lines.at(0);
    EXPECT_EQ(object.size(), 5);
    EXPECT_EQ(object.value(QLatin1String("risk")).toString(), QStringLiteral("acute"));
    const QJsonArray signalList = object.value(QLatin1String("signals")).toArray();
    ASSERT_FALSE(signalList.isEmpty());
    const QJsonObject last = signalList.last().toObject();
    EXPECT_EQ(last.value(QLatin1String("kind")).toString(), QStringLiteral("resembles_acute"));
    EXPECT_TRUE(last.value(QLatin1String("start")).isDouble());
    EXPECT_EQ(last.value(QLatin1String("start")).toInt(-1), 0);
    EXPECT_EQ(last.value(QLatin1String("end")).toInt(-1), 0);
    EXPECT_EQ(last.size(), 3);
    EXPECT_EQ(object.value(QLatin1String("redacted")).toString(), line);
}

TEST(AnalyzeCli, WithoutClassifierTheRulesAloneRate)
{
    const QString line =
        QStringLiteral("jo uz jsem to udelal, pred pul hodinou. citim se divne a ruce mam studeny");
    const CliRun run = runAnalyze(line.toUtf8() + '\n', {QStringLiteral("--without-classifier")});
    EXPECT_EQ(run.exitCode, 0) << run.stdErr.constData();
    ASSERT_EQ(run.lines.size(), 1);
    EXPECT_NE(run.lines.at(0).value(QLatin1String("risk")).toString(), QStringLiteral("acute"));
    for (const QJsonValue& signal : run.lines.at(0).value(QLatin1String("signals")).toArray())
        EXPECT_FALSE(
            signal.toObject().value(QLatin1String("kind")).toString().startsWith(u"resembles_"));
}

TEST(AnalyzeCli, InvalidUtf8LineIsReportedAndTheOthersStillAnalysed)
{
    const CliRun run = runAnalyze(QByteArray("první řádek\n") + QByteArray("vadn\xC3\x28 text\n") +
                                  QByteArray("třetí řádek\n"));
    EXPECT_EQ(run.exitCode, 1);
    ASSERT_EQ(run.lines.size(), 3);
    EXPECT_TRUE(run.lines.at(0).contains(QLatin1String("risk")));
    EXPECT_EQ(run.lines.at(1).value(QLatin1String("error")).toString(),
              QStringLiteral("invalid_input"));
    EXPECT_EQ(run.lines.at(1).value(QLatin1String("line")).toInt(), 2);
    EXPECT_FALSE(run.lines.at(1).contains(QLatin1String("risk")));
    EXPECT_EQ(run.lines.at(2).value(QLatin1String("redacted")).toString(),
              QStringLiteral("třetí řádek"));
    EXPECT_TRUE(run.stdErr.contains("2")) << run.stdErr.constData();
}

// Issue 13: a NUL byte neither cuts a line nor ends the input; its line is an error and
// every other line is analysed, the crisis sentence after it included.
TEST(AnalyzeCli, ANulByteIsAnErrorForItsLineAndNeverStopsTheRest)
{
    QByteArray input("volej mi");
    input += '\0';
    input += " na 777 123 456\n";
    input += '\0';
    input += "\n";
    input += "dnes se zabiju, mam doma provaz\n";
    const CliRun run = runAnalyze(input);
    EXPECT_EQ(run.exitCode, 1);
    ASSERT_EQ(run.lines.size(), 3) << run.stdErr.constData();
    EXPECT_EQ(run.lines.at(0).value(QLatin1String("error")).toString(),
              QStringLiteral("invalid_input"));
    EXPECT_EQ(run.lines.at(1).value(QLatin1String("line")).toInt(), 2);
    EXPECT_EQ(run.lines.at(2).value(QLatin1String("risk")).toString(), QStringLiteral("acute"));
    EXPECT_TRUE(run.stdErr.contains("NUL")) << run.stdErr.constData();
}

// Issue 13: an answer that could not be written (stdout on a full disk) is a failure, with
// a message, never exit 0: for the analysis and for the due date of an e-mail alike.
TEST(AnalyzeCli, OutputThatCannotBeWrittenIsAFailure)
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full here";
    const auto toFullDisk = [](const QStringList& arguments, const QByteArray& input) {
        QProcess process;
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(kotva::test::cliPath(), arguments);
        EXPECT_TRUE(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60'000));
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        return std::pair{process.exitCode(), process.readAllStandardError()};
    };
    const auto [analyzeCode, analyzeErr] =
        toFullDisk({QStringLiteral("analyze")}, "dnes se zabiju\n");
    EXPECT_EQ(analyzeCode, 1);
    EXPECT_FALSE(analyzeErr.isEmpty());
    const auto [deadlineCode, deadlineErr] =
        toFullDisk({QStringLiteral("deadline"), QStringLiteral("--received"),
                    QStringLiteral("2026-12-23T10:00:00+01:00")},
                   {});
    EXPECT_EQ(deadlineCode, 1);
    EXPECT_FALSE(deadlineErr.isEmpty());
}

TEST(AnalyzeCli, RoleOptionAndUsageErrors)
{
    const QByteArray draft = "Podle mě máte depresi, zkuste si vysadit ty léky.\n";
    const CliRun worker = runAnalyze(draft, {QStringLiteral("--role"), QStringLiteral("worker")});
    EXPECT_EQ(worker.exitCode, 0);
    ASSERT_EQ(worker.lines.size(), 1);
    EXPECT_FALSE(worker.lines.at(0).value(QLatin1String("boundary")).toArray().isEmpty());

    const CliRun wrongRole = runAnalyze(draft, {QStringLiteral("--role"), QStringLiteral("boss")});
    EXPECT_EQ(wrongRole.exitCode, 2);
    EXPECT_TRUE(wrongRole.lines.isEmpty());
}

// Issue 14: a worker's promise that it will work is the rule "guarantee", with code-point
// offsets of the promising words; the same line from a client never gets it.
TEST(AnalyzeCli, AWorkersPromiseIsTheGuaranteeRule)
{
    const QString line = QStringLiteral("Neboj, tohle ti určitě pomůže.");
    const CliRun worker =
        runAnalyze(line.toUtf8() + '\n', {QStringLiteral("--role"), QStringLiteral("worker")});
    EXPECT_EQ(worker.exitCode, 0) << worker.stdErr.constData();
    ASSERT_EQ(worker.lines.size(), 1);
    const QJsonArray boundary = worker.lines.at(0).value(QLatin1String("boundary")).toArray();
    ASSERT_FALSE(boundary.isEmpty());
    const QJsonObject finding = boundary.first().toObject();
    EXPECT_EQ(finding.value(QLatin1String("rule")).toString(), QStringLiteral("guarantee"));
    EXPECT_EQ(codePointSlice(line, finding.value(QLatin1String("start")).toInt(),
                             finding.value(QLatin1String("end")).toInt()),
              QStringLiteral("určitě pomůže"));

    const CliRun client = runAnalyze(line.toUtf8() + '\n');
    EXPECT_EQ(client.exitCode, 0) << client.stdErr.constData();
    ASSERT_EQ(client.lines.size(), 1);
    for (const QJsonValue& other : client.lines.at(0).value(QLatin1String("boundary")).toArray())
        EXPECT_NE(other.toObject().value(QLatin1String("rule")).toString(),
                  QStringLiteral("guarantee"));
}

TEST(AnalyzeCli, BrokenOrganisationLexiconNamesFileAndLine)
{
    QTemporaryDir temporary;
    ASSERT_TRUE(temporary.isValid());
    const QString dir = temporary.path();
    QFile file(dir + QStringLiteral("/crisis.json"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"entries\": [\n    {\"id\": \"x\", \"patterns\": [\"dnes\"]}\n  ]\n}\n");
    file.close();
    const CliRun run = runAnalyze("ahoj\n", {QStringLiteral("--lexicons"), dir});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.stdErr.contains("crisis.json, line 3")) << run.stdErr.constData();
}

TEST(AnalyzeCli, ExplainListsTheLexiconEntriesBehindAFinding)
{
    // Whoever adds a word to a lexicon checks with --explain which entry caught which words.
    const CliRun plain = runAnalyze("Spolkla jsem celou krabičku prášků.\n");
    ASSERT_EQ(plain.lines.size(), 1);
    EXPECT_FALSE(plain.lines.first().contains(QStringLiteral("matches")));

    const CliRun run =
        runAnalyze("Spolkla jsem celou krabičku prášků.\n", {QStringLiteral("--explain")});
    EXPECT_EQ(run.exitCode, 0) << run.stdErr.constData();
    ASSERT_EQ(run.lines.size(), 1);
    const QJsonObject line = run.lines.first();
    EXPECT_EQ(line.value(QStringLiteral("risk")).toString(), QStringLiteral("acute"));
    QStringList ids;
    QStringList words;
    const QString text = QStringLiteral("Spolkla jsem celou krabičku prášků.");
    for (const QJsonValue& match : line.value(QStringLiteral("matches")).toArray()) {
        const QJsonObject m = match.toObject();
        ids.append(m.value(QStringLiteral("id")).toString());
        words.append(codePointSlice(text, m.value(QStringLiteral("start")).toInt(),
                                    m.value(QStringLiteral("end")).toInt()));
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("crisis.ingest.strong")))
        << ids.join(u' ').toStdString();
    EXPECT_TRUE(ids.contains(QStringLiteral("crisis.means.pills"))) << ids.join(u' ').toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Spolkla"))) << words.join(u'|').toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("prášků"))) << words.join(u'|').toStdString();
}
