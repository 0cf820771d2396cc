#include "core/keys/PassphrasePolicy.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace kotva {

Status PassphrasePolicy::check(const SecureBuffer& utf8)
{
    if (utf8.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("kotva::PassphrasePolicy", "Enter a passphrase."));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(QByteArrayView(utf8.constData(), utf8.size()));
    const bool valid = !decoder.hasError();
    // Count code points without toUcs4(), which would leave an unwiped copy behind.
    qsizetype characters = 0;
    for (const QChar c : std::as_const(text))
        if (!c.isLowSurrogate())
            ++characters;
    SecureBuffer::wipe(text);
    if (!valid)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("kotva::PassphrasePolicy",
                                                "The passphrase is not valid UTF-8 text."));
    if (characters < MinLength)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("kotva::PassphrasePolicy",
                                                "The passphrase must have at least %n characters.",
                                                nullptr, MinLength));
    return {};
}

} // namespace kotva
