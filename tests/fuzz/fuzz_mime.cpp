// A client's e-mail as it arrives from the mailbox (issue 14): read by MimeReader, the path
// every fetched message takes. Nothing may crash; what is read is clean text; and an answer
// written from what was read (its subject, its text) reads back with the same subject, so a
// reply never garbles or injects through a hostile subject.

#include "core/mail/mime/MimeReader.h"
#include "core/mail/mime/MimeWriter.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace kotva;
using namespace kotva::fuzz;

namespace {

bool hasLineBreak(const QString& text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    const Result<IncomingMail> mail = MimeReader::read(bytes(data, size));
    if (!mail) {
        require(!mail.error().message.isEmpty(), "a refused message says why");
        return 0;
    }
    require(!mail->text.contains(QChar(0)), "the text has no NUL");
    require(mail->text.isValidUtf16(), "the text is valid UTF-16");
    require(mail->text.size() <= MimeReader::maxTextChars, "the text is cut at the limit");
    require(!hasLineBreak(mail->subject) && !hasLineBreak(mail->fromName),
            "subject and name are single lines");
    for (const MailAttachment& attachment : mail->attachments) {
        require(attachment.size >= 0, "an attachment's size is not negative");
        require(!attachment.name.isEmpty(), "an attachment has a name to show");
    }
    if (mail->fromAddress.isEmpty() || hasLineBreak(mail->subject))
        return 0;

    OutgoingMail answer;
    answer.fromAddress = QStringLiteral("poradna@linka.example.cz");
    answer.toAddress = mail->fromAddress;
    answer.subject = mail->subject;
    answer.text = mail->text;
    answer.inReplyTo = mail->messageId;
    answer.references = mail->references;
    const Result<QByteArray> written = MimeWriter::compose(answer);
    if (!written) {
        require(!written.error().message.isEmpty(), "a refused answer says why");
        return 0;
    }
    const Result<IncomingMail> reread = MimeReader::read(*written);
    require(reread.has_value(), "a written answer reads back");
    require(reread->subject == mail->subject, "the subject survives a round trip");
    return 0;
}
