#pragma once

// The text as the PII scanners see it: runs of letters and digits ("words", which may
// mix both: "abc2def", "12a", "CZ65") and single punctuation characters, each with its
// UTF-16 span in the original text, plus a folded copy of the text (lower case, Czech
// diacritics removed) of exactly the same length, so a span means the same in both.

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace kotva {
class NormalisedText;
}

namespace kotva::pii {

enum class PiiTokenKind : quint8 { Letters, Digits, Mixed, Symbol };

struct PiiToken
{
    qsizetype start = 0;
    qsizetype end = 0;
    PiiTokenKind kind = PiiTokenKind::Symbol;
    /// Whitespace between the previous token and this one: none, exactly one space
    /// (or no-break space), or more (several spaces, a tab, a line break).
    enum class Gap : quint8 { None, Space, Wide } gap = Gap::None;
    bool lineBreakBefore = false;
    bool capitalized = false; ///< letters, upper case first and only first (see PiiText)
    /// The folded form's word hash before its final mix (see StringHash.h), for words
    /// (letters, digits or both); 0 for a symbol.
    std::uint32_t hash = 0;
};

class PiiText final
{
public:
    /// Tokenises text character by character.
    explicit PiiText(const QString& text);
    /// The same tokens for text.original(), taking the words NormalisedText found when
    /// they are plain (NormalisedText::hasPlainWords()), so only the characters between
    /// words are read again; otherwise character by character.
    explicit PiiText(const NormalisedText& text);
    /// Leaves its lists to the next PiiText of this thread (see PiiText.cpp).
    ~PiiText();
    Q_DISABLE_COPY_MOVE(PiiText) // m_foldedData points into m_folded

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] qsizetype count() const { return m_count; }
    /// Indices of the Digits tokens, ascending: the number scanners start only there.
    [[nodiscard]] const std::vector<qsizetype>& digitTokens() const { return m_digitTokens; }
    /// Indices of every token that is not Letters (digits, mixed words, symbols),
    /// ascending. Most tokens of a message are plain words; every identifier but a
    /// surname starts at one of these or next to one, so those scanners start only there.
    [[nodiscard]] const std::vector<qsizetype>& nonLetterTokens() const
    {
        return m_nonLetterTokens;
    }
    /// Where a scanner may start: the non-Letters tokens i for which keep(i) holds and,
    /// when before / after are set, the Letters token just before / after each of them;
    /// ascending, each token once.
    template <typename Keep>
    [[nodiscard]] std::vector<qsizetype> startTokens(Keep keep, bool before, bool after) const
    {
        std::vector<qsizetype> starts;
        starts.reserve(m_nonLetterTokens.size() * (1 + int(before) + int(after)));
        for (const qsizetype i : m_nonLetterTokens) {
            if (!keep(i))
                continue;
            // A word between two kept tokens is both "after" one and "before" the next.
            if (before && isLetters(i - 1) && (starts.empty() || starts.back() < i - 1))
                starts.push_back(i - 1);
            starts.push_back(i);
            if (after && isLetters(i + 1))
                starts.push_back(i + 1);
        }
        return starts;
    }
    [[nodiscard]] const PiiToken& at(qsizetype i) const { return m_tokens[std::size_t(i)]; }
    [[nodiscard]] QStringView original(qsizetype i) const
    {
        // A token's span is inside the text: no clamping as in QStringView::mid().
        const PiiToken& t = m_tokens[std::size_t(i)];
        return QStringView(m_text.constData() + t.start, t.end - t.start);
    }
    /// The folded form of token i ("pani" for "paní", "novakova" for "Nováková").
    [[nodiscard]] QStringView folded(qsizetype i) const
    {
        const PiiToken& t = m_tokens[std::size_t(i)];
        return QStringView(m_foldedData + t.start, t.end - t.start);
    }
    [[nodiscard]] QStringView foldedText() const { return m_folded; }

