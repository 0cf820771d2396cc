#include "core/analysis/text/NormalisedText.h"

#include <QString>

#include <gtest/gtest.h>

using kotva::NormalisedText;
using kotva::TextSpan;

namespace {

QString folded(const QString& text)
{
    return NormalisedText::fold(text);
}

} // namespace

TEST(NormalisedText, FoldsCzechDiacriticsAndCase)
{
    EXPECT_EQ(folded(QStringLiteral("Příliš žluťoučký kůň úpěl ďábelské ódy")),
              QStringLiteral("prilis zlutoucky kun upel dabelske ody"));
    EXPECT_EQ(folded(QStringLiteral("ŘEŠENÍ ČTYŘ ŽÁDOSTÍ")), QStringLiteral("reseni ctyr zadosti"));
    EXPECT_EQ(folded(QStringLiteral("Nechci žít")), folded(QStringLiteral("nechci zit")));
}

TEST(NormalisedText, FoldsOtherLatinLettersGenerically)
{
    EXPECT_EQ(folded(QStringLiteral("Łódź Straße Øresund Ærø crème brûlée")),
              QStringLiteral("lodz strase oresund aro creme brulee"));
}

TEST(NormalisedText, DecomposedInputFoldsLikeComposed)
{
    // "žít" typed with combining marks (NFD), as some keyboards and macOS produce it.
    const QString decomposed = QStringLiteral("z\u030Ci\u0301t");
    EXPECT_EQ(folded(decomposed), QStringLiteral("zit"));
    const NormalisedText text(QStringLiteral("chci ") + decomposed + QStringLiteral("!"));
    ASSERT_EQ(text.tokenCount(), 2);
    EXPECT_EQ(text.originalWord(1), decomposed);
    EXPECT_EQ(text.word(1), QStringLiteral("zit"));
}

TEST(NormalisedText, PunctuationAndWhitespaceBecomeSingleSpaces)
{
    const NormalisedText text(QStringLiteral("  Ahoj,\t\tjak   se\nmáš?!  "));
    EXPECT_EQ(text.folded(), QStringLiteral(" ahoj jak se mas "));
    ASSERT_EQ(text.tokenCount(), 4);
    EXPECT_EQ(text.word(3), QStringLiteral("mas"));
    EXPECT_EQ(text.originalWord(3), QStringLiteral("máš"));
}

TEST(NormalisedText, EmptyAndWordlessInput)
{
    const NormalisedText empty{QString()};
    EXPECT_EQ(empty.folded(), QStringLiteral(" "));
    EXPECT_EQ(empty.tokenCount(), 0);
    EXPECT_EQ(empty.toOriginal(0), 0);

    const NormalisedText symbols(QStringLiteral("?! … 😀 --"));
    EXPECT_EQ(symbols.folded(), QStringLiteral(" "));
    EXPECT_EQ(symbols.tokenCount(), 0);
}

TEST(NormalisedText, TokensMapBackToOriginalOffsetsWithAstralCharacters)
{
    // Emoji are surrogate pairs in UTF-16; they separate words and must not shift offsets.
    const QString original = QStringLiteral("😀Dnes 🙈🙈 sním všechny prášky💊.");
    const NormalisedText text(original);
    EXPECT_EQ(text.folded(), QStringLiteral(" dnes snim vsechny prasky "));
    ASSERT_EQ(text.tokenCount(), 4);
    for (qsizetype i = 0; i < text.tokenCount(); ++i) {
        const TextSpan span = text.originalSpan(i, i + 1);
        EXPECT_EQ(original.mid(span.start, span.end - span.start), text.originalWord(i));
        EXPECT_EQ(NormalisedText::fold(text.originalWord(i)), text.word(i));
    }
    EXPECT_EQ(text.originalWord(0), QStringLiteral("Dnes"));
    EXPECT_EQ(text.originalSpan(0, 1).start, 2); // after one surrogate pair
    EXPECT_EQ(text.originalWord(3), QStringLiteral("prášky"));
    const TextSpan all = text.originalSpan(1, 4);
    EXPECT_EQ(original.mid(all.start, all.end - all.start), QStringLiteral("sním všechny prášky"));
}

TEST(NormalisedText, FoldedPositionsMapToOriginalPositions)
{
    const QString original = QStringLiteral("Ty̆ 😀 sebevražda");
    const NormalisedText text(original);
    ASSERT_EQ(text.tokenCount(), 2);
    const qsizetype start = text.tokens().at(1).foldedStart;
    // "sebevr" is 6 folded characters into the word; in the original "sebevr" too.
    EXPECT_EQ(text.toOriginal(start + 6), original.indexOf(QStringLiteral("ažda")));
    EXPECT_EQ(text.toOriginal(text.tokens().at(1).foldedEnd), original.size());
    // "Ty̆" has a combining breve: the word ends after the mark.
    EXPECT_EQ(text.originalWord(0), QStringLiteral("Ty̆"));
    EXPECT_EQ(text.toOriginal(text.tokens().at(0).foldedStart + 2), 3);
    EXPECT_EQ(text.tokenAt(0), 0); // the leading space belongs to the first word
}

TEST(NormalisedText, NumbersAreTokens)
{
    const NormalisedText text(QStringLiteral("Mám 20 prášků a 3x víc."));
    ASSERT_EQ(text.tokenCount(), 6);
    EXPECT_TRUE(text.isNumber(1));
    EXPECT_FALSE(text.isNumber(2));
    EXPECT_FALSE(text.isNumber(4)); // "3x"
}

