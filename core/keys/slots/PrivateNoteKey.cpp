#include "core/keys/slots/PrivateNoteKey.h"

#include "core/keys/slots/Sodium.h"

#include <QCoreApplication>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::PrivateNoteKey)
};

/// crypto_kdf's context: eight bytes naming what the subkey is for.
constexpr char NotesContext[crypto_kdf_CONTEXTBYTES + 1] = "KotvaNot";
constexpr quint64 NotesSubkey = 1;

} // namespace

PrivateNoteKey::PrivateNoteKey(const SecureBuffer& memberSecret)
    : m_key(crypto_secretbox_KEYBYTES)
{
    static_assert(crypto_kdf_KEYBYTES == 32 && crypto_secretbox_KEYBYTES == 32);
    if (!sodium::ready() || memberSecret.size() != crypto_kdf_KEYBYTES) {
        m_key = SecureBuffer();
        return;
    }
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char*>(m_key.data()),
                               crypto_secretbox_KEYBYTES, NotesSubkey, NotesContext,
                               reinterpret_cast<const unsigned char*>(memberSecret.constData()));
}

QByteArray PrivateNoteKey::seal(const QString& text) const
{
    if (m_key.isEmpty())
        return {};
    const QByteArray plain = text.toUtf8();
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(),
                      Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          size_t(plain.size()), out,
                          reinterpret_cast<const unsigned char*>(m_key.constData()));
    return sealed;
}

Result<QString> PrivateNoteKey::open(const QByteArray& sealed) const
{
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (m_key.isEmpty() || sealed.size() < overhead)
        return fail(ErrorCode::WrongKey, Tr::tr("This private note cannot be opened."));
    SecureBuffer plain(sealed.size() - overhead);
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   in + crypto_secretbox_NONCEBYTES,
                                   size_t(sealed.size() - crypto_secretbox_NONCEBYTES), in,
                                   reinterpret_cast<const unsigned char*>(m_key.constData())) != 0)
        return fail(ErrorCode::WrongKey, Tr::tr("This private note cannot be opened."));
    return QString::fromUtf8(plain.constData(), plain.size());
}

} // namespace kotva
