#include "core/common/SecureBuffer.h"

#include <gtest/gtest.h>

using kotva::SecureBuffer;

TEST(SecureBuffer, TakingFromAByteArrayLeavesTheSourceEmpty)
{
    QByteArray secret("correct horse battery staple");
    const SecureBuffer buffer = SecureBuffer::takeFrom(secret);
    EXPECT_TRUE(secret.isEmpty());
    EXPECT_EQ(QByteArray(buffer.constData(), buffer.size()), "correct horse battery staple");
}

TEST(SecureBuffer, TakingFromAStringStoresUtf8AndClearsTheString)
{
    QString passphrase = QStringLiteral("žluťoučký kůň");
    const SecureBuffer buffer = SecureBuffer::takeFrom(passphrase);
    EXPECT_TRUE(passphrase.isEmpty());
    EXPECT_EQ(QString::fromUtf8(buffer.constData(), buffer.size()),
              QStringLiteral("žluťoučký kůň"));
}

TEST(SecureBuffer, MovingTransfersOwnershipAndEmptiesTheSource)
{
    SecureBuffer first = SecureBuffer::copyOf("abc", 3);
    SecureBuffer second = std::move(first);
    EXPECT_TRUE(first.isEmpty()); // NOLINT(bugprone-use-after-move): the point of the test
    EXPECT_EQ(second.size(), 3);
}

TEST(SecureBuffer, WipeEmptiesTheBuffer)
{
    SecureBuffer buffer = SecureBuffer::copyOf("secret", 6);
    buffer.wipe();
    EXPECT_TRUE(buffer.isEmpty());
    EXPECT_EQ(buffer.constData(), nullptr);
}

TEST(SecureBuffer, EqualityComparesContentAndLength)
{
    EXPECT_TRUE(SecureBuffer::copyOf("abc", 3).equals(SecureBuffer::copyOf("abc", 3)));
    EXPECT_FALSE(SecureBuffer::copyOf("abc", 3).equals(SecureBuffer::copyOf("abd", 3)));
    EXPECT_FALSE(SecureBuffer::copyOf("abc", 3).equals(SecureBuffer::copyOf("abcd", 4)));
}
