// "~lemma" pattern words: the forms come from the Czech Hunspell dictionary through
// scripts/lexicon-forms.py, run by the build over data/lemmas/ (and here, to check that
// it writes the same bytes every time and refuses what it cannot inflect).

#include "core/analysis/Analyzer.h"
#include "core/analysis/text/LemmaForms.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/LexiconPattern.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kotva;

namespace {

QString testLemmas()
{
    return QStringLiteral(KOTVA_TEST_LEMMAS);
}

const LemmaForms& testForms()
{
    static const LemmaForms forms = [] {
        auto loaded = LemmaForms::load(QStringLiteral(KOTVA_TEST_LEMMA_FORMS));
        EXPECT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
        return loaded ? *loaded : LemmaForms();
    }();
    return forms;
}

const LexiconMatcher& testMatcher()
{
    static const LexiconMatcher matcher = [] {
        auto lexicon = Lexicon::load(testLemmas() + QStringLiteral("/lemmas.json"), testForms());
        EXPECT_TRUE(lexicon.has_value()) << lexicon.error().message.toStdString();
        auto compiled = LexiconMatcher::compile({lexicon ? *lexicon : Lexicon()});
        EXPECT_TRUE(compiled.has_value()) << compiled.error().message.toStdString();
        return compiled ? *compiled : LexiconMatcher();
    }();
    return matcher;
}

/// The ids of the entries matching in text, in order.
QStringList ids(const QString& text)
{
    QStringList result;
    for (const LexiconMatch& match : testMatcher().match(NormalisedText(text)))
        result << match.id();
    return result;
}

/// The error of parsing a one-entry lexicon "x.json" (the entry on line 2) with patterns.
Error patternError(const QString& pattern, const LemmaForms& forms = testForms())
{
    const QByteArray json =
        "{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\", \"patterns\": [\"" +
        pattern.toUtf8() + "\"]}]}";
    const auto lexicon = Lexicon::parse(json, QStringLiteral("x.json"), forms);
    EXPECT_FALSE(lexicon.has_value()) << pattern.toStdString();
    return lexicon ? Error{} : lexicon.error();
}

struct Generated
{
    int exitCode = -1;
    QByteArray table;
    QString errors;
};

/// Runs scripts/lexicon-forms.py over folder, writing into a fresh temporary folder.
Generated generate(const QString& folder)
{
    QTemporaryDir out;
    QProcess process;
    process.start(QStringLiteral(KOTVA_PYTHON),
                  {QStringLiteral(KOTVA_LEXICON_FORMS_SCRIPT), folder, QStringLiteral("--output"),
                   out.filePath(LemmaForms::fileName()), QStringLiteral("--aff"),
                   QStringLiteral(KOTVA_HUNSPELL_AFF), QStringLiteral("--dic"),
                   QStringLiteral(KOTVA_HUNSPELL_DIC), QStringLiteral("--unmunch"),
                   QStringLiteral(KOTVA_UNMUNCH)});
    EXPECT_TRUE(process.waitForFinished(60000));
    Generated result;
    result.exitCode = process.exitCode();
    result.errors = QString::fromUtf8(process.readAllStandardError());
    QFile table(out.filePath(LemmaForms::fileName()));
    if (table.open(QIODevice::ReadOnly))
        result.table = table.readAll();
    return result;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

TEST(LemmaPattern, VerbCoversItsAffirmativeFormsOnly)
{
    for (const char* text : {"spolkla", "spolkl", "spolknu", "SPOLKLA", "Spolkneš to?", "spolknes",
                             "spolkněte", "spolknuta"})
        EXPECT_EQ(ids(QString::fromUtf8(text)), QStringList{QStringLiteral("swallow")}) << text;
    // The negative is a different statement (the detector reads negation on its own).
    for (const char* text : {"nespolknu", "nespolkla", "Nespolkneš", "spolknoutelný", "spolk"})
        EXPECT_TRUE(ids(QString::fromUtf8(text)).isEmpty()) << text;
}

TEST(LemmaPattern, NounCoversItsCasesWithAndWithoutDiacritics)
{
    for (const char* text : {"prášky", "prášků", "prasku", "PRÁŠKEM", "o prášcích", "prasek"})
        EXPECT_EQ(ids(QString::fromUtf8(text)), QStringList{QStringLiteral("powder")}) << text;
    EXPECT_TRUE(ids(QStringLiteral("práškový cukr")).isEmpty()); // another lemma
}

TEST(LemmaPattern, HomonymsTakeTheFormsOfEveryDictionaryLine)
{
    // cs_CZ.dic has "kout" twice: the verb (to forge: kuji, kul) and the noun (a corner).
    for (const char* text : {"kuje", "kul", "v koutě", "koutem", "kout"})
        EXPECT_EQ(ids(QString::fromUtf8(text)), QStringList{QStringLiteral("homonym")}) << text;
    EXPECT_TRUE(ids(QStringLiteral("nekuje")).isEmpty());
}

TEST(LemmaPattern, ExceptMayUseLemmas)
{
    EXPECT_TRUE(ids(QStringLiteral("koupila jsem prášek na praní")).isEmpty());
    EXPECT_TRUE(ids(QStringLiteral("došel mi prášku na praní")).isEmpty());
    EXPECT_EQ(ids(QStringLiteral("mám prášky na spaní")), QStringList{QStringLiteral("powder")});
}

TEST(LemmaPattern, ExampleGivesAWordTheDictionaryLacksItsParadigm)
{
    for (const char* text : {"neurol", "neurolu", "neurolem", "neuroly", "po neurolech"})
        EXPECT_EQ(ids(QString::fromUtf8(text)), QStringList{QStringLiteral("drug")}) << text;
    EXPECT_TRUE(ids(QStringLiteral("neurolog")).isEmpty());
}

TEST(LemmaPattern, LemmasCombineWithLiteralsGapsAndEachOther)
{
    EXPECT_EQ(ids(QStringLiteral("spolkla jsem všechny prášky")),
              QStringList({QStringLiteral("swallow.pills"), QStringLiteral("swallow"),
                           QStringLiteral("powder")}));
    EXPECT_EQ(ids(QStringLiteral("spolknu tabletu")),
              QStringList({QStringLiteral("swallow.pills"), QStringLiteral("swallow")}));
    EXPECT_EQ(ids(QStringLiteral("nespolknu tabletu")), QStringList());
    EXPECT_EQ(ids(QStringLiteral("skočím z mostu")), QStringList{QStringLiteral("bridge")});
    EXPECT_EQ(ids(QStringLiteral("skočím z mostů")), QStringList{QStringLiteral("bridge")});
    EXPECT_EQ(ids(QStringLiteral("skočím z mostovky")), QStringList());
    EXPECT_EQ(ids(QStringLiteral("most")), QStringList());
}

TEST(LemmaPattern, UnknownLemmaNamesFileLineAndWhatToRun)
{
    const Error error = patternError(QStringLiteral("vzít si ~blablabla"));
    const std::string message = error.message.toStdString();
    EXPECT_EQ(error.code, ErrorCode::InvalidInput);
    EXPECT_TRUE(error.message.contains(QStringLiteral("x.json, line 2"))) << message;
    EXPECT_TRUE(error.message.contains(QStringLiteral("~blablabla"))) << message;
    EXPECT_TRUE(error.message.contains(QStringLiteral("lexicon-forms.py"))) << message;
    EXPECT_TRUE(error.message.contains(QStringLiteral("=example"))) << message;
}

TEST(LemmaPattern, LemmaWithoutFormsIsRefused)
{
    const auto empty = LemmaForms::parse("# no forms\nblablabla\t\n", QStringLiteral("t.tsv"));
    ASSERT_TRUE(empty.has_value());
    const Error error = patternError(QStringLiteral("~blablabla"), *empty);
    EXPECT_TRUE(error.message.contains(QStringLiteral("x.json, line 2")))
        << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("no forms"))) << error.message.toStdString();
}

