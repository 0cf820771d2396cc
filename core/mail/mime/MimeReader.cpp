#include "core/mail/mime/MimeReader.h"

#include "core/mail/mime/AutomatedMail.h"
#include "core/mail/mime/EncodedContent.h"
#include "core/mail/mime/EncodedWordRepair.h"
#include "core/mail/mime/FlowedText.h"
#include "core/mail/mime/GMimeSupport.h"
#include "core/mail/mime/HtmlToText.h"
#include "core/mail/mime/TextDecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <gmime/gmime.h>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MimeReader)
};

// Deeper nesting than this is no letter but an attack on the parser.
constexpr int kMaxDepth = 32;

using gmime::Owned;

QString fromGChar(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// Subjects, names and file names are single lines: decoded encoded words may carry CR, LF or
// NUL ("=?utf-8?q?a=0D=0ABcc:?="), which must never reach a reply's headers or the screen.
QString singleLine(const QString& text)
{
    QString line = text;
    for (QChar& c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return line.simplified();
}

// Message ids are tokens: no brackets, no white space, no controls.
QByteArray messageIdToken(const char* id)
{
    QByteArray token;
    for (const char* p = id; p && *p; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c > 0x20 && c != 0x7F && c != '<' && c != '>')
            token += char(c);
    }
    return token;
}

// The reader's text: Unix line ends, no controls but tab and newline.
QString cleanText(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                continue;
            clean += QLatin1Char('\n');
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            clean += c;
        } else if (c.category() == QChar::Other_Control || c == QChar(0xFEFF)) {
            continue;
        } else {
            clean += c;
        }
    }
    while (!clean.isEmpty() && clean.back().isSpace())
        clean.chop(1);
    return clean;
}

QByteArray readStream(GMimeStream* stream)
{
    QByteArray bytes;
    g_mime_stream_reset(stream);
    char buffer[16384];
    for (;;) {
        const ssize_t n = g_mime_stream_read(stream, buffer, sizeof buffer);
        if (n <= 0)
            break;
        bytes.append(buffer, qsizetype(n));
    }
    return bytes;
}

TransferEncoding transferEncoding(GMimeContentEncoding encoding)
{
    switch (encoding) {
    case GMIME_CONTENT_ENCODING_BASE64:
        return TransferEncoding::Base64;
    case GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE:
        return TransferEncoding::QuotedPrintable;
    default:
        return TransferEncoding::Identity;
    }
}

QByteArray mimeType(GMimeObject* object)
{
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (!type)
        return QByteArrayLiteral("text/plain");
    char* text = g_mime_content_type_get_mime_type(type);
    const QByteArray result = QByteArray(text).toLower();
    g_free(text);
    return result;
}

// The first mailbox of an address list, groups opened.
InternetAddressMailbox* firstMailbox(InternetAddressList* list)
{
    if (!list)
        return nullptr;
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            return INTERNET_ADDRESS_MAILBOX(address);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            if (InternetAddressMailbox* inner = firstMailbox(
                    internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address))))
                return inner;
        }
    }
    return nullptr;
}

// local@Domain.CZ → local@domain.cz: domains are case-insensitive, local parts are not.
QString normalisedAddress(InternetAddressMailbox* mailbox)
{
    if (!mailbox)
        return {};
    QString address = singleLine(fromGChar(internet_address_mailbox_get_addr(mailbox)));
    address.remove(QLatin1Char(' '));
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return address;
    return address.left(at + 1) + address.mid(at + 1).toLower();
}

QDateTime toQDateTime(GDateTime* date)
{
    if (!date)
        return {};
    const qint64 seconds = g_date_time_to_unix(date);
    const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(offset));
}

// Everything the parser noticed while reading, for the problems shown beside the text.
struct ParserWarnings
{
    QSet<int> codes;

    static void record(gint64, GMimeParserWarning code, const gchar*, gpointer self)
    {
        static_cast<ParserWarnings*>(self)->codes.insert(int(code));
    }
};

// Walks the MIME tree: collects the readable text and lists everything else as attachments.
class BodyCollector
{
public:
    BodyCollector(const QByteArray& raw, IncomingMail& mail)
        : m_raw(raw)
        , m_mail(mail)
    {}

