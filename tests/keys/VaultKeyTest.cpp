#include "core/keys/VaultKey.h"

#include <gtest/gtest.h>

using kotva::ErrorCode;
using kotva::SecureBuffer;
using kotva::VaultKey;

namespace {
SecureBuffer bytes(const char* text)
{
    return SecureBuffer::copyOf(text, static_cast<qsizetype>(std::strlen(text)));
}
} // namespace

TEST(VaultKey, GeneratedRawKeysAre64HexDigitsAndDiffer)
{
    const VaultKey first = VaultKey::generateRaw();
    const VaultKey second = VaultKey::generateRaw();
    ASSERT_EQ(first.secret().size(), 64);
    for (qsizetype i = 0; i < 64; ++i)
        EXPECT_TRUE(std::isxdigit(static_cast<unsigned char>(first.secret().constData()[i])));
    EXPECT_FALSE(first.secret().equals(second.secret()));
}

TEST(VaultKey, RawKeyBecomesABlobLiteralForSqlcipher)
{
    auto key = VaultKey::fromRawHex(
        bytes("00112233445566778899AABBCCDDEEFF00112233445566778899aabbccddeeff"));
    ASSERT_TRUE(key.has_value());
    const SecureBuffer material = key->sqlcipherKeyMaterial();
    EXPECT_EQ(QByteArray(material.constData(), material.size()),
              "x'00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'");
}

TEST(VaultKey, RawKeyOfWrongLengthOrWithNonHexIsRefused)
{
    EXPECT_EQ(VaultKey::fromRawHex(bytes("abcdef")).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(VaultKey::fromRawHex(
                  bytes("0011223344556677889900112233445566778899001122334455667788990011zz"))
                  .error()
                  .code,
              ErrorCode::InvalidArgument);
    // An injection attempt dressed as a key never reaches SQL.
    EXPECT_FALSE(VaultKey::fromRawHex(
                     bytes("0011223344556677889900112233445566778899001122334455667788'; --x"))
                     .has_value());
}

TEST(VaultKey, EmptyPassphraseIsRefused)
{
    EXPECT_EQ(VaultKey::fromPassphrase(SecureBuffer()).error().code, ErrorCode::InvalidArgument);
}

TEST(VaultKey, PassphraseMustBeValidUtf8)
{
    EXPECT_EQ(VaultKey::fromPassphrase(bytes("\xff\xfe broken")).error().code,
              ErrorCode::InvalidInput);
    auto key = VaultKey::fromPassphrase(bytes("heslo s háčky"));
    ASSERT_TRUE(key.has_value());
    EXPECT_EQ(key->kind(), VaultKey::Kind::Passphrase);
}
