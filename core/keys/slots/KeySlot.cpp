#include "core/keys/slots/KeySlot.h"

#include "core/keys/slots/Sodium.h"

#include <QCoreApplication>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::KeySlotSeal)
};

/// Everything readable in the slot, so none of it can be changed without breaking the seal.
QByteArray associatedData(const KeySlot& slot)
{
    return QByteArrayLiteral("kotva-key-slot-1\n") + slot.memberId.toUtf8() + '\n' +
           slot.label.toUtf8() + '\n' + (slot.mustChangePassphrase ? "1" : "0") + '\n' +
           QByteArray::number(slot.kdf.opsLimit) + '\n' +
           QByteArray::number(slot.kdf.memLimitBytes) + '\n' + slot.salt;
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

} // namespace

Result<KeySlot> KeySlotSeal::seal(KeySlot slot, const SlotSecrets& secrets,
                                  const SecureBuffer& passphrase,
                                  const Argon2Parameters& parameters)
{
    if (secrets.vaultKey.size() != SecretBytes || secrets.memberSecret.size() != SecretBytes)
        return fail(ErrorCode::InvalidArgument, Tr::tr("A key slot needs 32-byte secrets."));
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The passphrase is empty."));
    slot.kdf = parameters;
    slot.salt = PassphraseKdf::newSalt();
    slot.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
    randombytes_buf(slot.nonce.data(), size_t(slot.nonce.size()));
    const Result<SecureBuffer> key = PassphraseKdf::derive(passphrase, slot.salt, parameters);
    if (!key)
        return std::unexpected(key.error());

    SecureBuffer plain(2 * SecretBytes);
    std::copy_n(secrets.vaultKey.constData(), SecretBytes, plain.data());
    std::copy_n(secrets.memberSecret.constData(), SecretBytes, plain.data() + SecretBytes);
    const QByteArray ad = associatedData(slot);
    slot.sealed = QByteArray(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.sealed.data()), &written,
        reinterpret_cast<const unsigned char*>(plain.constData()), size_t(plain.size()), bytes(ad),
        size_t(ad.size()), nullptr, bytes(slot.nonce),
        reinterpret_cast<const unsigned char*>(key->constData()));
    slot.sealed.resize(qsizetype(written));
    return slot;
}

Result<SlotSecrets> KeySlotSeal::open(const KeySlot& slot, const SecureBuffer& passphrase)
{
    const auto refused = [] {
        return fail(ErrorCode::WrongKey,
                    Tr::tr("The passphrase is not right for this member, or the members file "
                           "was changed."));
    };
    if (slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        slot.sealed.size() != 2 * SecretBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return refused();
    const Result<SecureBuffer> key = PassphraseKdf::derive(passphrase, slot.salt, slot.kdf);
    if (!key)
        return std::unexpected(key.error());
    SecureBuffer plain(2 * SecretBytes);
    unsigned long long written = 0;
    const QByteArray ad = associatedData(slot);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr, bytes(slot.sealed),
            size_t(slot.sealed.size()), bytes(ad), size_t(ad.size()), bytes(slot.nonce),
            reinterpret_cast<const unsigned char*>(key->constData())) != 0 ||
        written != 2 * SecretBytes)
        return refused();
    return SlotSecrets{SecureBuffer::copyOf(plain.constData(), SecretBytes),
                       SecureBuffer::copyOf(plain.constData() + SecretBytes, SecretBytes)};
}

} // namespace kotva
