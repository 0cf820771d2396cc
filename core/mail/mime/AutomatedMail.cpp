#include "core/mail/mime/AutomatedMail.h"

namespace kotva {

namespace {

// A header value without comments or parameters: "auto-replied; owner-email=..." → "auto-replied".
QByteArray keyword(const QByteArray& value)
{
    QByteArray word = value;
    const qsizetype stop = word.indexOf(';');
    if (stop >= 0)
        word.truncate(stop);
    const qsizetype comment = word.indexOf('(');
    if (comment >= 0)
        word.truncate(comment);
    return word.trimmed().toLower();
}

QString headerName(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString AutomatedMail::reason(const QList<MailHeader>& headers, const QString& fromAddress,
                              const QByteArray& contentType)
{
    for (const MailHeader& header : headers) {
        const QByteArray name = header.name.trimmed().toLower();
        if (name == "auto-submitted") {
            const QByteArray value = keyword(header.value);
            if (!value.isEmpty() && value != "no")
                return headerName("Auto-Submitted");
        } else if (name == "precedence") {
            const QByteArray value = keyword(header.value);
            if (value == "bulk" || value == "list" || value == "junk" || value == "auto_reply")
                return headerName("Precedence");
        } else if (name == "list-id") {
            return headerName("List-Id");
        } else if (name == "list-unsubscribe") {
            return headerName("List-Unsubscribe");
        } else if (name == "x-autoreply") {
            return headerName("X-Autoreply");
        } else if (name == "x-autorespond") {
            return headerName("X-Autorespond");
        } else if (name == "return-path") {
            // The null sender of bounces and other delivery reports (RFC 5321 section 4.5.5).
            QByteArray value = header.value;
            value.replace(' ', "").replace('\t', "");
            if (value == "<>")
                return headerName("Return-Path");
        }
    }
    if (contentType.trimmed().toLower() == "multipart/report")
        return headerName("Content-Type");
    const QString local = fromAddress.section(QLatin1Char('@'), 0, 0).toLower();
    if (local == QLatin1String("mailer-daemon") || local == QLatin1String("postmaster"))
        return headerName("From");
    return {};
}

} // namespace kotva
