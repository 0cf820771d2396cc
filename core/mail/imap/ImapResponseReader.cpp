#include "core/mail/imap/ImapResponseReader.h"

#include <algorithm>
#include <limits>

namespace kotva {

namespace {

/// RFC 9051's date-time, "17-Jul-1996 02:44:25 -0700" (the day may be padded with a space),
/// as UTC; invalid when it is anything else.
QDateTime parseInternalDate(const QByteArray& text)
{
    static const QList<QByteArray> months{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                          "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    const QList<QByteArray> parts = text.trimmed().split(' ');
    if (parts.size() != 3)
        return {};
    const QList<QByteArray> day = parts[0].split('-');
    const QList<QByteArray> time = parts[1].split(':');
    const QByteArray& zone = parts[2];
    if (day.size() != 3 || time.size() != 3 || zone.size() != 5 ||
        (zone[0] != '+' && zone[0] != '-'))
        return {};
    bool ok[7] = {};
    const int d = day[0].toInt(&ok[0]);
    const int month = int(months.indexOf(day[1].toUpper())) + 1;
    const int y = day[2].toInt(&ok[1]);
    const int h = time[0].toInt(&ok[2]);
    const int m = time[1].toInt(&ok[3]);
    const int s = time[2].toInt(&ok[4]);
    const int zh = zone.mid(1, 2).toInt(&ok[5]);
    const int zm = zone.mid(3, 2).toInt(&ok[6]);
    if (month == 0 || !std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) ||
        zh > 23 || zm > 59)
        return {};
    const QDate date(y, month, d);
    const QTime clock(h, m, s);
    if (!date.isValid() || !clock.isValid())
        return {};
    const int offset = (zh * 3600 + zm * 60) * (zone[0] == '-' ? -1 : 1);
    // The zone is the local offset from UTC: 02:44:25 -0700 is 09:44:25 UTC.
    return QDateTime(date, clock, Qt::UTC).addSecs(-offset);
}

// Lists deeper than this are no IMAP a client asked for; the bound keeps recursion safe.
constexpr int MaxNesting = 32;

bool isAtomChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f && c != '(' && c != ')' && c != '{' && c != '"';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

ImapStatus statusOf(const QByteArray& word)
{
    if (word == "OK")
        return ImapStatus::Ok;
    if (word == "NO")
        return ImapStatus::No;
    if (word == "BAD")
        return ImapStatus::Bad;
    if (word == "PREAUTH")
        return ImapStatus::PreAuth;
    if (word == "BYE")
        return ImapStatus::Bye;
    return ImapStatus::None;
}

} // namespace

ImapResponseReader::ImapResponseReader(QByteArrayView response)
    : m_data(response)
{}

std::expected<ImapResponse, QString> ImapResponseReader::read()
{
    ImapResponse response;
    if (peek() == '+') {
        response.kind = ImapResponse::Kind::Continuation;
        ++m_pos;
        // Some servers send a bare "+" without the space the grammar asks for.
        if (peek() == ' ')
            ++m_pos;
        response.text = restOfLine();
        if (const Step end = expectEnd(); !end)
            return std::unexpected(end.error());
        return response;
    }
    if (peek() == '*') {
        ++m_pos;
        if (const Step space = expect(' '); !space)
            return std::unexpected(space.error());
        if (const Step data = readUntagged(response); !data)
            return std::unexpected(data.error());
        return response;
    }
    response.kind = ImapResponse::Kind::Tagged;
    auto tag = atom();
    if (!tag)
        return std::unexpected(tag.error());
    response.tag = *tag;
    if (const Step space = expect(' '); !space)
        return std::unexpected(space.error());
    auto word = atom();
    if (!word)
        return std::unexpected(word.error());
    response.keyword = word->toUpper();
    response.status = statusOf(response.keyword);
    if (response.status != ImapStatus::Ok && response.status != ImapStatus::No &&
        response.status != ImapStatus::Bad)
        return std::unexpected(where("a tagged response without OK, NO or BAD"));
    if (const Step text = readStatusText(response); !text)
        return std::unexpected(text.error());
    return response;
}

ImapResponseReader::Step ImapResponseReader::readUntagged(ImapResponse& response)
{
    response.kind = ImapResponse::Kind::Untagged;
    if (isDigit(peek())) {
        auto n = number(0xffffffffu);
        if (!n)
            return std::unexpected(n.error());
        response.number = quint32(*n);
        if (const Step space = expect(' '); !space)
            return space;
    }
    auto word = atom();
    if (!word)
        return std::unexpected(word.error());
    response.keyword = word->toUpper();
    if (response.number) {
        if (response.keyword == "FETCH")
            return readFetch(response);
        return readValues(response); // EXISTS, EXPUNGE, RECENT and whatever else is numbered
    }
    response.status = statusOf(response.keyword);
    if (response.status != ImapStatus::None)
        return readStatusText(response);
    if (response.keyword == "SEARCH")
        return readSearch(response);
    return readValues(response);
}

ImapResponseReader::Step ImapResponseReader::readStatusText(ImapResponse& response)
{
    // resp-text: [SP] ["[" code [SP argument] "]" SP] text. Servers differ in the spaces,
    // so a missing text is accepted.
    if (atLineEnd())
        return expectEnd();
    if (const Step space = expect(' '); !space)
        return space;
    if (peek() == '[') {
        ++m_pos;
        const qsizetype start = m_pos;
        while (m_pos < m_data.size() && m_data[m_pos] != ']' && m_data[m_pos] != '\r' &&
               m_data[m_pos] != '\n')
            ++m_pos;
        if (peek() != ']')
            return std::unexpected(where("a response code without ']'"));
        const QByteArrayView inside = m_data.sliced(start, m_pos - start);
        ++m_pos;
        const qsizetype space = inside.indexOf(' ');
        response.code = (space < 0 ? inside : inside.first(space)).toByteArray().toUpper();
        if (space >= 0)
            response.codeArgument = inside.sliced(space + 1).toByteArray();
        if (response.code.isEmpty())
            return std::unexpected(where("an empty response code"));
        if (peek() == ' ')
            ++m_pos;
    }
    response.text = restOfLine();
    return expectEnd();
}

ImapResponseReader::Step ImapResponseReader::readSearch(ImapResponse& response)
{
    while (!atLineEnd()) {
        if (const Step space = expect(' '); !space)
            return space;
        if (atLineEnd())
            break; // "* SEARCH " with a trailing space, as some servers send it
        auto n = number(0xffffffffu);
        if (!n)
            return std::unexpected(n.error());
        response.values.append(QByteArray::number(*n));
    }
    return expectEnd();
}

ImapResponseReader::Step ImapResponseReader::readFetch(ImapResponse& response)
{
    if (const Step space = expect(' '); !space)
        return space;
    if (const Step open = expect('('); !open)
        return open;
    ImapFetchData& fetch = response.fetch;
    while (peek() != ')') {
        auto name = atom();
        if (!name)
            return std::unexpected(name.error());
        const QByteArray item = name->toUpper();
        if (const Step space = expect(' '); !space)
            return space;
        if (item == "UID") {
            auto uid = number(0xffffffffu);
            if (!uid)
                return std::unexpected(uid.error());
            fetch.uid = quint32(*uid);
        } else if (item == "RFC822.SIZE") {
            auto size = number(std::numeric_limits<qint64>::max());
            if (!size)
                return std::unexpected(size.error());
            fetch.size = *size;
        } else if (item == "FLAGS") {
            auto flags = flagList();
            if (!flags)
                return std::unexpected(flags.error());
            fetch.flags = *flags;
        } else if (item == "INTERNALDATE") {
            auto text = string();
            if (!text)
                return std::unexpected(text.error());
            if (const QDateTime date = parseInternalDate(*text); date.isValid())
                fetch.internalDate = date;
        } else if (item == "BODY[]" || item == "RFC822") {
            auto body = nstring();
            if (!body)
                return std::unexpected(body.error());
            fetch.body = body->value_or(QByteArray());
        } else if (const Step skipped = skipValue(0); !skipped) {
            return skipped;
        }
        if (peek() == ')')
            break;
        if (const Step space = expect(' '); !space)
            return space;
    }
    ++m_pos;
    return expectEnd();
}

ImapResponseReader::Step ImapResponseReader::readValues(ImapResponse& response)
{
    while (!atLineEnd()) {
        if (const Step space = expect(' '); !space)
            return space;
        const char c = peek();
        if (c == '(') {
            if (const Step skipped = skipValue(0); !skipped)
                return skipped;
        } else if (c == '"' || c == '{') {
            auto s = string();
            if (!s)
                return std::unexpected(s.error());
            response.values.append(*s);
        } else {
            auto a = atom();
            if (!a)
                return std::unexpected(a.error());
            response.values.append(*a);
        }
    }
    return expectEnd();
}

ImapResponseReader::Step ImapResponseReader::skipValue(int depth)
{
    const char c = peek();
    if (c != '(') {
        const auto value = (c == '"' || c == '{') ? string() : atom();
        if (!value)
            return std::unexpected(value.error());
        return {};
    }
    if (depth >= MaxNesting)
        return std::unexpected(where("lists nested too deeply"));
    ++m_pos;
    while (peek() != ')') {
        if (const Step value = skipValue(depth + 1); !value)
            return value;
        if (peek() == ')')
            break;
        if (const Step space = expect(' '); !space)
            return space;
    }
    ++m_pos;
    return {};
}

ImapResponseReader::Step ImapResponseReader::expectEnd()
{
    if (m_pos + 2 == m_data.size() && m_data[m_pos] == '\r' && m_data[m_pos + 1] == '\n')
        return {};
    return std::unexpected(where("data after the end of the response"));
}

ImapResponseReader::Step ImapResponseReader::expect(char c)
{
    if (peek() != c || m_pos >= m_data.size())
        return std::unexpected(where(c == ' ' ? "a missing space" : "a missing delimiter"));
    ++m_pos;
    return {};
}

std::expected<QByteArray, QString> ImapResponseReader::atom()
{
    const qsizetype start = m_pos;
    while (m_pos < m_data.size() && isAtomChar(m_data[m_pos])) {
        // A section ("BODY[HEADER.FIELDS (FROM)]") belongs to the item's name, spaces and all.
        if (m_data[m_pos] == '[') {
            while (m_pos < m_data.size() && m_data[m_pos] != ']' && m_data[m_pos] != '\r')
                ++m_pos;
            if (peek() != ']')
                return std::unexpected(where("a section without ']'"));
        }
        ++m_pos;
    }
    if (m_pos == start)
        return std::unexpected(where("an expected atom"));
    return m_data.sliced(start, m_pos - start).toByteArray();
}

std::expected<QByteArray, QString> ImapResponseReader::string()
{
    if (peek() == '"') {
        ++m_pos;
        QByteArray value;
        while (m_pos < m_data.size()) {
            const char c = m_data[m_pos++];
            if (c == '"')
                return value;
            if (c == '\r' || c == '\n' || c == '\0')
                break;
            if (c == '\\') {
                const char escaped = peek();
                if (escaped != '"' && escaped != '\\')
                    return std::unexpected(where("an invalid escape in a quoted string"));
                ++m_pos;
                value.append(escaped);
            } else {
                value.append(c);
            }
        }
        return std::unexpected(where("an unterminated quoted string"));
    }
    if (const Step open = expect('{'); !open)
        return std::unexpected(open.error());
    auto length = number(std::numeric_limits<qint64>::max());
    if (!length)
        return std::unexpected(length.error());
    if (peek() != '}' || m_pos + 3 > m_data.size() || m_data[m_pos + 1] != '\r' ||
        m_data[m_pos + 2] != '\n')
        return std::unexpected(where("a literal without '}' and CRLF"));
    m_pos += 3;
    // The parser framed the response by the same lengths, so a short literal cannot occur;
    // the check keeps the reader safe on its own.
    if (qint64(*length) > m_data.size() - m_pos)
        return std::unexpected(where("a literal longer than the response"));
    const QByteArray value = m_data.sliced(m_pos, qsizetype(*length)).toByteArray();
    m_pos += qsizetype(*length);
    return value;
}

std::expected<std::optional<QByteArray>, QString> ImapResponseReader::nstring()
{
    if (peek() == '"' || peek() == '{') {
        auto value = string();
        if (!value)
            return std::unexpected(value.error());
        return std::optional<QByteArray>(std::move(*value));
    }
    auto word = atom();
    if (!word)
        return std::unexpected(word.error());
    if (word->toUpper() != "NIL")
        return std::unexpected(where("a value that is no string"));
    return std::optional<QByteArray>();
}

std::expected<quint64, QString> ImapResponseReader::number(quint64 max)
{
    const qsizetype start = m_pos;
    quint64 value = 0;
    while (isDigit(peek())) {
        const quint64 digit = quint64(m_data[m_pos] - '0');
        if (value > (max - digit) / 10)
            return std::unexpected(where("a number out of range"));
        value = value * 10 + digit;
        ++m_pos;
    }
    if (m_pos == start)
        return std::unexpected(where("an expected number"));
    return value;
}

std::expected<QList<QByteArray>, QString> ImapResponseReader::flagList()
{
    if (const Step open = expect('('); !open)
        return std::unexpected(open.error());
    QList<QByteArray> flags;
    while (peek() != ')') {
        auto flag = atom();
        if (!flag)
            return std::unexpected(flag.error());
        flags.append(*flag);
        if (peek() == ')')
            break;
        if (const Step space = expect(' '); !space)
            return std::unexpected(space.error());
    }
    ++m_pos;
    return flags;
}

QByteArray ImapResponseReader::restOfLine()
{
    const qsizetype start = m_pos;
    while (m_pos < m_data.size() && m_data[m_pos] != '\r' && m_data[m_pos] != '\n')
        ++m_pos;
    return m_data.sliced(start, m_pos - start).toByteArray();
}

bool ImapResponseReader::atLineEnd() const
{
    return peek() == '\r';
}

QString ImapResponseReader::where(const char* what) const
{
    return QStringLiteral("%1 at byte %2").arg(QString::fromLatin1(what)).arg(m_pos);
}

} // namespace kotva
