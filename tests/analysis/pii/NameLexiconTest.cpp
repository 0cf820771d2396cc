#include "core/analysis/pii/NameLexicon.h"

#include "core/analysis/pii/PiiText.h"
#include "core/analysis/text/NormalisedText.h"
#include "core/analysis/text/StringHash.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::pii;

namespace {

NameLexicon builtIn()
{
    auto names = NameLexicon::load(NameLexicon::builtInFolder());
    EXPECT_TRUE(names.has_value()) << (names ? "" : names.error().toString().toStdString());
    return names ? *names : NameLexicon();
}

bool knowsFirstName(const NameLexicon& names, const char* word)
{
    return names.isFirstName(NormalisedText::fold(QString::fromUtf8(word)));
}

void write(const QString& path, const char* content)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

TEST(NameLexicon, BuiltInListsLoad)
{
    const NameLexicon names = builtIn();
    EXPECT_GT(names.firstNameFormCount(), 1000);
    EXPECT_TRUE(names.isPlace(QStringLiteral("praze")));
    EXPECT_FALSE(names.introductions().isEmpty());
}

TEST(NameLexicon, DeclinedFirstNamesAreRecognised)
{
    const NameLexicon names = builtIn();
    for (const char* form :
         {"Petra",   "Petry",   "Petře",  "Petrou", "Lenka",    "Lence",  "Olze",   "Marek",
          "Markovi", "Markem",  "Pavla",  "Pavlem", "Zdeňkovi", "Jiřího", "Lucie",  "Lucií",
          "Tomášem", "Honzovi", "Honzou", "Evě",    "Janem",    "petre",  "tomasem"})
        EXPECT_TRUE(knowsFirstName(names, form)) << form;
    for (const char* word : {"Novák", "Svobodová", "Praha", "stůl", "Dvořáka"})
        EXPECT_FALSE(knowsFirstName(names, word)) << word;
}

// The scanners look every word of a text up with the hash the tokeniser accumulated
// while reading it: a first name must be found that way too, in every spelling.
TEST(NameLexicon, WordsAreFoundWithTheTokenisersHash)
{
    const NameLexicon names = builtIn();
    const PiiText text(QStringLiteral("Včera jsem mluvila s PETROU, Zdeňkovi a tomasem z Prahy."));
    QStringList found;
    for (qsizetype i = 0; i < text.count(); ++i)
        if (text.isLetters(i) &&
            (names.flags(text.folded(i), wordHashFinish(text.at(i).hash)) & NameLexicon::FirstName))
            found << text.original(i).toString();
    EXPECT_EQ(found, QStringList({QStringLiteral("PETROU"), QStringLiteral("Zdeňkovi"),
                                  QStringLiteral("tomasem")}));
}

// Every word of a text is asked whether it is a first name, a title or the start of an
// introduction; a common word that is only listed as "not a surname" answers no there,
// and yes when asked for everything.
TEST(NameLexicon, NameFlagsLeaveOutOtherLists)
{
    const NameLexicon names = builtIn();
    const auto nameFlags = [&](const char* word) {
        const QString folded = NormalisedText::fold(QString::fromUtf8(word));
        return names.nameFlags(folded, wordHash(folded));
    };
    EXPECT_TRUE(nameFlags("Petrou") & NameLexicon::FirstName);
    EXPECT_TRUE(nameFlags("paní") & NameLexicon::Title);
    EXPECT_TRUE(nameFlags("jmenuji") & NameLexicon::IntroductionStart);
    EXPECT_EQ(nameFlags("Linka"), 0);
    EXPECT_TRUE(names.isNotSurname(QStringLiteral("linka")));
    EXPECT_EQ(nameFlags("Praze"), 0);
    EXPECT_TRUE(names.isPlace(QStringLiteral("praze")));
}

TEST(NameLexicon, SurnameShapes)
{
    const NameLexicon names = builtIn();
    EXPECT_TRUE(names.hasStrongSuffix(QStringLiteral("Nováková")));
    EXPECT_TRUE(names.hasStrongSuffix(QStringLiteral("Svobodovou")));
    EXPECT_FALSE(names.hasStrongSuffix(QStringLiteral("Nová")));       // an adjective
    EXPECT_FALSE(names.hasStrongSuffix(QStringLiteral("Masarykova"))); // a street
    EXPECT_TRUE(names.hasWeakSuffix(QStringLiteral("svobodova")));
    EXPECT_TRUE(names.hasWeakSuffix(QStringLiteral("dvorak")));
}

TEST(NameLexicon, BrokenFileNamesFileAndLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    write(dir.filePath(QStringLiteral("first-names.txt")), "# comment\nPetra\tf\nPetr m x\n");
    write(dir.filePath(QStringLiteral("places.txt")), "Praha, Praze\n");
    write(dir.filePath(QStringLiteral("name-context.txt")), "[titles]\npan\n");
    const auto names = NameLexicon::load(dir.path());
    ASSERT_FALSE(names.has_value());
    EXPECT_EQ(names.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(names.error().message.contains(QStringLiteral("first-names.txt")));
    EXPECT_TRUE(names.error().message.contains(QStringLiteral("line 3")));
}

TEST(NameLexicon, UnknownSectionIsAnError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    write(dir.filePath(QStringLiteral("first-names.txt")), "Petra\tf\n");
    write(dir.filePath(QStringLiteral("places.txt")), "Praha\n");
    write(dir.filePath(QStringLiteral("name-context.txt")), "[titles]\npan\n\n[titels]\nx\n");
    const auto names = NameLexicon::load(dir.path());
    ASSERT_FALSE(names.has_value());
    EXPECT_TRUE(names.error().message.contains(QStringLiteral("name-context.txt, line 4")));
}

TEST(NameLexicon, MissingFolderIsAnError)
{
    const auto names = NameLexicon::load(QStringLiteral("/nonexistent/kotva/names"));
    ASSERT_FALSE(names.has_value());
    EXPECT_EQ(names.error().code, ErrorCode::NotFound);
}

} // namespace
