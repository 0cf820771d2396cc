#include "core/analysis/text/TextAutomaton.h"

#include <algorithm>
#include <deque>

namespace kotva {

TextAutomaton::TextAutomaton(const QStringList& keywords)
{
    if (keywords.isEmpty())
        return;
    // Class 0 stands for every character that occurs in no keyword.
    m_classOf.assign(0x10000, 0);
    std::uint32_t alphabet = 1;
    for (const QString& keyword : keywords)
        for (const QChar c : keyword)
            if (m_classOf[c.unicode()] == 0)
                m_classOf[c.unicode()] = static_cast<std::uint16_t>(alphabet++);
    m_alphabet = alphabet;

    // Trie in insertion order, unresolved transitions -1.
    std::vector<std::int32_t> trie(alphabet, -1);
    std::vector<std::int32_t> keywordAt(1, -1);
    std::vector<std::int32_t> depth(1, 0);
    for (qsizetype id = 0; id < keywords.size(); ++id) {
        std::size_t state = 0;
        for (const QChar c : keywords.at(id)) {
            const std::size_t slot = state * alphabet + m_classOf[c.unicode()];
            if (trie[slot] < 0) {
                trie[slot] = static_cast<std::int32_t>(keywordAt.size());
                keywordAt.push_back(-1);
                depth.push_back(depth[state] + 1);
                trie.resize(trie.size() + alphabet, -1);
            }
            state = std::size_t(trie[slot]);
        }
        keywordAt[state] = static_cast<std::int32_t>(id);
        m_keywordLength.push_back(static_cast<std::int32_t>(keywords.at(id).size()));
        m_keywordSpaces.push_back(static_cast<std::int32_t>(keywords.at(id).count(u' ')));
    }

    // Renumber breadth-first: the states visited most (near the root) end up together.
    const std::size_t states = keywordAt.size();
    std::vector<std::int32_t> order{0};
    order.reserve(states);
    for (std::size_t head = 0; head < order.size(); ++head)
        for (std::uint32_t c = 0; c < alphabet; ++c)
            if (const std::int32_t child = trie[std::size_t(order[head]) * alphabet + c]; child > 0)
                order.push_back(child);
    std::vector<std::int32_t> renamed(states);
    for (std::size_t i = 0; i < states; ++i)
        renamed[std::size_t(order[i])] = static_cast<std::int32_t>(i);
    std::vector<std::int32_t> next(trie.size(), -1);
    m_keywordAt.assign(states, -1);
    m_depth.assign(states, 0);
    for (std::size_t old = 0; old < states; ++old) {
        const std::size_t now = std::size_t(renamed[old]);
        m_keywordAt[now] = keywordAt[old];
        m_depth[now] = depth[old];
        for (std::uint32_t c = 0; c < alphabet; ++c)
            if (const std::int32_t child = trie[old * alphabet + c]; child > 0)
                next[now * alphabet + c] = renamed[std::size_t(child)];
    }

    // Breadth-first: failure links, then every missing transition resolved through them.
    std::vector<std::int32_t> failure(states, 0);
    m_outputLink.assign(states, -1);
    m_dictionaryLink.assign(states, -1);
    std::deque<std::int32_t> queue;
    for (std::uint32_t c = 0; c < alphabet; ++c) {
        std::int32_t& target = next[c];
        if (target < 0) {
            target = 0;
        } else {
            m_outputLink[target] = m_keywordAt[target] >= 0 ? target : -1;
            queue.push_back(target);
        }
    }
    while (!queue.empty()) {
        const std::int32_t state = queue.front();
        queue.pop_front();
        for (std::uint32_t c = 0; c < alphabet; ++c) {
            std::int32_t& target = next[std::size_t(state) * alphabet + c];
            const std::int32_t viaFailure = next[std::size_t(failure[state]) * alphabet + c];
            if (target < 0) {
                target = viaFailure;
                continue;
            }
            failure[target] = viaFailure;
            m_dictionaryLink[target] = m_outputLink[viaFailure];
            m_outputLink[target] = m_keywordAt[target] >= 0 ? target : m_outputLink[viaFailure];
            queue.push_back(target);
        }
    }
    if (states < 0x8000) {
        m_delta16.resize(next.size());
        for (std::size_t i = 0; i < next.size(); ++i)
            m_delta16[i] = static_cast<std::uint16_t>(std::uint32_t(next[i]) |
                                                      (m_outputLink[next[i]] >= 0 ? 0x8000u : 0u));
    } else {
        m_delta32.resize(next.size());
        for (std::size_t i = 0; i < next.size(); ++i)
            m_delta32[i] = std::uint32_t(next[i]) | (m_outputLink[next[i]] >= 0 ? 0x80000000u : 0u);
    }
}

void TextAutomaton::scan(QStringView folded, std::vector<Occurrence>& found) const
{
    if (m_alphabet == 0)
        return;
    if (!m_delta16.empty())
        scanWith(m_delta16, folded, found);
    else
        scanWith(m_delta32, folded, found);
}

namespace {

/// Below this many code units one walk is as fast as two.
constexpr qsizetype SplitFrom = 256;

/// One walk of the automaton over part of the text.
struct Walk
{
    const char16_t* p; ///< the next character to read
    std::size_t state;
    std::int32_t spaces; ///< spaces read so far, counted from the start of the text
};

} // namespace

template <typename Step>
void TextAutomaton::scanWith(const std::vector<Step>& table, QStringView folded,
                             std::vector<Occurrence>& found) const
{
    constexpr Step OutputFlag = Step(Step(1) << (sizeof(Step) * 8 - 1));
    const char16_t* const begin = folded.utf16();
    const char16_t* const end = begin + folded.size();
    const Step* const delta = table.data();
    const std::uint16_t* const classes = m_classOf.data();
    const std::size_t alphabet = m_alphabet;

    // Reads one character before limit (in the root state, after skipping the rest of the
    // word: keywords start at a space) and reports the keywords that end there and start
    // before `before`. False when the walk reached limit instead.
    auto advance = [&](Walk& w, const char16_t* limit, const char16_t* before) {
        if (w.state == 0)
            while (w.p < limit && *w.p != u' ')
                ++w.p;
        if (w.p == limit)
            return false;
        const char16_t c = *w.p;
        w.spaces += c == u' ' ? 1 : 0;
        const Step step = delta[w.state * alphabet + classes[c]];
        w.state = step & Step(~OutputFlag);
        if (step & OutputFlag) [[unlikely]] {
            for (std::int32_t s = m_outputLink[w.state]; s >= 0; s = m_dictionaryLink[s]) {
                const std::int32_t keyword = m_keywordAt[s];
                const char16_t* const start = w.p - m_keywordLength[keyword] + 1;
                // The keyword's own spaces are counted; the one before them starts it.
                if (start < before)
                    found.push_back(
                        Occurrence{keyword, w.spaces - m_keywordSpaces[keyword], start - begin});
            }
        }
        ++w.p;
        return true;
    };

    // The table is larger than the L2 cache, so a walk mostly waits for its next row.
    // Two independent walks over the two halves of the text, stepped alternately, keep
    // two of those loads in flight. The second starts at a space in the root state, so
    // it finds every keyword that starts in its half. The first reports only keywords
    // that start in its half, and goes on past the middle until the prefix its state
    // stands for starts there too (after that it could only find the second's keywords).
    const char16_t* middle = end;
    if (folded.size() >= SplitFrom) {
        middle = begin + folded.size() / 2;
        while (middle < end && *middle != u' ')
            ++middle;
    }
    Walk first{begin, 0, 0};
    Walk second{middle, 0, static_cast<std::int32_t>(std::count(begin, middle, u' '))};
    bool firstRuns = true;
    bool secondRuns = middle < end;
    while (firstRuns && secondRuns) {
        firstRuns = advance(first, middle, middle);
        secondRuns = advance(second, end, end);
    }
    while (firstRuns)
        firstRuns = advance(first, middle, middle);
    while (secondRuns)
        secondRuns = advance(second, end, end);
    while (first.state != 0 && first.p - m_depth[first.state] < middle &&
           advance(first, end, middle)) {
    }
}

} // namespace kotva
