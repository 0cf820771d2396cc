#include "core/mail/mime/MimeWriter.h"

#include "core/mail/mime/GMimeSupport.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <array>
#include <gmime/gmime.h>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MimeWriter)
};

using gmime::Owned;

bool hasControl(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

// An address we can put into From or To: local@domain, nothing that could close the header,
// open a comment or add a second address.
bool isPlainAddress(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || hasControl(address))
        return false;
    static const QString forbidden = QStringLiteral(" <>()[],;:\\\"");
    for (const QChar c : address) {
        if (forbidden.contains(c))
            return false;
    }
    return true;
}

QByteArray stripBrackets(const QByteArray& id)
{
    QByteArray token = id.trimmed();
    if (token.startsWith('<') && token.endsWith('>'))
        token = token.mid(1, token.size() - 2);
    return token;
}

bool isMessageId(const QByteArray& id)
{
    if (id.isEmpty())
        return false;
    for (const char c : id) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F || c == '<' || c == '>')
            return false;
    }
    return true;
}

std::optional<Error> validate(const OutgoingMail& mail)
{
    const auto refuse = [](const QString& message, const char* field) {
        return Error{ErrorCode::InvalidArgument, message, QString::fromLatin1(field)};
    };
    if (!isPlainAddress(mail.fromAddress))
        return refuse(Tr::tr("The sender's address is not a valid e-mail address."), "from");
    if (!isPlainAddress(mail.toAddress))
        return refuse(Tr::tr("The recipient's address is not a valid e-mail address."), "to");
    if (hasControl(mail.fromName))
        return refuse(Tr::tr("The sender's name must be a single line."), "fromName");
    if (hasControl(mail.subject))
        return refuse(Tr::tr("The subject must be a single line."), "subject");
    if (mail.text.contains(QChar(0)))
        return refuse(Tr::tr("The text contains a NUL character."), "text");
    QList<QByteArray> ids = mail.references;
    ids << mail.inReplyTo << mail.messageId;
    for (const QByteArray& id : ids) {
        const QByteArray token = stripBrackets(id);
        if (!id.isEmpty() && !isMessageId(token))
            return refuse(Tr::tr("A message identifier of the conversation is malformed."),
                          "message-id");
    }
    return std::nullopt;
}

// Every line end CRLF, whatever GMime or the worker's text used (SMTP needs CRLF; a bare CR
// or LF is refused by strict servers and mangled by others).
QByteArray crlf(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 32);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray normalisedText(const QString& text)
{
    QString unix = text;
    unix.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!unix.endsWith(QLatin1Char('\n')))
        unix += QLatin1Char('\n');
    return unix.toUtf8();
}

GMimeObject* textBody(const QString& text)
{
    GMimePart* part = GMIME_PART(g_mime_text_part_new_with_subtype("plain"));
    const QByteArray utf8 = normalisedText(text);
    Owned<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(utf8.constData(), size_t(utf8.size())));
    Owned<GMimeDataWrapper> content(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, content.get());
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "charset", "utf-8");
    // 7-bit safe for every relay: quoted-printable for mostly-ASCII Czech, base64 otherwise.
    g_mime_part_set_content_encoding(
        part, g_mime_part_get_best_content_encoding(part, GMIME_ENCODING_CONSTRAINT_7BIT));
    return GMIME_OBJECT(part);
}

// The whole text as UTF-8 base64 encoded words of whole characters, folded one per line.
QByteArray encodedWords(const QString& text)
{
    QByteArray folded;
    QByteArray chunk;
    const auto flush = [&] {
        folded +=
            (folded.isEmpty() ? " " : "\n ") + QByteArray("=?utf-8?b?") + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair is one character: never split it between two words.
        const qsizetype length = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > 45) // 60 base64 letters: words stay under 76
            flush();
        chunk += character;
    }
    if (!chunk.isEmpty() || folded.isEmpty())
        flush();
    return folded + '\n';
}

