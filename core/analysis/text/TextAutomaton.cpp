#include "core/analysis/text/TextAutomaton.h"

#include <algorithm>
#include <deque>
#include <utility>

namespace kotva {

namespace {

/// The states of keyword prefixes up to this long (the leading space included: " abc")
/// are numbered breadth-first, the deeper ones depth-first (see the constructor).
constexpr std::int32_t BreadthFirstDepth = 4;

} // namespace

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
    std::vector<std::int32_t> keywordLength;
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
        keywordLength.push_back(static_cast<std::int32_t>(keywords.at(id).size()));
    }

    // Renumber: breadth-first down to BreadthFirstDepth, so the states visited most (near
    // the root) end up together; below that depth-first, each subtree after its top, so a
    // walk down a long word reads rows that lie one after another (the hardware prefetcher
    // brings the next one while this one is read). BM_MatcherCorpus ~3 % faster than
    // breadth-first throughout.
    const std::size_t states = keywordAt.size();
    std::vector<std::int32_t> order{0};
    order.reserve(states);
    std::vector<std::int32_t> subtrees; ///< the states just below BreadthFirstDepth
    for (std::size_t head = 0; head < order.size(); ++head)
        for (std::uint32_t c = 0; c < alphabet; ++c)
            if (const std::int32_t child = trie[std::size_t(order[head]) * alphabet + c]; child > 0)
                (depth[std::size_t(child)] <= BreadthFirstDepth ? order : subtrees)
                    .push_back(child);
    std::vector<std::int32_t> stack;
    for (const std::int32_t top : subtrees) {
        stack.push_back(top);
        while (!stack.empty()) {
            const std::int32_t state = stack.back();
            stack.pop_back();
            order.push_back(state);
            for (std::uint32_t c = alphabet; c-- > 0;) // pushed last first: visited in order
                if (const std::int32_t child = trie[std::size_t(state) * alphabet + c]; child > 0)
                    stack.push_back(child);
        }
    }
    std::vector<std::int32_t> renamed(states);
    for (std::size_t i = 0; i < states; ++i)
        renamed[std::size_t(order[i])] = static_cast<std::int32_t>(i);
    std::vector<std::int32_t> next(trie.size(), -1);
    std::vector<std::int32_t> keywordAtState(states, -1);
    m_depth.assign(states, 0);
    for (std::size_t old = 0; old < states; ++old) {
        const std::size_t now = std::size_t(renamed[old]);
        keywordAtState[now] = keywordAt[old];
        m_depth[now] = depth[old];
        for (std::uint32_t c = 0; c < alphabet; ++c)
            if (const std::int32_t child = trie[old * alphabet + c]; child > 0)
                next[now * alphabet + c] = renamed[std::size_t(child)];
    }

    // Breadth-first: failure links, then every missing transition resolved through them.
    std::vector<std::int32_t> failure(states, 0);
    std::vector<std::int32_t> outputLink(states, -1);
    std::vector<std::int32_t> dictionaryLink(states, -1);
    std::deque<std::int32_t> queue;
    for (std::uint32_t c = 0; c < alphabet; ++c) {
        std::int32_t& target = next[c];
        if (target < 0) {
            target = 0;
        } else {
            outputLink[target] = keywordAtState[target] >= 0 ? target : -1;
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
            dictionaryLink[target] = outputLink[viaFailure];
            outputLink[target] = keywordAtState[target] >= 0 ? target : outputLink[viaFailure];
            queue.push_back(target);
        }
    }
    if (states <= 0x10000) {
        // 16-bit entries without a flag: whether a keyword ends is read from a small
        // per-state table instead, off the chain of dependent loads.
        m_delta16.resize(next.size());
        for (std::size_t i = 0; i < next.size(); ++i)
            m_delta16[i] = static_cast<std::uint16_t>(next[i]);
        m_reports.resize(states);
        for (std::size_t s = 0; s < states; ++s)
            m_reports[s] = outputLink[s] >= 0 ? 1 : 0;
    } else {
        m_delta32.resize(next.size());
        for (std::size_t i = 0; i < next.size(); ++i)
            m_delta32[i] = std::uint32_t(next[i]) | (outputLink[next[i]] >= 0 ? 0x80000000u : 0u);
    }
    // What a report reads of a state, in one record: one cache line for most reports
    // (the keyword mostly ends at the state itself), where four arrays were four.
    m_outputs.resize(states);
    for (std::size_t st = 0; st < states; ++st) {
        const std::int32_t keyword = keywordAtState[st];
        m_outputs[st] = StateOutput{outputLink[st], dictionaryLink[st], keyword,
                                    keyword >= 0 ? keywordLength[std::size_t(keyword)] : 0};
    }
}

void TextAutomaton::scan(QStringView folded, std::vector<Occurrence>& found) const
{
    // Every walk below relies on the closing space (see NormalisedText).
    Q_ASSERT(folded.isEmpty() || folded.back() == u' ');
    if (m_alphabet == 0 || folded.isEmpty() || folded.back() != u' ')
        return;
    if (!m_delta16.empty())
        scanWith(m_delta16, folded, found);
    else
        scanWith(m_delta32, folded, found);
}

