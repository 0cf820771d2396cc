#include "core/referral/JsonLineLocator.h"

namespace kotva {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonLineLocator::JsonLineLocator(QByteArray json)
    : m_json(std::move(json))
{}

int JsonLineLocator::lineOfOffset(qsizetype offset) const
{
    const qsizetype end = std::min(offset, m_json.size());
    return 1 +
           static_cast<int>(QByteArrayView(m_json).first(std::max<qsizetype>(end, 0)).count('\n'));
}

qsizetype JsonLineLocator::keyOffset(QByteArrayView key, qsizetype* valueOffset) const
{
    const qsizetype n = m_json.size();
    int depth = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = m_json.at(i);
        if (c == '"') {
            // Read the whole string token; at depth 1 it may be a key.
            const qsizetype start = i;
            bool escaped = false;
            for (++i; i < n; ++i) {
                const char s = m_json.at(i);
                if (escaped)
                    escaped = false;
                else if (s == '\\')
                    escaped = true;
                else if (s == '"')
                    break;
            }
            if (depth != 1)
                continue;
            qsizetype j = i + 1;
            while (j < n && isSpace(m_json.at(j)))
                ++j;
            if (j >= n || m_json.at(j) != ':')
                continue;
            const QByteArrayView token = QByteArrayView(m_json).sliced(start + 1, i - start - 1);
            if (token != key)
                continue;
            ++j;
            while (j < n && isSpace(m_json.at(j)))
                ++j;
            if (valueOffset)
                *valueOffset = j;
            return start;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
    }
    return -1;
}

int JsonLineLocator::lineOfTopLevelKey(QByteArrayView key) const
{
    const qsizetype at = keyOffset(key, nullptr);
    return at < 0 ? 0 : lineOfOffset(at);
}

int JsonLineLocator::lineOfArrayElement(QByteArrayView key, int index) const
{
    qsizetype open = -1;
    if (keyOffset(key, &open) < 0 || open >= m_json.size() || m_json.at(open) != '[')
        return 0;
    const qsizetype n = m_json.size();
    int depth = 0;
    int count = 0;
    bool expecting = true; // the next non-space character at depth 1 starts an element
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = open; i < n; ++i) {
        const char c = m_json.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (depth == 1 && expecting && !isSpace(c) && c != ']' && c != ',') {
            if (count == index)
                return lineOfOffset(i);
            ++count;
            expecting = false;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return 0;
        } else if (c == ',' && depth == 1) {
            expecting = true;
        }
    }
    return 0;
}

} // namespace kotva
