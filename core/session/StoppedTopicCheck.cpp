#include "core/session/StoppedTopicCheck.h"

#include "core/analysis/text/NormalisedText.h"

#include <algorithm>

namespace kotva {

namespace {

/// Shorter words ("a", "se", "to") say nothing about a topic.
constexpr qsizetype MinimumWordLength = 3;
/// What Czech case endings add to a stem, folded ("rodin|ami", "tat|ovi"): anything else
/// after the stem is another word ("prac|e" is not "prac|hy").
bool isEnding(QStringView rest)
{
    static const QStringView endings[] = {u"",    u"a",   u"e",   u"i",   u"o",   u"u",   u"y",
                                          u"ou",  u"am",  u"ami", u"ach", u"ech", u"em",  u"emi",
                                          u"ich", u"im",  u"imi", u"um",  u"ovi", u"ove", u"ovy",
                                          u"ovu", u"ova", u"ovo", u"ym",  u"ymi", u"ych"};
    return std::find(std::begin(endings), std::end(endings), rest) != std::end(endings);
}

bool isVowel(QChar c)
{
    return QStringView(u"aeiouy").contains(c);
}

/// The folded word without its final vowels: the part its inflected forms share.
QString stemOf(QStringView folded)
{
    qsizetype end = folded.size();
    while (end > MinimumWordLength && isVowel(folded.at(end - 1)))
        --end;
    return folded.first(end).toString();
}

} // namespace

QStringList StoppedTopicCheck::touched(const QList<StoppedTopic>& stopped, const QString& draft)
{
    QStringList found;
    if (stopped.isEmpty() || draft.trimmed().isEmpty())
        return found;
    const NormalisedText text(draft);
    for (const StoppedTopic& topic : stopped) {
        const NormalisedText label(topic.label);
        bool hit = false;
        for (qsizetype i = 0; i < label.tokenCount() && !hit; ++i) {
            if (label.word(i).size() < MinimumWordLength)
                continue;
            const QString stem = stemOf(label.word(i));
            for (qsizetype j = 0; j < text.tokenCount() && !hit; ++j) {
                const QStringView word = text.word(j);
                hit = word.startsWith(stem) && isEnding(word.sliced(stem.size()));
            }
        }
        if (hit && !found.contains(topic.label))
            found.append(topic.label);
    }
    return found;
}

} // namespace kotva