    void walk(GMimeObject* object, int depth)
    {
        if (!object)
            return;
        if (depth > kMaxDepth) {
            problem(Tr::tr("Parts nested too deeply were not read."));
            return;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            forwarded(GMIME_MESSAGE_PART(object));
        } else if (GMIME_IS_MULTIPART(object)) {
            multipart(GMIME_MULTIPART(object), depth);
        } else if (GMIME_IS_PART(object)) {
            part(GMIME_PART(object));
        }
    }

    QString text() const { return m_texts.join(QStringLiteral("\n\n")); }

    void problem(const QString& text)
    {
        if (!m_mail.problems.contains(text))
            m_mail.problems << text;
    }

private:
    void multipart(GMimeMultipart* multipart, int depth)
    {
        const char* boundary = g_mime_multipart_get_boundary(multipart);
        if (boundary && !isClosed(QByteArray(boundary)))
            problem(Tr::tr("The message is incomplete (it was cut off); what arrived is shown."));
        if (GMIME_IS_MULTIPART_ENCRYPTED(multipart))
            problem(Tr::tr("The message is encrypted and cannot be read here."));
        const int count = g_mime_multipart_get_count(multipart);
        const QByteArray type = mimeType(GMIME_OBJECT(multipart));
        if (type == "multipart/alternative") {
            walk(preferredAlternative(multipart), depth + 1);
            return;
        }
        for (int i = 0; i < count; ++i)
            walk(g_mime_multipart_get_part(multipart, i), depth + 1);
    }

    // GMime reads a multipart without its closing boundary silently: look for it. Cached, so
    // thousands of parts sharing a boundary do not each scan 25 MB.
    bool isClosed(const QByteArray& boundary)
    {
        const auto known = m_closed.constFind(boundary);
        if (known != m_closed.cend())
            return *known;
        const bool closed = m_raw.contains(QByteArray("--" + boundary + "--"));
        m_closed.insert(boundary, closed);
        return closed;
    }

    // Plain text first (what the sender wrote themselves), then HTML, then whatever is last.
    static GMimeObject* preferredAlternative(GMimeMultipart* multipart)
    {
        const int count = g_mime_multipart_get_count(multipart);
        GMimeObject* html = nullptr;
        GMimeObject* nested = nullptr;
        for (int i = 0; i < count; ++i) {
            GMimeObject* child = g_mime_multipart_get_part(multipart, i);
            const QByteArray type = mimeType(child);
            if (type == "text/plain" && !isAttachment(child))
                return child;
            if (type == "text/html" && !isAttachment(child) && !html)
                html = child;
            if (GMIME_IS_MULTIPART(child))
                nested = child;
        }
        if (html)
            return html;
        if (nested)
            return nested;
        return count > 0 ? g_mime_multipart_get_part(multipart, count - 1) : nullptr;
    }

    static bool isAttachment(GMimeObject* object)
    {
        const QByteArray type = mimeType(object);
        if (type != "text/plain" && type != "text/html")
            return true;
        GMimeContentDisposition* disposition = g_mime_object_get_content_disposition(object);
        if (disposition && g_mime_content_disposition_is_attachment(disposition))
            return true;
        const char* filename =
            GMIME_IS_PART(object) ? g_mime_part_get_filename(GMIME_PART(object)) : nullptr;
        return filename && *filename;
    }

    void part(GMimePart* part)
    {
        GMimeObject* object = GMIME_OBJECT(part);
        GMimeDataWrapper* content = g_mime_part_get_content(part);
        QByteArray encoded;
        TransferEncoding encoding = TransferEncoding::Identity;
        if (content) {
            encoded = readStream(g_mime_data_wrapper_get_stream(content));
            encoding = transferEncoding(g_mime_data_wrapper_get_encoding(content));
        }
        const EncodedScan scan = EncodedContent::scan(encoded, encoding);
        if (isAttachment(object)) {
            const QString name = singleLine(fromGChar(g_mime_part_get_filename(part)));
            attachment(name.isEmpty() ? Tr::tr("Unnamed attachment (%1)")
                                            .arg(singleLine(QString::fromLatin1(mimeType(object))))
                                      : name,
                       scan.decodedSize);
            return;
        }
        if (scan.damaged)
            problem(Tr::tr("Part of the text was damaged in transit (broken encoding); "
                           "some characters may be wrong."));
        QByteArray decoded;
        if (content) {
            Owned<GMimeStream> sink(g_mime_stream_mem_new());
            g_mime_data_wrapper_write_to_stream(content, sink.get());
            GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
            decoded = QByteArray(reinterpret_cast<const char*>(array->data), qsizetype(array->len));
        }
        const QByteArray charset =
            QByteArray(g_mime_object_get_content_type_parameter(object, "charset"));
        const DecodedText text = TextDecoder::decode(decoded, charset);
        if (text.unknownCharset)
            problem(Tr::tr("The text declares an unknown character set (%1); it was read as "
                           "UTF-8 or Windows-1250 and some letters may be wrong.")
                        .arg(singleLine(QString::fromLatin1(charset.left(40)))));
        if (text.damaged)
            problem(Tr::tr("The text contains bytes that are not valid in its character set; "
                           "they are shown as \uFFFD."));
        const bool html = mimeType(object) == "text/html";
        QString readable = cleanText(html ? HtmlToText::convert(text.text) : text.text);
        if (!html && isParameter(object, "format", "flowed"))
            readable = FlowedText::unflow(readable, isParameter(object, "delsp", "yes"));
        if (!readable.isEmpty())
            m_texts << readable;
    }

