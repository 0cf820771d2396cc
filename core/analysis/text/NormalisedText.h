#pragma once

// The Czech-aware normal form every lexicon pattern and every detector works on.
// Folding: Unicode case folding, diacritics removed (á→a, č→c, ď→d, ě→e, ň→n, ř→r,
// š→s, ť→t, ů→u, ž→z, and generically by canonical decomposition: ö→o, ł→l, ...),
// combining marks and soft hyphens ignored. Everything that is not a letter or a
// digit (spaces, punctuation, emoji, symbols) separates words. The folded text is
// the words joined by single spaces, with one space before the first and after the
// last word: " nechci uz zit " — so word boundaries are plain spaces.

#include "core/analysis/Findings.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace kotva {

/// One word: its folded form lives at folded()[foldedStart, foldedEnd), its original
/// form at original()[originalStart, originalEnd) (UTF-16 offsets).
struct Token
{
    /// What the word's characters are, gathered while folding it (bits, or-ed).
    enum Trait : quint8 {
        HasLetter = 1,
        HasDigit = 2,        ///< an ASCII digit
        FirstUpper = 4,      ///< the first character is upper case
        UpperAfterFirst = 8, ///< a later character is upper case
        /// Between this word and the one before: a sentence end (. ! ? ; … or a line
        /// break), and a question mark.
        SentenceEndBefore = 16,
        QuestionBefore = 32,
    };

    qsizetype foldedStart = 0;
    qsizetype foldedEnd = 0;
    qsizetype originalStart = 0;
    qsizetype originalEnd = 0;
    /// The folded word's hash before its final mix (wordHashStep() over its characters,
    /// see StringHash.h): word lists can be probed without reading the word again.
    std::uint32_t hash = 0;
    quint8 traits = 0;
};

class NormalisedText final
{
public:
    NormalisedText() = default;
    /// Normalises text in one pass (O(n), one allocation for the folded text and one
    /// for the tokens). Works for empty and very long texts.
    explicit NormalisedText(const QString& original);

    [[nodiscard]] const QString& original() const { return m_original; }
    /// " word word word " (see the file comment); a single space for a text without words.
    [[nodiscard]] const QString& folded() const { return m_folded; }
    [[nodiscard]] const std::vector<Token>& tokens() const { return m_tokens; }
    [[nodiscard]] qsizetype tokenCount() const { return qsizetype(m_tokens.size()); }
    /// The folded form of token i ("sebevrazdu").
    [[nodiscard]] QStringView word(qsizetype i) const;
    /// The original form of token i ("sebevraždu").
    [[nodiscard]] QStringView originalWord(qsizetype i) const;
    /// The original span covering tokens [first, last) — for a finding over whole words.
    [[nodiscard]] TextSpan originalSpan(qsizetype firstToken, qsizetype endToken) const;
    /// The original UTF-16 offset of a folded position inside a word (or at its end);
    /// a separator position maps to the start of the next word (or the text end).
    [[nodiscard]] qsizetype toOriginal(qsizetype foldedPos) const;
    /// The token containing folded position pos, or the next token after a separator
    /// (tokenCount() when none).
    [[nodiscard]] qsizetype tokenAt(qsizetype foldedPos) const;
    /// The original text with each character of a word replaced by its folded form and
    /// everything else kept: the same length, so an original span means the same here.
    [[nodiscard]] const QString& alignedFold() const { return m_alignedFold; }
    /// True when the words are exactly the runs of letters and ASCII digits: no combining
    /// marks or soft hyphens (ignored inside words, separators elsewhere), no other
    /// digits or numerals, no letter without a folded form. A scanner that splits text
    /// into runs of letters and digits (PiiText) can then take these words as its own.
    [[nodiscard]] bool hasPlainWords() const { return m_plainWords; }
    /// Token::SentenceEndBefore and Token::QuestionBefore for the characters after the
    /// last word (all of them in a text without words).
    [[nodiscard]] quint8 trailingTraits() const { return m_trailingTraits; }
    /// True when token i consists of digits only ("10" in "10 prášků").
    [[nodiscard]] bool isNumber(qsizetype i) const;

    /// Folds text the same way as the constructor, joining words by single spaces
    /// without the outer spaces: "Nechci  ŽÍT!" → "nechci zit". Used to compile patterns.
    [[nodiscard]] static QString fold(QStringView text);

    /// The folded form of one UTF-16 code unit: 0 for a separator, 1 for a character
    /// that is ignored inside words (combining marks, soft hyphen, joiners), else the
    /// folded character. Surrogates return 0 (astral characters separate words).
    [[nodiscard]] static char16_t foldChar(char16_t c);

private:
    QString m_original;
    QString m_folded;
    QString m_alignedFold;
    bool m_plainWords = true;
    quint8 m_trailingTraits = 0;
    std::vector<Token> m_tokens; ///< a vector: appending is a store, not a QList growth check
};

} // namespace kotva