TEST(LemmaPattern, OverLargeExpansionIsRefused)
{
    // spolknout has over 30 forms: three of them in a row stand for over 27 000 sequences.
    const QStringList* forms = testForms().find(QStringLiteral("spolknout"));
    ASSERT_NE(forms, nullptr);
    ASSERT_GT(forms->size(), 30);
    const Error error = patternError(QStringLiteral("~spolknout ~spolknout * ~spolknout"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("x.json, line 2")))
        << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QString::number(MaxPatternExpansion)))
        << error.message.toStdString();

    // Just at the cap is fine.
    LemmaForms wide;
    QStringList many;
    for (qsizetype i = 0; i < MaxPatternExpansion; ++i)
        many << QStringLiteral("slovo%1").arg(i);
    wide.insert(QStringLiteral("slovo"), many);
    wide.insert(QStringLiteral("jedno"), {QStringLiteral("jedno")});
    const QByteArray json = "{\"entries\": [{\"id\": \"a\", \"category\": \"x\", \"patterns\": "
                            "[\"~jedno ~slovo\"]}]}";
    EXPECT_TRUE(Lexicon::parse(json, QStringLiteral("x.json"), wide).has_value());
    wide.insert(QStringLiteral("dve"), {QStringLiteral("dve"), QStringLiteral("dva")});
    EXPECT_FALSE(patternError(QStringLiteral("~dve ~slovo"), wide).message.isEmpty());
}

TEST(LemmaPattern, MalformedLemmaWordsAreRefused)
{
    for (const char* pattern :
         {"~", "~prášk*", "vzít~prášek", "~neurol=", "~=alkohol", "~neurol=alko=hol", "~prášek,"}) {
        const Error error = patternError(QString::fromUtf8(pattern));
        EXPECT_TRUE(error.message.contains(QStringLiteral("x.json, line 2")))
            << pattern << " -> " << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(u'~'))
            << pattern << " -> " << error.message.toStdString();
    }
}

