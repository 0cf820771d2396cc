#pragma once

// What the PII scanners share during one scan: the tokenised text, which tokens an
// earlier scanner has already taken (a finding, or a number that must be kept such as
// a crisis line), and the findings so far. Scanners run in a fixed order, most
// specific first, and never take a token twice.

#include "core/analysis/Findings.h"
#include "core/analysis/pii/PiiText.h"

#include <QList>

#include <vector>

namespace kotva::pii {

class ScanState final
{
public:
    explicit ScanState(const PiiText& text)
        : m_text(text)
        , m_taken(std::size_t(text.count()), 0)
    {}

    [[nodiscard]] const PiiText& text() const { return m_text; }
    [[nodiscard]] bool isTaken(qsizetype i) const
    {
        return i < 0 || i >= qsizetype(m_taken.size()) || m_taken[std::size_t(i)];
    }
    /// True when none of the tokens first..last (inclusive) is taken.
    [[nodiscard]] bool isFree(qsizetype first, qsizetype last) const
    {
        for (qsizetype i = first; i <= last; ++i) {
            if (isTaken(i))
                return false;
        }
        return true;
    }
    /// Reports tokens first..last (inclusive) as one finding of the given kind.
    void add(PiiKind kind, qsizetype first, qsizetype last)
    {
        take(first, last);
        m_findings.append({kind, {m_text.at(first).start, m_text.at(last).end}});
    }
    /// Marks tokens first..last as kept: no later scanner may report them.
    void take(qsizetype first, qsizetype last)
    {
        for (qsizetype i = first; i <= last; ++i)
            m_taken[std::size_t(i)] = 1;
    }
    /// Reports a span given in UTF-16 offsets (for scanners that work on characters).
    void addChars(PiiKind kind, qsizetype start, qsizetype end)
    {
        takeChars(start, end);
        m_findings.append({kind, {start, end}});
    }
    void takeChars(qsizetype start, qsizetype end)
    {
        for (qsizetype i = m_text.tokenAtOrAfter(start);
             i < m_text.count() && m_text.at(i).start < end; ++i)
            m_taken[std::size_t(i)] = 1;
    }
    [[nodiscard]] const QList<PiiFinding>& findings() const { return m_findings; }
    [[nodiscard]] QList<PiiFinding> takeFindings() { return std::move(m_findings); }

private:
    const PiiText& m_text;
    std::vector<quint8> m_taken; ///< per token; a vector: QList's operator[] checks for a detach
    QList<PiiFinding> m_findings;
};

} // namespace kotva::pii
