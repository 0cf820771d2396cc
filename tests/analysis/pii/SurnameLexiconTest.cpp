#include "core/analysis/pii/SurnameLexicon.h"

#include "core/analysis/pii/NameLexicon.h"
#include "tests/analysis/pii/PiiTestData.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kotva;
using kotva::pii::SurnameLexicon;
using Kind = SurnameLexicon::Kind;

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

// A small lexicon written here, so the endings are tested, not the dictionary.
SurnameLexicon sample()
{
    SurnameLexicon lexicon;
    lexicon.add(u8("Dvořák"), Kind::Person);
    lexicon.add(u8("Hájek"), Kind::CommonWord);
    lexicon.add(u8("Fiala"), Kind::CommonWord);
    lexicon.add(u8("Němec"), Kind::CommonWord);
    lexicon.add(u8("Veselý"), Kind::CommonAdjective);
    lexicon.add(u8("Kolín"), Kind::Place);
    return lexicon;
}

struct Form
{
    const char* folded;
    Kind kind;
};

class SurnameForms : public ::testing::TestWithParam<Form>
{};

TEST_P(SurnameForms, ReducesToTheLemma)
{
    static const SurnameLexicon lexicon = sample();
    EXPECT_EQ(lexicon.classify(u8(GetParam().folded)), GetParam().kind) << GetParam().folded;
}

INSTANTIATE_TEST_SUITE_P(
    Endings, SurnameForms,
    ::testing::Values(Form{"dvorak", Kind::Person}, Form{"dvorakem", Kind::Person},
                      Form{"dvorakovi", Kind::Person}, Form{"dvoraku", Kind::Person},
                      Form{"dvorakova", Kind::Person}, Form{"dvorakove", Kind::Person},
                      Form{"dvorakovou", Kind::Person}, Form{"dvorakovych", Kind::Person},
                      Form{"hajka", Kind::CommonWord}, Form{"hajkovi", Kind::CommonWord},
                      Form{"hajkova", Kind::CommonWord}, Form{"fialou", Kind::CommonWord},
                      Form{"fialovi", Kind::CommonWord}, Form{"nemcem", Kind::CommonWord},
                      Form{"veseleho", Kind::CommonAdjective},
                      Form{"veselych", Kind::CommonAdjective}, Form{"kolinem", Kind::Place},
                      Form{"dvur", Kind::None}, Form{"okno", Kind::None}, Form{"a", Kind::None}));

TEST(SurnameLexicon, FoldsWhatItStores)
{
    SurnameLexicon lexicon;
    lexicon.add(u8("Růžička"), Kind::CommonWord);
    EXPECT_EQ(lexicon.classify(u8("ruzicku")), Kind::CommonWord);
    EXPECT_EQ(lexicon.classify(u8("ruzickovi")), Kind::CommonWord);
    EXPECT_EQ(lexicon.size(), 1);
}

TEST(SurnameLexicon, KeepsTheMoreCautiousReadingOfTwoSpellings)
{
    SurnameLexicon lexicon;
    lexicon.add(u8("Cerny"), Kind::Person);
    lexicon.add(u8("Černý"), Kind::CommonAdjective);
    EXPECT_EQ(lexicon.classify(u8("cerny")), Kind::CommonAdjective);
    EXPECT_EQ(lexicon.size(), 1);
}

TEST(SurnameLexicon, BuiltInListComesFromTheDictionary)
{
    const auto names = pii::NameLexicon::load(pii::NameLexicon::builtInFolder());
    ASSERT_TRUE(names.has_value());
    const SurnameLexicon& surnames = names->surnames();
    EXPECT_GT(surnames.size(), 10000);
    EXPECT_EQ(surnames.classify(u8("novakem")), Kind::Person);
    EXPECT_EQ(surnames.classify(u8("svobodu")), Kind::CommonWord);
}

TEST(SurnameLexicon, MissingFileIsEmptyAndBrokenLineIsAnError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto missing = SurnameLexicon::load(dir.filePath(QStringLiteral("surnames.txt")));
    ASSERT_TRUE(missing.has_value());
    EXPECT_EQ(missing->size(), 0);

    QFile file(dir.filePath(QStringLiteral("surnames.txt")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# comment\nNovak\tp\nBroken\n");
    file.close();
    const auto broken = SurnameLexicon::load(file.fileName());
    ASSERT_FALSE(broken.has_value());
    EXPECT_TRUE(broken.error().toString().contains(QStringLiteral("line 3")));
}

} // namespace