TEST(LemmaPattern, OrganisationFolderUsesItsOwnTableThenTheBuiltInOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile::copy(testLemmas() + QStringLiteral("/lemmas.json"),
                dir.filePath(QStringLiteral("a.json")));

    // Without its table the folder's lemmas are unknown, and the message says what to run.
    auto analyzer = Analyzer::create(dir.path());
    ASSERT_FALSE(analyzer.has_value());
    EXPECT_TRUE(analyzer.error().message.contains(QStringLiteral("lexicon-forms.py")))
        << analyzer.error().message.toStdString();
    EXPECT_TRUE(analyzer.error().message.contains(QDir::toNativeSeparators(dir.path())))
        << analyzer.error().message.toStdString();

    QFile::copy(QStringLiteral(KOTVA_TEST_LEMMA_FORMS), dir.filePath(LemmaForms::fileName()));
    analyzer = Analyzer::create(dir.path());
    ASSERT_TRUE(analyzer.has_value()) << analyzer.error().message.toStdString();
    const QList<LexiconMatch> matches =
        analyzer->matcher().match(NormalisedText(QStringLiteral("spolkla neurolem")));
    ASSERT_EQ(matches.size(), 2);
    EXPECT_EQ(matches.at(0).id(), QStringLiteral("swallow"));
    EXPECT_EQ(matches.at(1).id(), QStringLiteral("drug"));

    // A lemma of the built-in lexicons needs no table of the folder's own.
    ASSERT_FALSE(LemmaForms::builtIn().isEmpty());
    QDir(dir.path()).remove(LemmaForms::fileName());
    writeFile(dir.filePath(QStringLiteral("a.json")),
              R"({"entries": [{"id": "pills", "category": "x", "patterns": ["~tableta"]}]})");
    analyzer = Analyzer::create(dir.path());
    ASSERT_TRUE(analyzer.has_value()) << analyzer.error().message.toStdString();
    EXPECT_EQ(analyzer->matcher().match(NormalisedText(QStringLiteral("tabletami"))).size(), 1);
}

TEST(LemmaPattern, FolderTableOverridesTheBuiltInOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFile(dir.filePath(LemmaForms::fileName()), "tableta\ttableta tabletka\n");
    const auto forms = LemmaForms::forDirectory(dir.path());
    ASSERT_TRUE(forms.has_value()) << forms.error().message.toStdString();
    ASSERT_NE(forms->find(QStringLiteral("tableta")), nullptr);
    EXPECT_EQ(*forms->find(QStringLiteral("tableta")),
              QStringList({QStringLiteral("tableta"), QStringLiteral("tabletka")}));
    EXPECT_EQ(forms->size(), LemmaForms::builtIn().size() +
                                 (LemmaForms::builtIn().find(QStringLiteral("tableta")) ? 0 : 1));

    writeFile(dir.filePath(LemmaForms::fileName()), "# a comment\nno tab here\n");
    const auto broken = LemmaForms::forDirectory(dir.path());
    ASSERT_FALSE(broken.has_value());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("lemma-forms.tsv, line 2")))
        << broken.error().message.toStdString();
}

TEST(LemmaPattern, GeneratedTableIsDeterministic)
{
    const Generated first = generate(testLemmas());
    const Generated second = generate(testLemmas());
    ASSERT_EQ(first.exitCode, 0) << first.errors.toStdString();
    ASSERT_FALSE(first.table.isEmpty());
    EXPECT_EQ(first.table, second.table);
    EXPECT_EQ(first.table, readAll(QStringLiteral(KOTVA_TEST_LEMMA_FORMS)));

    // The table built into Kotva is the one the shipped lexicons give now.
    const Generated shipped = generate(test::sourceDir() + QStringLiteral("/resources/lexicons"));
    ASSERT_EQ(shipped.exitCode, 0) << shipped.errors.toStdString();
    EXPECT_EQ(shipped.table, readAll(QStringLiteral(":/lexicons/lemma-forms.tsv")));
}

TEST(LemmaPattern, GeneratorRefusesWordsTheDictionaryLacks)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("x.json")),
              "{\"entries\": [\n{\"id\": \"a\", \"category\": \"x\",\n"
              " \"patterns\": [\"~blablabla\", \"~neurol=blablabla\", \"~prášek\"]}]}");
    const Generated result = generate(dir.path());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.table.isEmpty());
    EXPECT_TRUE(result.errors.contains(QStringLiteral("x.json, line 3: \"~blablabla\"")))
        << result.errors.toStdString();
    EXPECT_TRUE(result.errors.contains(QStringLiteral("~blablabla=example")))
        << result.errors.toStdString();
    EXPECT_TRUE(result.errors.contains(QStringLiteral("the example \"blablabla\"")))
        << result.errors.toStdString();
}
