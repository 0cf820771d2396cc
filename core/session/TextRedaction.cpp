#include "core/session/TextRedaction.h"

#include <algorithm>

namespace kotva::redaction {

QString withoutControlCharacters(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool control = c.category() == QChar::Other_Control;
        if (!control || c == u'\n' || c == u'\t' || c == u'\r')
            out.append(c);
    }
    return out;
}

QString normalisedForStorage(const QString& text)
{
    const QString kept = withoutControlCharacters(text);
    QString out;
    out.reserve(kept.size());
    for (const QChar c : kept) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Format || u == 0x00AD)
            continue; // zero-width space, joiners, soft hyphen, BOM, direction marks
        if (u >= 0xFF01 && u <= 0xFF5E) // fullwidth ASCII: "＠", "７", "Ａ"
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000) // ideographic space
            out.append(u' ');
        else if (c.isDigit() && u > 0x7F && c.digitValue() >= 0)
            out.append(QChar(char16_t(u'0' + c.digitValue())));
        else
            out.append(c);
    }
    return out;
}

QString withoutPersonalData(const QString& text, const Analysis& analysis)
{
    // Spans may overlap or come in any order: mark, then copy what is left.
    QList<bool> removed(text.size(), false);
    for (const PiiFinding& finding : analysis.pii) {
        const qsizetype start = std::clamp<qsizetype>(finding.span.start, 0, text.size());
        const qsizetype end = std::clamp<qsizetype>(finding.span.end, start, text.size());
        for (qsizetype i = start; i < end; ++i)
            removed[i] = true;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i)
        out.append(removed.at(i) ? QChar(u' ') : text.at(i));
    return out.simplified();
}

QString shortRedacted(const Analysis& analysis, qsizetype maxLength)
{
    QString text = analysis.redacted.simplified();
    if (text.size() > maxLength) {
        text.truncate(maxLength);
        // Never leave half of a surrogate pair.
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
    }
    return text;
}

} // namespace kotva::redaction
