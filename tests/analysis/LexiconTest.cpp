#include "core/analysis/text/Lexicon.h"

#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kotva;

namespace {

Error parseError(const char* json, const char* file = "crisis.json")
{
    const auto lexicon = Lexicon::parse(QByteArray(json), QString::fromLatin1(file));
    EXPECT_FALSE(lexicon.has_value());
    return lexicon ? Error{} : lexicon.error();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

TEST(Lexicon, ParsesEntriesDefaultsAndData)
{
    const auto lexicon = Lexicon::parse(QByteArray(R"({
  "lexicon": "means",
  "defaults": {"category": "means", "weight": 2},
  "entries": [
    {"id": "means.pills", "patterns": ["prášk*", "# tablet*"], "except": ["prášky na praní"],
     "kind": "pills", "explanation": {"cs": "Léky", "en": "Pills"}},
    {"id": "now.today", "category": "now", "weight": 1, "patterns": ["dnes"]}
  ]
})"),
                                        QStringLiteral("means.json"));
    ASSERT_TRUE(lexicon.has_value()) << lexicon.error().message.toStdString();
    EXPECT_EQ(lexicon->name, QStringLiteral("means"));
    ASSERT_EQ(lexicon->entries.size(), 2);
    const LexiconEntry& pills = lexicon->entries.at(0);
    EXPECT_EQ(pills.category, QStringLiteral("means"));
    EXPECT_EQ(pills.patterns, QStringList({QStringLiteral("prášk*"), QStringLiteral("# tablet*")}));
    EXPECT_EQ(pills.except, QStringList{QStringLiteral("prášky na praní")});
    EXPECT_EQ(pills.number(QLatin1String("weight")), 2.0);
    EXPECT_EQ(pills.text(QLatin1String("kind")), QStringLiteral("pills"));
    EXPECT_EQ(pills.text(QLatin1String("explanation"), QStringLiteral("cs")),
              QStringLiteral("Léky"));
    EXPECT_EQ(pills.text(QLatin1String("explanation"), QStringLiteral("de")),
              QStringLiteral("Pills"));
    EXPECT_EQ(pills.line, 5);
    EXPECT_FALSE(pills.data.contains(QLatin1String("id")));
    EXPECT_EQ(lexicon->entries.at(1).category, QStringLiteral("now"));
    EXPECT_EQ(lexicon->entries.at(1).number(QLatin1String("weight")), 1.0);
    EXPECT_EQ(lexicon->entries.at(1).line, 7);
}

TEST(Lexicon, JsonSyntaxErrorNamesFileAndLine)
{
    const Error error =
        parseError("{\n  \"entries\": [\n    {\"id\": \"a\",\n     \"category\": \"x\"\n"
                   "     \"patterns\": [\"abc\"]}\n  ]\n}\n");
    EXPECT_EQ(error.code, ErrorCode::InvalidInput);
    EXPECT_TRUE(error.message.contains(QStringLiteral("crisis.json")))
        << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("line 5"))) << error.message.toStdString();
}

TEST(Lexicon, AnEntrysFieldOutsideEveryEntryIsRefused)
{
    // An "except" list pasted after the closing bracket of "entries" is valid JSON, but its
    // patterns would do nothing: the file is refused and says where the field belongs.
    const auto parsed = Lexicon::parse(QByteArrayLiteral(R"({"entries": [
        {"id": "a", "category": "c", "patterns": ["x"]}
      ],
      "except": ["y"]})"),
                                       QStringLiteral("stray.json"));
    ASSERT_FALSE(parsed);
    EXPECT_TRUE(parsed.error().message.contains(QLatin1String("stray.json")));
    EXPECT_TRUE(parsed.error().message.contains(QLatin1String("\"except\"")))
        << parsed.error().message.toStdString();
}

TEST(Lexicon, MissingCategoryNamesTheLineOfTheEntry)
{
    const Error error = parseError(R"({
  "entries": [
    {"id": "ok", "category": "now", "patterns": ["dnes"]},
    {
      "id": "broken",
      "patterns": ["zítra"]
    }
  ]
})");
    EXPECT_TRUE(error.message.contains(QStringLiteral("crisis.json, line 4")))
        << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("\"category\"")))
        << error.message.toStdString();
}