namespace {

/// Texts shorter than this (in code units) are read by one walk, longer ones by two.
constexpr qsizetype SplitFrom = 256;
/// From this length on, by three: one more table load in flight (four gained nothing).
constexpr qsizetype ThreeWalksFrom = 768;

} // namespace

template <typename Step>
void TextAutomaton::scanWith(const std::vector<Step>& table, QStringView folded,
                             std::vector<Occurrence>& found) const
{
    if (folded.size() >= ThreeWalksFrom)
        scanWalks<3>(table.data(), folded, found);
    else if (folded.size() >= SplitFrom)
        scanWalks<2>(table.data(), folded, found);
    else
        scanWalks<1>(table.data(), folded, found);
}

template <int Walks, typename Step>
void TextAutomaton::scanWalks(const Step* delta, QStringView folded,
                              std::vector<Occurrence>& found) const
{
    constexpr Step OutputFlag = Step(Step(1) << (sizeof(Step) * 8 - 1));
    const char16_t* const begin = folded.utf16();
    const char16_t* const end = begin + folded.size();
    const std::uint16_t* const classes = m_classOf.data();
    const std::size_t alphabet = m_alphabet;

    static_assert(Walks >= 1 && Walks <= 3);
    const std::size_t reportedBefore = found.size();

    // Reports the keywords ending at p (the walk's state is `state`) that start before
    // `before`. Rare, so kept out of the loop below.
    const auto report = [&](const char16_t* p, std::size_t state, const char16_t* before) {
        for (std::int32_t s = m_outputs[state].firstOutput; s >= 0;
             s = m_outputs[std::size_t(s)].nextOutput) {
            const StateOutput& output = m_outputs[std::size_t(s)];
            const char16_t* const start = p - output.keywordLength + 1;
            if (start < before)
                found.push_back(Occurrence{output.keyword, start - begin});
        }
    };
    // One character: the next state, and a report when a keyword ends there. Every
    // character goes through the table, the rest of a word in the root state too:
    // skipping it saved lookups but its end was a mispredicted branch in every word.
    const std::uint8_t* const reports = m_reports.data();
    const auto step = [&](const char16_t*& p, std::size_t& state, const char16_t* before) {
        const Step next = delta[state * alphabet + classes[*p]];
        if constexpr (sizeof(Step) == 2) {
            state = next;
            if (reports[next]) [[unlikely]]
                report(p, state, before);
        } else {
            state = next & Step(~OutputFlag);
            if (next & OutputFlag) [[unlikely]]
                report(p, state, before);
        }
        ++p;
    };

    // The table is larger than the L2 cache, so a walk often waits for its next row.
    // Independent walks over consecutive parts of the text, stepped in turn, keep several
    // of those loads in flight. Each part starts at a space, so a walk starting there in
    // the root state finds every keyword that starts in its part. A walk reports only
    // the keywords that start in its own part, and goes on past its limit until the
    // prefix its state stands for starts there too (after that it could only find the
    // next walk's keywords).
    const char16_t* p[Walks];
    const char16_t* limit[Walks];
    std::size_t state[Walks];
    for (int k = 0; k < Walks; ++k) {
        const char16_t* bound = begin + folded.size() * k / Walks;
        while (*bound != u' ') // the text ends with a space
            ++bound;
        p[k] = bound;
        state[k] = 0;
        if (k > 0)
            limit[k - 1] = bound;
    }
    limit[Walks - 1] = end;

    // The walks in lock step, unrolled: constant indices keep p and state in registers.
    const auto each = [&](auto&& action) {
        [&]<std::size_t... K>(std::index_sequence<K...>)
        {
            (action(std::integral_constant<std::size_t, K>{}), ...);
        }
        (std::make_index_sequence<Walks>{});
    };
    const auto allInside = [&] {
        bool inside = true;
        each([&](auto k) { inside = inside && p[k] < limit[k]; });
        return inside;
    };
    while (allInside())
        each([&](auto k) { step(p[k], state[k], limit[k]); });
    for (int k = 0; k < Walks; ++k) {
        while (p[k] < limit[k])
            step(p[k], state[k], limit[k]);
        while (state[k] != 0 && p[k] < end && p[k] - m_depth[state[k]] < limit[k])
            step(p[k], state[k], limit[k]);
    }
    if constexpr (Walks > 1) {
        // The walks reported in turn. Each walk's occurrences (those starting in its part)
        // go after those of the walks before it, each walk's in the order it found them:
        // the order of their ends, nearly that of their starts.
        // One list per thread, kept from one text to the next: no allocation per message
        // (it holds positions, never the text).
        thread_local std::vector<Occurrence> later;
        later.clear();
        later.reserve(found.size() - reportedBefore);
        auto from = found.begin() + std::ptrdiff_t(reportedBefore);
        for (int k = 0; k + 1 < Walks; ++k) {
            const qsizetype bound = limit[k] - begin;
            later.clear();
            auto kept = from;
            for (auto it = from; it != found.end(); ++it) {
                if (it->start < bound)
                    *kept++ = *it;
                else
                    later.push_back(*it);
            }
            std::copy(later.begin(), later.end(), kept);
            from = kept;
        }
        if (later.capacity() > (1 << 14)) // grown by a very long text: given back
            std::vector<Occurrence>().swap(later);
    }
}

} // namespace kotva
