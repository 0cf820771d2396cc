#include "core/mail/mime/HtmlToText.h"

#include <QHash>
#include <QStringView>

namespace kotva {

namespace {

// Elements whose content is never text for the reader: code, styling, metadata, embedded
// objects. Their content is skipped up to the matching end tag.
bool isSkippedElement(QStringView name)
{
    static const QStringList skipped{
        QStringLiteral("script"), QStringLiteral("style"),    QStringLiteral("head"),
        QStringLiteral("title"),  QStringLiteral("template"), QStringLiteral("object"),
        QStringLiteral("iframe"), QStringLiteral("svg"),      QStringLiteral("noscript")};
    return skipped.contains(name);
}

// Elements that start and end a block: a line break before and after.
bool isBlockElement(QStringView name)
{
    static const QStringList blocks{
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("tr"),
        QStringLiteral("table"),      QStringLiteral("ul"),      QStringLiteral("ol"),
        QStringLiteral("blockquote"), QStringLiteral("pre"),     QStringLiteral("hr"),
        QStringLiteral("h1"),         QStringLiteral("h2"),      QStringLiteral("h3"),
        QStringLiteral("h4"),         QStringLiteral("h5"),      QStringLiteral("h6"),
        QStringLiteral("section"),    QStringLiteral("article"), QStringLiteral("header"),
        QStringLiteral("footer"),     QStringLiteral("address"), QStringLiteral("body")};
    return blocks.contains(name);
}

char32_t namedEntity(QStringView name)
{
    static const QHash<QString, char32_t> entities{
        {QStringLiteral("nbsp"), U' '},   {QStringLiteral("amp"), U'&'},
        {QStringLiteral("lt"), U'<'},     {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},   {QStringLiteral("apos"), U'\''},
        {QStringLiteral("copy"), U'©'},   {QStringLiteral("reg"), U'®'},
        {QStringLiteral("hellip"), U'…'}, {QStringLiteral("ndash"), U'–'},
        {QStringLiteral("mdash"), U'—'},  {QStringLiteral("lsquo"), U'‘'},
        {QStringLiteral("rsquo"), U'’'},  {QStringLiteral("sbquo"), U'‚'},
        {QStringLiteral("ldquo"), U'“'},  {QStringLiteral("rdquo"), U'”'},
        {QStringLiteral("bdquo"), U'„'},  {QStringLiteral("laquo"), U'«'},
        {QStringLiteral("raquo"), U'»'},  {QStringLiteral("euro"), U'€'},
        {QStringLiteral("bull"), U'•'},   {QStringLiteral("middot"), U'·'},
        {QStringLiteral("deg"), U'°'},    {QStringLiteral("times"), U'×'},
        {QStringLiteral("shy"), U'\0'},   {QStringLiteral("zwnj"), U'\0'},
        {QStringLiteral("aacute"), U'á'}, {QStringLiteral("Aacute"), U'Á'},
        {QStringLiteral("eacute"), U'é'}, {QStringLiteral("Eacute"), U'É'},
        {QStringLiteral("iacute"), U'í'}, {QStringLiteral("Iacute"), U'Í'},
        {QStringLiteral("oacute"), U'ó'}, {QStringLiteral("Oacute"), U'Ó'},
        {QStringLiteral("uacute"), U'ú'}, {QStringLiteral("Uacute"), U'Ú'},
        {QStringLiteral("yacute"), U'ý'}, {QStringLiteral("Yacute"), U'Ý'},
        {QStringLiteral("ccaron"), U'č'}, {QStringLiteral("Ccaron"), U'Č'},
        {QStringLiteral("dcaron"), U'ď'}, {QStringLiteral("Dcaron"), U'Ď'},
        {QStringLiteral("ecaron"), U'ě'}, {QStringLiteral("Ecaron"), U'Ě'},
        {QStringLiteral("ncaron"), U'ň'}, {QStringLiteral("Ncaron"), U'Ň'},
        {QStringLiteral("rcaron"), U'ř'}, {QStringLiteral("Rcaron"), U'Ř'},
        {QStringLiteral("scaron"), U'š'}, {QStringLiteral("Scaron"), U'Š'},
        {QStringLiteral("tcaron"), U'ť'}, {QStringLiteral("Tcaron"), U'Ť'},
        {QStringLiteral("zcaron"), U'ž'}, {QStringLiteral("Zcaron"), U'Ž'},
        {QStringLiteral("uring"), U'ů'},  {QStringLiteral("Uring"), U'Ů'},
        {QStringLiteral("ouml"), U'ö'},   {QStringLiteral("uuml"), U'ü'},
        {QStringLiteral("auml"), U'ä'},   {QStringLiteral("szlig"), U'ß'}};
    return entities.value(name.toString(), U'\uFFFF');
}

// Appends text as the reader sees it: collapsed white space outside <pre>, line breaks
// merged so that markup never produces more than one empty line in a row.
class TextSink
{
public:
    void text(QStringView chars, bool preformatted)
    {
        for (const QChar c : chars) {
            if (c == QLatin1Char('\n') && preformatted) {
                m_out += c; // every line of <pre> counts, empty ones too
                ++m_newlines;
            } else if (c.isSpace()) {
                if (preformatted)
                    m_out += QLatin1Char(' ');
                else
                    m_pendingSpace = true;
            } else if (c.category() == QChar::Other_Control) {
                continue; // controls are never text (and NUL must not reach the reader)
            } else {
                if (m_pendingSpace && !m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
                    m_out += QLatin1Char(' ');
                m_pendingSpace = false;
                m_newlines = 0;
                m_out += c;
            }
        }
    }
    void codePoint(char32_t point, bool preformatted)
    {
        if (point == U'\0')
            return;
        const char32_t one[1] = {point};
        text(QString::fromUcs4(one, 1), preformatted);
    }
    /// <br>: a new line; two in a row leave an empty line, more add nothing.
    void lineBreak() { breakUntil(m_newlines + 1); }
    /// The end of a block (</div>, </li>): a new line unless one is already there.
    void blockBreak() { breakUntil(1); }
    /// The end of a paragraph: one empty line.
    void paragraph() { breakUntil(2); }
    QString result()
    {
        while (m_out.endsWith(QLatin1Char('\n')) || m_out.endsWith(QLatin1Char(' ')))
            m_out.chop(1);
        return m_out;
    }

private:
    void breakUntil(int newlines)
    {
        trimTrailingSpaces();
        m_pendingSpace = false;
        if (m_out.isEmpty())
            return;
        while (m_newlines < qMin(newlines, 2)) {
            m_out += QLatin1Char('\n');
            ++m_newlines;
        }
    }
    void trimTrailingSpaces()
    {
        while (m_out.endsWith(QLatin1Char(' ')))
            m_out.chop(1);
    }

    QString m_out;
    bool m_pendingSpace = false;
    int m_newlines = 0;
};

struct Tag
{
    QString name; ///< lower-case
    bool closing = false;
    QString alt;       ///< the alt attribute of an <img>, decoded
    qsizetype end = 0; ///< the index after '>'
};

QString decodeEntities(QStringView text);

// Reads the tag starting at html[start] == '<'. Quoted attribute values may contain '>'.
Tag readTag(const QString& html, qsizetype start)
{
    Tag tag;
    qsizetype i = start + 1;
    if (i < html.size() && html[i] == QLatin1Char('/')) {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < html.size() && (html[i].isLetterOrNumber() || html[i] == QLatin1Char('-')))
        ++i;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    QChar quote;
    qsizetype attributesStart = i;
    while (i < html.size()) {
        const QChar c = html[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            break;
        }
        ++i;
    }
    tag.end = qMin(i + 1, html.size());
    if (tag.name == QLatin1String("img")) {
        const QString attributes = html.mid(attributesStart, i - attributesStart);
        static const QString altKey = QStringLiteral("alt=");
        qsizetype at = attributes.indexOf(altKey, 0, Qt::CaseInsensitive);
        // Only the attribute itself: not data-alt=, not salt=.
        const auto startsAttribute = [&](qsizetype index) {
            return index == 0 || attributes[index - 1].isSpace() ||
                   attributes[index - 1] == QLatin1Char('"') ||
                   attributes[index - 1] == QLatin1Char('\'') ||
                   attributes[index - 1] == QLatin1Char('/');
        };
        while (at >= 0 && !startsAttribute(at))
            at = attributes.indexOf(altKey, at + 1, Qt::CaseInsensitive);
        if (at >= 0) {
            qsizetype v = at + altKey.size();
            QString value;
            if (v < attributes.size() &&
                (attributes[v] == QLatin1Char('"') || attributes[v] == QLatin1Char('\''))) {
                const qsizetype close = attributes.indexOf(attributes[v], v + 1);
                value = attributes.mid(v + 1, close < 0 ? -1 : close - v - 1);
            } else {
                qsizetype e = v;
                while (e < attributes.size() && !attributes[e].isSpace() &&
                       attributes[e] != QLatin1Char('/'))
                    ++e;
                value = attributes.mid(v, e - v);
            }
            tag.alt = decodeEntities(value).simplified();
        }
    }
    return tag;
}

// Decodes one entity at text[start] == '&'; returns the code point and sets length, or
// returns U'\uFFFF' when it is no entity (a bare '&' stays as it is).
char32_t readEntity(QStringView text, qsizetype start, qsizetype& length)
{
    const qsizetype semicolon = text.indexOf(QLatin1Char(';'), start + 1);
    if (semicolon < 0 || semicolon - start > 32)
        return U'\uFFFF';
    const QStringView body = text.sliced(start + 1, semicolon - start - 1);
    length = semicolon - start + 1;
    if (body.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex =
            body.size() > 1 && (body[1] == QLatin1Char('x') || body[1] == QLatin1Char('X'));
        const uint value = body.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok)
            return U'\uFFFF';
        // NUL, surrogates and values beyond Unicode are no characters: show a replacement.
        if (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            return U'\uFFFD';
        return char32_t(value);
    }
    return namedEntity(body);
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            qsizetype length = 0;
            const char32_t point = readEntity(text, i, length);
            if (point != U'\uFFFF') {
                if (point != U'\0') {
                    const char32_t one[1] = {point};
                    out += QString::fromUcs4(one, 1);
                }
                i += length - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

} // namespace

QString HtmlToText::convert(const QString& html)
{
    TextSink sink;
    int preDepth = 0;
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            if (QStringView(html).sliced(i).startsWith(QLatin1String("<!--"))) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? html.size() : end + 3;
                continue;
            }
            const bool startsTag =
                i + 1 < html.size() &&
                (html[i + 1].isLetter() || html[i + 1] == QLatin1Char('/') ||
                 html[i + 1] == QLatin1Char('!') || html[i + 1] == QLatin1Char('?'));
            if (!startsTag) {
                sink.text(QStringView(html).sliced(i, 1), preDepth > 0);
                ++i;
                continue;
            }
            const Tag tag = readTag(html, i);
            i = tag.end;
            if (!tag.closing && isSkippedElement(tag.name)) {
                const QString endTag = QStringLiteral("</") + tag.name;
                const qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
                if (end < 0) {
                    i = html.size();
                } else {
                    const qsizetype close = html.indexOf(QLatin1Char('>'), end);
                    i = close < 0 ? html.size() : close + 1;
                }
                continue;
            }
            if (tag.name == QLatin1String("br")) {
                sink.lineBreak();
            } else if (tag.name == QLatin1String("li")) {
                sink.blockBreak();
                if (!tag.closing) {
                    sink.text(QStringLiteral("- "), true);
                }
            } else if (tag.name == QLatin1String("td") || tag.name == QLatin1String("th")) {
                sink.text(QStringLiteral(" "), false);
            } else if (tag.name == QLatin1String("img")) {
                if (!tag.alt.isEmpty()) {
                    sink.text(QString(QStringLiteral(" [") + tag.alt + QStringLiteral("] ")),
                              false);
                }
            } else if (isBlockElement(tag.name)) {
                if (tag.name == QLatin1String("pre"))
                    preDepth = qMax(0, preDepth + (tag.closing ? -1 : 1));
                if (tag.name == QLatin1String("p") || tag.name.startsWith(QLatin1Char('h')) ||
                    tag.name == QLatin1String("blockquote"))
                    sink.paragraph();
                else
                    sink.blockBreak();
            }
            continue;
        }
        if (c == QLatin1Char('&')) {
            qsizetype length = 0;
            const char32_t point = readEntity(html, i, length);
            if (point != U'\uFFFF') {
                sink.codePoint(point, preDepth > 0);
                i += length;
                continue;
            }
        }
        const qsizetype next = [&] {
            qsizetype j = i + 1;
            while (j < html.size() && html[j] != QLatin1Char('<') && html[j] != QLatin1Char('&'))
                ++j;
            return j;
        }();
        sink.text(QStringView(html).sliced(i, next - i), preDepth > 0);
        i = next;
    }
    return sink.result();
}

} // namespace kotva