    static bool isParameter(GMimeObject* object, const char* name, const char* value)
    {
        const char* actual = g_mime_object_get_content_type_parameter(object, name);
        return actual && g_ascii_strcasecmp(actual, value) == 0;
    }

    void forwarded(GMimeMessagePart* part)
    {
        // A forwarded message is listed, never read: it is someone else's mail.
        GMimeObject* object = GMIME_OBJECT(part);
        QString name = singleLine(
            fromGChar(g_mime_object_get_content_disposition_parameter(object, "filename")));
        if (name.isEmpty())
            name = singleLine(fromGChar(g_mime_object_get_content_type_parameter(object, "name")));
        GMimeMessage* message = g_mime_message_part_get_message(part);
        if (name.isEmpty()) {
            const QString subject =
                message ? singleLine(fromGChar(g_mime_message_get_subject(message))) : QString();
            name = subject.isEmpty() ? Tr::tr("Forwarded message")
                                     : Tr::tr("Forwarded message: %1").arg(subject);
        }
        qint64 size = 0;
        if (message) {
            // Serialising into a counting stream measures it without reading it.
            Owned<GMimeStream> counter(g_mime_stream_null_new());
            g_mime_object_write_to_stream(GMIME_OBJECT(message), nullptr, counter.get());
            size = qint64(GMIME_STREAM_NULL(counter.get())->written);
        }
        attachment(name, size);
    }

    void attachment(const QString& name, qint64 size)
    {
        m_mail.attachments << MailAttachment{name, qMax<qint64>(0, size)};
    }

    const QByteArray& m_raw;
    IncomingMail& m_mail;
    QStringList m_texts;
    QHash<QByteArray, bool> m_closed;
};

QList<MailHeader> headersOf(GMimeObject* object)
{
    QList<MailHeader> headers;
    GMimeHeaderList* list = g_mime_object_get_header_list(object);
    const int count = list ? g_mime_header_list_get_count(list) : 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader* header = g_mime_header_list_get_header_at(list, i);
        const char* value = g_mime_header_get_value(header);
        headers << MailHeader{QByteArray(g_mime_header_get_name(header)), QByteArray(value)};
    }
    return headers;
}

bool looksLikeMessage(const QList<MailHeader>& headers)
{
    static const QList<QByteArray> known{"from",        "sender",      "reply-to",   "to",
                                         "subject",     "date",        "message-id", "received",
                                         "return-path", "mime-version"};
    for (const MailHeader& header : headers) {
        if (known.contains(header.name.toLower()))
            return true;
    }
    return false;
}

void readThreading(GMimeMessage* message, GMimeParserOptions* options, IncomingMail& mail)
{
    mail.messageId = messageIdToken(g_mime_message_get_message_id(message));
    GMimeObject* object = GMIME_OBJECT(message);
    if (const char* inReplyTo = g_mime_object_get_header(object, "In-Reply-To")) {
        GMimeReferences* ids = g_mime_references_parse(options, inReplyTo);
        if (ids && g_mime_references_length(ids) > 0)
            mail.inReplyTo = messageIdToken(g_mime_references_get_message_id(ids, 0));
        if (ids)
            g_mime_references_free(ids);
    }
    if (const char* references = g_mime_object_get_header(object, "References")) {
        GMimeReferences* ids = g_mime_references_parse(options, references);
        for (int i = 0; ids && i < g_mime_references_length(ids); ++i) {
            const QByteArray id = messageIdToken(g_mime_references_get_message_id(ids, i));
            if (!id.isEmpty())
                mail.references << id;
        }
        if (ids)
            g_mime_references_free(ids);
    }
}

