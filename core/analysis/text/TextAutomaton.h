#pragma once

// Internal to the engine: a dense Aho–Corasick automaton over UTF-16 text. Characters
// are mapped to a small alphabet (those occurring in keywords, plus one class for all
// others), and the goto/failure functions are resolved into one transition table, so
// the scan is one table lookup per character.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace kotva {

class TextAutomaton final
{
public:
    TextAutomaton() = default;
    /// keywords must be distinct and non-empty; a keyword's id is its index.
    explicit TextAutomaton(const QStringList& keywords);

    /// Calls found(keywordId, startPosition) for every occurrence of every keyword in
    /// text, overlapping ones included, in order of their end position.
    template <typename Found> void scan(QStringView text, Found&& found) const
    {
        if (m_alphabet == 0)
            return;
        const char16_t* chars = text.utf16();
        const qsizetype size = text.size();
        const std::int32_t* delta = m_delta.data();
        const std::uint16_t* classes = m_classOf.data();
        const std::int32_t* outputs = m_outputLink.data();
        const std::int32_t alphabet = m_alphabet;
        std::int32_t state = 0;
        for (qsizetype i = 0; i < size; ++i) {
            state = delta[std::size_t(state) * std::size_t(alphabet) + classes[chars[i]]];
            const std::int32_t output = outputs[state];
            if (output >= 0) [[unlikely]]
                report(output, i, found);
        }
    }

    [[nodiscard]] qsizetype stateCount() const { return qsizetype(m_keywordAt.size()); }

private:
    template <typename Found> void report(std::int32_t state, qsizetype end, Found& found) const
    {
        for (; state >= 0; state = m_dictionaryLink[state]) {
            const std::int32_t keyword = m_keywordAt[state];
            found(keyword, end - m_keywordLength[keyword] + 1);
        }
    }

    std::int32_t m_alphabet = 0;
    std::vector<std::uint16_t> m_classOf; ///< UTF-16 unit → alphabet class
    std::vector<std::int32_t> m_delta;    ///< [state * alphabet + class] → next state
    std::vector<std::int32_t>
        m_outputLink; ///< state → nearest state (itself or by failure) ending a keyword
    std::vector<std::int32_t> m_dictionaryLink; ///< state with output → next such state by failure
    std::vector<std::int32_t> m_keywordAt;      ///< state → keyword ending exactly here, or -1
    std::vector<qsizetype> m_keywordLength;
};

} // namespace kotva
