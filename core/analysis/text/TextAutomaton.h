#pragma once

// Internal to the engine: a dense Aho–Corasick automaton over folded text. Characters
// are mapped to a small alphabet (those occurring in keywords, plus one class for all
// others), and the goto/failure functions are resolved into one transition table, so
// the scan is one table lookup per character, without a data-dependent branch. Every
// keyword starts with a space (a word boundary), so a long text is cut at spaces into
// parts read by independent walks, whose table loads overlap.
// States near the root are numbered breadth-first so that the hot shallow states share
// cache lines, deeper ones depth-first so that a walk down a word reads adjacent rows.

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
    /// One keyword found: its id and the folded position of its leading space.
    struct Occurrence
    {
        std::int32_t keyword;
        qsizetype start;
    };

    TextAutomaton() = default;
    /// keywords must be distinct and each start with a space; a keyword's id is its index.
    explicit TextAutomaton(const QStringList& keywords);

    /// Appends every occurrence of every keyword in folded text (as NormalisedText makes
    /// it: words separated by single spaces, a space before the first and after the last
    /// word; text without the closing space finds nothing) to found, overlapping ones
    /// included, each once, nearly in the order of their starts (in the order of their
    /// ends within each part of the text that one walk reads, parts in text order).
    void scan(QStringView folded, std::vector<Occurrence>& found) const;

    [[nodiscard]] qsizetype stateCount() const { return qsizetype(m_outputs.size()); }
    [[nodiscard]] qsizetype alphabetSize() const { return m_alphabet; }

private:
    template <typename Step>
    void scanWith(const std::vector<Step>& delta, QStringView folded,
                  std::vector<Occurrence>& found) const;
    template <int Walks, typename Step>
    void scanWalks(const Step* delta, QStringView folded, std::vector<Occurrence>& found) const;

    std::uint32_t m_alphabet = 0;
    std::vector<std::uint16_t> m_classOf; ///< UTF-16 unit → alphabet class
    /// [state * alphabet + class] → next state. 16-bit entries while the states fit (half
    /// the cache footprint), with m_reports telling the states where a keyword ends; else
    /// 32-bit entries with the top bit set for those states.
    std::vector<std::uint16_t> m_delta16;
    std::vector<std::uint8_t> m_reports;
    std::vector<std::uint32_t> m_delta32;
    /// What the keywords ending at a state are.
    struct StateOutput
    {
        std::int32_t firstOutput; ///< nearest state (itself or by failure) ending a keyword
        std::int32_t nextOutput;  ///< (a state ending a keyword) the next such state by failure
        std::int32_t keyword;     ///< the keyword ending exactly here, or -1
        std::int32_t keywordLength;
    };
    std::vector<StateOutput> m_outputs; ///< per state
    std::vector<std::int32_t> m_depth;  ///< state → length of the keyword prefix it stands for
};

} // namespace kotva