TEST(Lexicon, SemanticErrorsNameFileAndLine)
{
    struct Case
    {
        const char* json;
        const char* line;
        const char* mentions;
    };
    const Case cases[] = {
        {"{\"entries\": [\n{\"category\": \"x\", \"patterns\": [\"abc\"]}]}", "line 2", "\"id\""},
        {"{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\"}]}", "line 2", "\"patterns\""},
        {"{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\", \"patterns\": []}]}", "line 2",
         "\"patterns\""},
        {"{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\", \"patterns\": [\"*zabit\"]}]}",
         "line 2", "*zabit"},
        {"{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\", \"patterns\": [\"se*be\"]}]}",
         "line 2", "se*be"},
        {"{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\", \"patterns\": [\"ze*\"]}]}",
         "line 2", "ze*"},
        {"{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\", \"patterns\": [\"* # *\"]}]}",
         "line 2", "literal"},
        {"{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\", \"patterns\": [\"skocit *\"]}]}",
         "line 2", "gap"},
        {"{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\", \"patterns\": [\"a *12 b\"]}]}",
         "line 2", "*12"},
        {"{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\", \"patterns\": [\"abc\"]},\n\n"
         "{\"id\": \"a\", \"category\": \"y\", \"patterns\": [\"def\"]}]}",
         "line 4", "line 2"},
        {"[1, 2]", "line 1", "JSON object"},
        {"{\"lexicon\": \"x\"}", "line 1", "\"entries\""},
    };
    for (const Case& c : cases) {
        const Error error = parseError(c.json);
        const std::string message = error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("crisis.json, ") + QLatin1String(c.line)))
            << c.json << " -> " << message;
        EXPECT_TRUE(error.message.contains(QLatin1String(c.mentions)))
            << c.json << " -> " << message;
    }
}

TEST(Lexicon, DirectoryLoadsEveryJsonFileAndRejectsDuplicateIdsAcrossFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("a.json")),
              R"({"entries": [{"id": "x.one", "category": "now", "patterns": ["dnes"]}]})");
    writeFile(
        dir.filePath(QStringLiteral("b.json")),
        "{\"entries\": [\n{\"id\": \"x.two\", \"category\": \"now\", \"patterns\": [\"ted\"]}]}");
    QDir(dir.path()).mkdir(QStringLiteral("names"));
    writeFile(dir.filePath(QStringLiteral("names/first.json")), "not a lexicon");
    auto loaded = Lexicon::loadDirectory(dir.path());
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
    ASSERT_EQ(loaded->size(), 2);
    EXPECT_EQ(loaded->at(1).entries.at(0).id, QStringLiteral("x.two"));

    writeFile(dir.filePath(QStringLiteral("c.json")),
              "{\"entries\": [\n\n{\"id\": \"x.one\", \"category\": \"now\", \"patterns\": "
              "[\"hned\"]}]}");
    loaded = Lexicon::loadDirectory(dir.path());
    ASSERT_FALSE(loaded.has_value());
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("c.json, line 3")))
        << loaded.error().message.toStdString();
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("a.json")));

    writeFile(dir.filePath(QStringLiteral("c.json")), "{\"entries\": [\n\n{\"id\": ");
    loaded = Lexicon::loadDirectory(dir.path());
    ASSERT_FALSE(loaded.has_value());
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("c.json, line 3")))
        << loaded.error().message.toStdString();

    EXPECT_FALSE(Lexicon::loadDirectory(dir.filePath(QStringLiteral("missing"))).has_value());
}

TEST(Lexicon, BuiltInLexiconsLoad)
{
    const auto loaded = Lexicon::loadDirectory(Lexicon::builtInDirectory());
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
    EXPECT_FALSE(loaded->isEmpty());
    // The shipped files and the embedded copies are the same set.
    const QStringList onDisk =
        QDir(kotva::test::sourceDir() + QStringLiteral("/resources/lexicons"))
            .entryList({QStringLiteral("*.json")}, QDir::Files);
    EXPECT_EQ(loaded->size(), onDisk.size());
}