    [[nodiscard]] bool isLetters(qsizetype i) const { return kindIs(i, PiiTokenKind::Letters); }
    [[nodiscard]] bool isDigits(qsizetype i) const { return kindIs(i, PiiTokenKind::Digits); }
    [[nodiscard]] bool isMixed(qsizetype i) const { return kindIs(i, PiiTokenKind::Mixed); }
    [[nodiscard]] bool isSymbol(qsizetype i) const { return kindIs(i, PiiTokenKind::Symbol); }
    [[nodiscard]] bool isSymbol(qsizetype i, char16_t c) const
    {
        return kindIs(i, PiiTokenKind::Symbol) &&
               m_text[m_tokens[std::size_t(i)].start] == QChar(c);
    }
    /// A word whose first letter is upper case and the rest lower case ("Nováková").
    [[nodiscard]] bool isCapitalized(qsizetype i) const
    {
        return isLetters(i) && m_tokens[std::size_t(i)].capitalized;
    }
    /// True when token i follows token i-1 directly, without whitespace. (Inline: the
    /// scanners ask it around most candidates, and a call cost more than the test.)
    [[nodiscard]] bool joined(qsizetype i) const
    {
        return i > 0 && i < count() && m_tokens[std::size_t(i)].gap == PiiToken::Gap::None;
    }
    /// True when token i follows token i-1 after exactly one space.
    [[nodiscard]] bool spaced(qsizetype i) const
    {
        return i > 0 && i < count() && m_tokens[std::size_t(i)].gap == PiiToken::Gap::Space;
    }
    /// True when a sentence or line ends between tokens a and b (a < b): a line break,
    /// "!", "?", ";", or a full stop followed by a capitalised word.
    [[nodiscard]] bool sentenceBreakBetween(qsizetype a, qsizetype b) const;
    /// True when token i starts a sentence (first token, or after a sentence end).
    [[nodiscard]] bool startsSentence(qsizetype i) const;
    /// The folded word equals one of the given words.
    [[nodiscard]] bool foldedIs(qsizetype i, std::initializer_list<QLatin1String> words) const
    {
        if (i < 0 || i >= count())
            return false;
        const QStringView f = folded(i);
        // Inline (the scanners ask this of most words, with a few short words each): the
        // size and the first letter rule out nearly every word without a call.
        for (const QLatin1String w : words)
            if (f.size() == w.size() && startsWithLatin1(f, w))
                return true;
        return false;
    }
    /// PiiToken::hash of a word that folds to word (folded, lower case ASCII).
    [[nodiscard]] static std::uint32_t hashOf(QLatin1String word);
    /// True when some word folds to word (folded, lower case ASCII): a rare word looked
    /// for before a scanner walks the text. Compares the words' hashes, not their text.
    [[nodiscard]] bool hasWord(QLatin1String word) const;
    /// The folded word starts with one of the given stems.
    [[nodiscard]] bool foldedStartsWith(qsizetype i,
                                        std::initializer_list<QLatin1String> stems) const
    {
        if (i < 0 || i >= count())
            return false;
        const QStringView f = folded(i);
        for (const QLatin1String s : stems)
            if (f.size() >= s.size() && startsWithLatin1(f, s))
                return true;
        return false;
    }

    /// Index of the token containing UTF-16 offset pos, or the next one after it.
    [[nodiscard]] qsizetype tokenAtOrAfter(qsizetype pos) const;

private:
    /// f starts with latin1 (f is at least as long): a loop the compiler unrolls for the
    /// short literal words the scanners compare, where QStringView::startsWith() is a call.
    [[nodiscard]] static bool startsWithLatin1(QStringView f, QLatin1String latin1)
    {
        for (qsizetype k = 0; k < latin1.size(); ++k)
            if (f[k].unicode() != static_cast<uchar>(latin1[k].toLatin1()))
                return false;
        return true;
    }

    void tokenise();
    void takeWords(const NormalisedText& text);
    static void reserveFor(qsizetype length, std::vector<PiiToken>& tokens,
                           std::vector<qsizetype>& digitTokens,
                           std::vector<qsizetype>& nonLetterTokens);

    [[nodiscard]] bool kindIs(qsizetype i, PiiTokenKind kind) const
    {
        return i >= 0 && i < count() && m_tokens[std::size_t(i)].kind == kind;
    }

    QString m_text;
    QString m_folded;
    const QChar* m_foldedData = nullptr; ///< m_folded's characters, read for every word
    std::vector<PiiToken> m_tokens;      ///< a vector: cheaper to append to than a QList
    qsizetype m_count = 0;               ///< m_tokens.size(), kept: every bounds check asks
    std::vector<qsizetype> m_digitTokens;
    std::vector<qsizetype> m_nonLetterTokens;
};

} // namespace kotva::pii
