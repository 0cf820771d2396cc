#include "core/keys/VaultKey.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringDecoder>

#include <cstring>

namespace kotva {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

constexpr qsizetype RawKeyBytes = 32;
constexpr qsizetype RawKeyHexDigits = 2 * RawKeyBytes;

} // namespace

VaultKey::VaultKey(Kind kind, SecureBuffer secret)
    : m_kind(kind)
    , m_secret(std::move(secret))
{}

VaultKey VaultKey::generateRaw()
{
    static constexpr char digits[] = "0123456789abcdef";
    quint32 words[RawKeyBytes / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(words);
    SecureBuffer hex(RawKeyHexDigits);
    const auto* bytes = reinterpret_cast<const unsigned char*>(words);
    for (qsizetype i = 0; i < RawKeyBytes; ++i) {
        hex.data()[2 * i] = digits[bytes[i] >> 4];
        hex.data()[2 * i + 1] = digits[bytes[i] & 0x0f];
    }
    ::explicit_bzero(words, sizeof words);
    return VaultKey(Kind::Raw, std::move(hex));
}

Result<VaultKey> VaultKey::fromRawHex(SecureBuffer hexDigits)
{
    if (hexDigits.size() != RawKeyHexDigits)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "kotva::VaultKey", "A raw key must be exactly 64 hexadecimal digits."));
    for (qsizetype i = 0; i < hexDigits.size(); ++i) {
        char& c = hexDigits.data()[i];
        if (!isHexDigit(c))
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate(
                            "kotva::VaultKey", "A raw key must be exactly 64 hexadecimal digits."));
        if (c >= 'A' && c <= 'F')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return VaultKey(Kind::Raw, std::move(hexDigits));
}

Result<VaultKey> VaultKey::fromRawBytes(const SecureBuffer& bytes)
{
    if (bytes.size() != RawKeyBytes)
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("kotva::VaultKey", "A raw key must be exactly 32 bytes."));
    static constexpr char digits[] = "0123456789abcdef";
    SecureBuffer hex(RawKeyHexDigits);
    for (qsizetype i = 0; i < RawKeyBytes; ++i) {
        const auto byte = static_cast<unsigned char>(bytes.constData()[i]);
        hex.data()[2 * i] = digits[byte >> 4];
        hex.data()[2 * i + 1] = digits[byte & 0x0f];
    }
    return VaultKey(Kind::Raw, std::move(hex));
}

SecureBuffer VaultKey::rawBytes() const
{
    if (m_kind != Kind::Raw || m_secret.size() != RawKeyHexDigits)
        return {};
    const auto value = [](char c) {
        return c <= '9' ? c - '0' : c - 'a' + 10; // the digits are lowercase (fromRawHex)
    };
    SecureBuffer bytes(RawKeyBytes);
    for (qsizetype i = 0; i < RawKeyBytes; ++i)
        bytes.data()[i] = static_cast<char>((value(m_secret.constData()[2 * i]) << 4) |
                                            value(m_secret.constData()[2 * i + 1]));
    return bytes;
}

Result<VaultKey> VaultKey::fromPassphrase(SecureBuffer utf8)
{
    if (utf8.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("kotva::VaultKey", "The passphrase is empty."));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString probe = decoder(QByteArrayView(utf8.constData(), utf8.size()));
    const bool valid = !decoder.hasError();
    SecureBuffer::wipe(probe);
    if (!valid)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("kotva::VaultKey",
                                                "The passphrase is not valid UTF-8 text."));
    return VaultKey(Kind::Passphrase, std::move(utf8));
}

SecureBuffer VaultKey::sqlcipherKeyMaterial() const
{
    if (m_kind == Kind::Passphrase)
        return m_secret.clone();
    // x'<64 hex>' tells SQLCipher to use the bytes as the key and skip the KDF.
    SecureBuffer material(m_secret.size() + 3);
    material.data()[0] = 'x';
    material.data()[1] = '\'';
    std::memcpy(material.data() + 2, m_secret.constData(), static_cast<size_t>(m_secret.size()));
    material.data()[material.size() - 1] = '\'';
    return material;
}

VaultKey VaultKey::clone() const
{
    return VaultKey(m_kind, m_secret.clone());
}

} // namespace kotva
