#include "ui/shell/PassphraseStrength.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace kotva {

namespace {

// Guessing lists start with these; a passphrase built on them is weak whatever its length.
constexpr std::array<const char16_t*, 12> kCommonStems = {
    u"password", u"heslo",    u"123456", u"qwert",   u"asdf",  u"abc123",
    u"letmein",  u"iloveyou", u"admin",  u"welcome", u"kotva", u"111111"};

int countWords(QStringView text)
{
    int words = 0;
    int run = 0;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            ++run;
            continue;
        }
        if (run >= 3)
            ++words;
        run = 0;
    }
    return words + (run >= 3 ? 1 : 0);
}

double estimatedBits(QStringView text)
{
    bool lower = false, upper = false, digit = false, symbol = false, space = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : text) {
        distinct.insert(c);
        if (c.unicode() > 127)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (c.isSpace())
            space = true;
        else
            symbol = true;
    }
    // Spaces between words and Czech letters with diacritics add little to a guesser's
    // alphabet; the words themselves are counted separately.
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) +
                         (symbol ? 32 : 0) + (space ? 1 : 0) + (other ? 15 : 0);
    // Repeats ("aaaaaaaa", "abababab") add length but almost no guessing work.
    const double effectiveLength =
        std::min<double>(text.size(), static_cast<double>(distinct.size()) * 2.0);
    // Letters alone are most likely words, and words carry far less than log2(26) bits
    // per letter (about 2.5 for dictionary words); their number is rated on its own.
    const bool wordsOnly = !digit && !symbol;
    const double bitsPerCharacter = wordsOnly ? 2.5 : std::log2(std::max(alphabet, 2));
    return effectiveLength * bitsPerCharacter;
}

} // namespace

PassphraseStrength::Level PassphraseStrength::evaluate(QStringView passphrase)
{
    if (passphrase.isEmpty())
        return Level::Empty;
    if (passphrase.toUcs4().size() < MinimumLength)
        return Level::TooShort;

    const QString folded = passphrase.toString().toLower();
    for (const char16_t* stem : kCommonStems) {
        if (folded.contains(QStringView(stem)) &&
            folded.size() < QStringView(stem).size() + MinimumLength)
            return Level::Weak;
    }

    // Several unrelated words are the easiest strong passphrase to remember.
    const int words = countWords(passphrase);
    const double bits = estimatedBits(passphrase);
    if (words >= 4 || bits >= 64.0)
        return Level::Strong;
    if (words >= 3 || bits >= 44.0)
        return Level::Fair;
    return Level::Weak;
}

QString PassphraseStrength::describe(Level level)
{
    switch (level) {
    case Level::Empty:
        return tr("Use at least %n characters. Several words you can remember work well.", "",
                  MinimumLength);
    case Level::TooShort:
        return tr("Too short: use at least %n characters.", "", MinimumLength);
    case Level::Weak:
        return tr("Weak: easy to guess. Add a few more words.");
    case Level::Fair:
        return tr("Fair. One or two more words would make it strong.");
    case Level::Strong:
        return tr("Strong.");
    }
    return {};
}

} // namespace kotva