// GMime leaves a literal "=?" in a subject unencoded, and readers (GMime among them) then no
// longer decode the encoded words after it. Such a subject is written fully encoded.
void setSubject(GMimeMessage* message, const QString& subject)
{
    g_mime_message_set_subject(message, subject.toUtf8().constData(), "utf-8");
    if (!subject.contains(QLatin1String("=?")))
        return;
    GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    if (GMimeHeader* header = g_mime_header_list_get_header(headers, "Subject"))
        g_mime_header_set_raw_value(header, encodedWords(subject).constData());
}

void setDate(GMimeMessage* message, const QDateTime& when)
{
    const QDateTime date = when.isValid() ? when : QDateTime::currentDateTime();
    GTimeZone* zone = g_time_zone_new_offset(date.offsetFromUtc());
    GDateTime* utc = g_date_time_new_from_unix_utc(date.toSecsSinceEpoch());
    GDateTime* local = g_date_time_to_timezone(utc, zone);
    g_mime_message_set_date(message, local);
    g_date_time_unref(local);
    g_date_time_unref(utc);
    g_time_zone_unref(zone);
}

} // namespace

QByteArray MimeWriter::newMessageId(const QString& fromAddress)
{
    std::array<quint32, 4> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray token =
        QByteArray(reinterpret_cast<const char*>(random.data()), sizeof random).toHex();
    QString domain = fromAddress.section(QLatin1Char('@'), -1).toLower();
    if (!fromAddress.contains(QLatin1Char('@')) || !isMessageId(domain.toUtf8()))
        domain = QStringLiteral("kotva.invalid");
    return token + '@' + domain.toUtf8();
}

Result<QByteArray> MimeWriter::compose(const OutgoingMail& mail)
{
    if (const std::optional<Error> error = validate(mail))
        return std::unexpected(*error);
    gmime::ensureInitialised();

    Owned<GMimeMessage> message(g_mime_message_new(TRUE));
    GMimeObject* object = GMIME_OBJECT(message.get());
    const QByteArray fromName = mail.fromName.trimmed().toUtf8();
    Owned<InternetAddress> from(
        internet_address_mailbox_new(fromName.isEmpty() ? nullptr : fromName.constData(),
                                     mail.fromAddress.toUtf8().constData()));
    // GMime would pick the smallest charset (ISO-8859-2 for Czech); UTF-8 is what every
    // client decodes, and what the subject and text use too.
    internet_address_set_charset(from.get(), "utf-8");
    internet_address_list_add(g_mime_message_get_from(message.get()), from.get());
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, nullptr,
                               mail.toAddress.toUtf8().constData());
    setSubject(message.get(), mail.subject);
    setDate(message.get(), mail.date);
    const QByteArray messageId =
        mail.messageId.isEmpty() ? newMessageId(mail.fromAddress) : stripBrackets(mail.messageId);
    g_mime_message_set_message_id(message.get(), messageId.constData());

    const QByteArray inReplyTo = stripBrackets(mail.inReplyTo);
    QList<QByteArray> references;
    for (const QByteArray& id : mail.references)
        references << stripBrackets(id);
    if (!inReplyTo.isEmpty()) {
        const QByteArray value = '<' + inReplyTo + '>';
        g_mime_object_set_header(object, "In-Reply-To", value.constData(), nullptr);
        if (references.isEmpty() || references.last() != inReplyTo)
            references << inReplyTo;
    }
    if (!references.isEmpty()) {
        QByteArray value;
        for (const QByteArray& id : references)
            value += (value.isEmpty() ? "<" : " <") + id + '>';
        g_mime_object_set_header(object, "References", value.constData(), nullptr);
    }
    if (mail.autoReply) {
        g_mime_object_set_header(object, "Auto-Submitted", "auto-replied", nullptr);
        g_mime_object_set_header(object, "X-Auto-Response-Suppress", "All", nullptr);
    }

    Owned<GMimeObject> body(textBody(mail.text));
    g_mime_message_set_mime_part(message.get(), body.get());

    Owned<GMimeStream> out(g_mime_stream_mem_new());
    GMimeFormatOptions* format = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    const ssize_t written = g_mime_object_write_to_stream(object, format, out.get());
    g_mime_format_options_free(format);
    if (written < 0)
        return fail(ErrorCode::Internal, Tr::tr("The message could not be written."));
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return crlf(QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len)));
}

} // namespace kotva
