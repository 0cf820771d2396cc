#include "core/mail/smtp/SmtpEnvelopeCheck.h"

#include <QCoreApplication>

namespace kotva {

namespace {
// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SmtpClient)
};

std::unexpected<MailError> refuse(QString message, QString detail = {})
{
    return std::unexpected<MailError>(
        MailError{MailFailure::Rejected, std::move(message), std::move(detail)});
}
} // namespace

bool SmtpEnvelopeCheck::isSafeAddress(const QString& address)
{
    if (address.isEmpty() || address.size() > 254)
        return false;
    // Quoted local parts, comments and domain literals are legal but never needed here, and
    // each of these characters has been used to break out of a MAIL FROM or RCPT TO line.
    static const QString forbidden = QStringLiteral("<>()[]\\,;:\"");
    for (const QChar c : address) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7F || forbidden.contains(c))
            return false;
    }
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != address.lastIndexOf(QLatin1Char('@')) || at == address.size() - 1)
        return false;
    const QString domain = address.mid(at + 1);
    return !domain.startsWith(QLatin1Char('.')) && !domain.endsWith(QLatin1Char('.')) &&
           !domain.contains(QStringLiteral(".."));
}

std::expected<void, MailError> SmtpEnvelopeCheck::check(const SmtpEnvelope& envelope)
{
    if (!isSafeAddress(envelope.from))
        return refuse(Tr::tr("The sender address is not a valid e-mail address; nothing was sent."),
                      QStringLiteral("sender: %1").arg(envelope.from.left(100).simplified()));
    if (envelope.recipients.isEmpty())
        return refuse(Tr::tr("The message has no recipient; nothing was sent."));
    if (envelope.recipients.size() > MaxRecipients)
        return refuse(Tr::tr("The message has more than %1 recipients; nothing was sent.")
                          .arg(MaxRecipients));
    for (const QString& recipient : envelope.recipients) {
        if (!isSafeAddress(recipient))
            return refuse(
                Tr::tr("The address \"%1\" is not a valid e-mail address; nothing was sent.")
                    .arg(recipient.left(100).simplified()),
                QStringLiteral("recipient refused before sending"));
    }
    if (envelope.message.trimmed().isEmpty())
        return refuse(Tr::tr("The message is empty; nothing was sent."));
    // RFC 5321 4.5.3.1.6: servers may refuse or break longer lines; better said here, before
    // half a session, than as a server's 500 after DATA.
    qsizetype lineStart = 0;
    while (lineStart < envelope.message.size()) {
        qsizetype end = envelope.message.indexOf('\n', lineStart);
        if (end < 0)
            end = envelope.message.size();
        qsizetype length = end - lineStart;
        if (length > 0 && envelope.message[end - 1] == '\r')
            --length;
        if (length > MaxLineBytes)
            return refuse(Tr::tr("The message has a line longer than %1 characters; nothing was "
                                 "sent.")
                              .arg(MaxLineBytes));
        lineStart = end + 1;
    }
    return {};
}

} // namespace kotva