TEST(NormalisedText, VeryLongInputKeepsEveryOffset)
{
    const QString sentence = QStringLiteral("Žluťoučký kůň 🐴 skáče přes ohradu. ");
    QString original;
    while (original.size() < 1'000'000)
        original += sentence;
    const NormalisedText text(original);
    const qsizetype repeats = original.size() / sentence.size();
    ASSERT_EQ(text.tokenCount(), repeats * 5);
    const qsizetype last = text.tokenCount() - 1;
    EXPECT_EQ(text.originalWord(last), QStringLiteral("ohradu"));
    EXPECT_EQ(text.word(last - 4), QStringLiteral("zlutoucky"));
    const TextSpan span = text.originalSpan(last, last + 1);
    EXPECT_EQ(span.end, original.size() - 2);
}

// The constructor relies on the '\0' after the text to end its last word; a view into a
// longer buffer (fromRawData, no terminator) must not run on into what follows it.
TEST(NormalisedText, TextWithoutTerminatorEndsAtItsLastWord)
{
    const QString buffer = QStringLiteral("Nechci žít dál");
    const QString text = QString::fromRawData(buffer.constData(), buffer.indexOf(u" dál") - 1);
    const NormalisedText normalised(text);
    EXPECT_EQ(normalised.folded(), QStringLiteral(" nechci zi "));
    ASSERT_EQ(normalised.tokenCount(), 2);
    EXPECT_EQ(normalised.originalWord(1), QStringView(u"ží"));
}

// The scanners that need case and punctuation (personal data) read this copy: word
// characters folded, everything else kept, offsets unchanged.
TEST(NormalisedText, AlignedFoldKeepsEveryOffset)
{
    const QString text = QStringLiteral("Ahoj, PETRO!\n\tMám 2 psy: Žeryka a Bobíka.");
    const NormalisedText normalised(text);
    EXPECT_EQ(normalised.alignedFold(),
              QStringLiteral("ahoj, petro!\n\tmam 2 psy: zeryka a bobika."));
    EXPECT_TRUE(normalised.hasPlainWords());
}

TEST(NormalisedText, WordsWithMarksHyphensOrOtherDigitsAreNotPlain)
{
    for (const QString& text :
         {QStringLiteral("sebe\u00ADvražda"), QStringLiteral("nechci z\u030Cít"),
          QStringLiteral("mám \u0663 prášky"), QStringLiteral("kapitola \u216B"),
          QStringLiteral("\u0301začátek")})
        EXPECT_FALSE(NormalisedText(text).hasPlainWords()) << qPrintable(text);
    for (const QString& text : {QStringLiteral("Nechci žít dál."), QStringLiteral("☎ 777 123 456"),
                                QStringLiteral("😢 smutno"), QString()})
        EXPECT_TRUE(NormalisedText(text).hasPlainWords()) << qPrintable(text);
}

TEST(NormalisedText, TokensKnowTheirCaseAndDigits)
{
    const NormalisedText normalised(QStringLiteral("Petra PETRA petra K2 42"));
    ASSERT_EQ(normalised.tokenCount(), 5);
    using kotva::Token;
    const auto traits = [&](qsizetype i) { return normalised.tokens()[std::size_t(i)].traits; };
    EXPECT_EQ(traits(0), Token::HasLetter | Token::FirstUpper);
    EXPECT_EQ(traits(1), Token::HasLetter | Token::FirstUpper | Token::UpperAfterFirst);
    EXPECT_EQ(traits(2), Token::HasLetter);
    EXPECT_EQ(traits(3), Token::HasLetter | Token::HasDigit | Token::FirstUpper);
    EXPECT_EQ(traits(4), Token::HasDigit);
    // The same word in any case has the same hash.
    EXPECT_EQ(normalised.tokens()[0].hash, normalised.tokens()[1].hash);
    EXPECT_EQ(normalised.tokens()[0].hash, normalised.tokens()[2].hash);
}

// Where sentences end is read once, with the separators (the rules group findings by
// sentence and treat questions differently).
TEST(NormalisedText, TokensKnowWhereASentenceEndedBeforeThem)
{
    using kotva::Token;
    const NormalisedText normalised(
        QStringLiteral("Jsi v pořádku? Ano, asi. Nevím…\nMožná zítra?"));
    ASSERT_EQ(normalised.tokenCount(), 8);
    const auto ended = [&](qsizetype i) {
        return normalised.tokens()[std::size_t(i)].traits &
               (Token::SentenceEndBefore | Token::QuestionBefore);
    };
    EXPECT_EQ(ended(3), Token::SentenceEndBefore | Token::QuestionBefore); // Ano
    EXPECT_EQ(ended(4), 0);                                                // asi (after a comma)
    EXPECT_EQ(ended(5), Token::SentenceEndBefore);                         // Nevím
    EXPECT_EQ(ended(6), Token::SentenceEndBefore);                         // Možná
    EXPECT_EQ(normalised.trailingTraits(), Token::SentenceEndBefore | Token::QuestionBefore);
    EXPECT_EQ(NormalisedText(QStringLiteral("?!")).trailingTraits(),
              Token::SentenceEndBefore | Token::QuestionBefore);
}
