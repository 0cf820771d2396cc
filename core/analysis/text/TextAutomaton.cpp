#include "core/analysis/text/TextAutomaton.h"

#include <deque>

namespace kotva {

TextAutomaton::TextAutomaton(const QStringList& keywords)
{
    if (keywords.isEmpty())
        return;
    // Class 0 stands for every character that occurs in no keyword.
    m_classOf.assign(0x10000, 0);
    std::int32_t alphabet = 1;
    for (const QString& keyword : keywords)
        for (const QChar c : keyword)
            if (m_classOf[c.unicode()] == 0)
                m_classOf[c.unicode()] = static_cast<std::uint16_t>(alphabet++);
    m_alphabet = alphabet;

    // Trie with unresolved (-1) transitions; state indices unscaled while building.
    std::vector<std::int32_t> next(alphabet, -1);
    m_keywordAt.assign(1, -1);
    for (qsizetype id = 0; id < keywords.size(); ++id) {
        std::int32_t state = 0;
        for (const QChar c : keywords.at(id)) {
            std::int32_t& target = next[std::size_t(state) * alphabet + m_classOf[c.unicode()]];
            if (target < 0) {
                target = static_cast<std::int32_t>(m_keywordAt.size());
                m_keywordAt.push_back(-1);
                next.resize(next.size() + alphabet, -1);
            }
            state = next[std::size_t(state) * alphabet + m_classOf[c.unicode()]];
        }
        m_keywordAt[state] = static_cast<std::int32_t>(id);
        m_keywordLength.push_back(keywords.at(id).size());
    }

    // Breadth-first: failure links, then every missing transition resolved through them.
    const std::size_t states = m_keywordAt.size();
    std::vector<std::int32_t> failure(states, 0);
    m_outputLink.assign(states, -1);
    m_dictionaryLink.assign(states, -1);
    std::deque<std::int32_t> queue;
    for (std::int32_t c = 0; c < alphabet; ++c) {
        std::int32_t& target = next[c];
        if (target < 0) {
            target = 0;
        } else {
            failure[target] = 0;
            m_outputLink[target] = m_keywordAt[target] >= 0 ? target : -1;
            queue.push_back(target);
        }
    }
    while (!queue.empty()) {
        const std::int32_t state = queue.front();
        queue.pop_front();
        for (std::int32_t c = 0; c < alphabet; ++c) {
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
    m_delta = std::move(next);
}

} // namespace kotva