void readProblems(const ParserWarnings& warnings, BodyCollector& body)
{
    for (const int code : warnings.codes) {
        switch (code) {
        case GMIME_WARN_TRUNCATED_MESSAGE:
        case GMIME_WARN_MALFORMED_MULTIPART:
        case GMIME_WARN_MALFORMED_MESSAGE:
        case GMIME_WARN_PART_WITHOUT_CONTENT:
        case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
        case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
            body.problem(
                Tr::tr("The message's structure is damaged; what could be read is shown."));
            break;
        case GMIME_CRIT_NESTING_OVERFLOW:
            body.problem(Tr::tr("Parts nested too deeply were not read."));
            break;
        default:
            break;
        }
    }
}

} // namespace

Result<IncomingMail> MimeReader::read(const QByteArray& raw)
{
    if (raw.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("The e-mail is empty."));
    if (raw.size() > maxMessageBytes)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The e-mail is too large to read (%1 MB; at most %2 MB).")
                        .arg(raw.size() / (1024 * 1024))
                        .arg(maxMessageBytes / (1024 * 1024)),
                    QStringLiteral("size %1 bytes").arg(raw.size()));
    gmime::ensureInitialised();

    ParserWarnings warnings;
    // Declared before the message: headers may refer to the options until the message is gone.
    std::unique_ptr<GMimeParserOptions, decltype(&g_mime_parser_options_free)> options(
        g_mime_parser_options_new(), &g_mime_parser_options_free);
    // Raw 8-bit headers are read as UTF-8 when valid, else as Czech Windows-1250.
    const char* fallback[] = {"utf-8", "windows-1250", nullptr};
    g_mime_parser_options_set_fallback_charsets(options.get(), fallback);
    g_mime_parser_options_set_warning_callback(options.get(), &ParserWarnings::record, &warnings);

    const QByteArray repaired = EncodedWordRepair::repairHeaders(raw);
    Owned<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(repaired.constData(), size_t(repaired.size())));
    Owned<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    Owned<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options.get()));
    const QList<MailHeader> headers =
        message ? headersOf(GMIME_OBJECT(message.get())) : QList<MailHeader>();
    if (!message || !looksLikeMessage(headers))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("This is not an e-mail message: it has no e-mail headers."));

    IncomingMail mail;
    BodyCollector body(raw, mail);
    InternetAddressMailbox* from = firstMailbox(g_mime_message_get_from(message.get()));
    InternetAddressMailbox* replyTo = firstMailbox(g_mime_message_get_reply_to(message.get()));
    const QString fromAddress = normalisedAddress(from);
    mail.fromAddress = replyTo ? normalisedAddress(replyTo) : fromAddress;
    if (!mail.fromAddress.contains(QLatin1Char('@')))
        mail.fromAddress.clear();
    mail.fromName =
        from ? singleLine(fromGChar(internet_address_get_name(INTERNET_ADDRESS(from)))) : QString();
    if (mail.fromName.isEmpty() && replyTo)
        mail.fromName = singleLine(fromGChar(internet_address_get_name(INTERNET_ADDRESS(replyTo))));
    if (mail.fromAddress.isEmpty())
        body.problem(Tr::tr("The message has no sender address; it cannot be answered."));
    mail.subject = singleLine(fromGChar(g_mime_message_get_subject(message.get())));
    mail.date = toQDateTime(g_mime_message_get_date(message.get()));
    readThreading(message.get(), options.get(), mail);

    GMimeObject* top = g_mime_message_get_mime_part(message.get());
    QList<MailHeader> allHeaders = headers;
    if (top)
        allHeaders << headersOf(top);
    mail.automatedReason =
        AutomatedMail::reason(allHeaders, fromAddress, top ? mimeType(top) : QByteArray());
    mail.automated = !mail.automatedReason.isEmpty();

    body.walk(top, 0);
    readProblems(warnings, body);
    mail.text = body.text();
    if (mail.text.size() > maxTextChars) {
        mail.text.truncate(maxTextChars);
        if (mail.text.back().isHighSurrogate())
            mail.text.chop(1);
        body.problem(Tr::tr("The text is very long; only its first %1 characters are shown.")
                         .arg(maxTextChars));
    }
    return mail;
}

} // namespace kotva
