#include "core/mail/mime/FlowedText.h"

#include <QStringList>

namespace kotva {

namespace {

qsizetype quoteDepth(const QString& line)
{
    qsizetype depth = 0;
    while (depth < line.size() && line[depth] == QLatin1Char('>'))
        ++depth;
    return depth;
}

} // namespace

QString FlowedText::unflow(const QString& text, bool delSp)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString out;
    out.reserve(text.size());
    qsizetype openDepth = -1; // the quote depth of a paragraph still flowing, or -1
    for (const QString& raw : lines) {
        const qsizetype depth = quoteDepth(raw);
        QString line = raw.mid(depth);
        if (line.startsWith(QLatin1Char(' ')))
            line.remove(0, 1); // space-stuffing (RFC 3676 section 4.4)
        if (openDepth >= 0 && openDepth != depth)
            out += QLatin1Char('\n'); // a flowed line never continues at another quote depth
        if (openDepth != depth)
            out += QString(depth, QLatin1Char('>')) + (depth > 0 ? QStringLiteral(" ") : QString());
        // The signature separator "-- " is never a soft break.
        const bool flowed = line.endsWith(QLatin1Char(' ')) && line != QLatin1String("-- ");
        if (flowed && delSp)
            line.chop(1);
        out += line;
        if (flowed) {
            openDepth = depth;
        } else {
            out += QLatin1Char('\n');
            openDepth = -1;
        }
    }
    if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

} // namespace kotva
