// Attachment sizes from the encoded bytes alone: the worker sees how big a file is without
// Kotva ever decoding it.

#include "core/mail/mime/EncodedContent.h"

#include <QByteArray>

#include <gtest/gtest.h>

using namespace kotva;

TEST(EncodedContentTest, SizesBase64ExactlyAndNoticesDamage)
{
    for (const QByteArray& plain : {QByteArray(), QByteArray("a"), QByteArray("ab"),
                                    QByteArray("abc"), QByteArray(1000, '\xC4')}) {
        QByteArray encoded = plain.toBase64();
        for (qsizetype at = 76; at < encoded.size(); at += 78)
            encoded.insert(at, "\r\n");
        const EncodedScan scan = EncodedContent::scan(encoded, TransferEncoding::Base64);
        EXPECT_EQ(scan.decodedSize, plain.size());
        EXPECT_FALSE(scan.damaged);
    }
    EXPECT_TRUE(EncodedContent::scan("YWJj!!", TransferEncoding::Base64).damaged);
    EXPECT_TRUE(EncodedContent::scan("YQ==YWJj", TransferEncoding::Base64).damaged);
    EXPECT_TRUE(EncodedContent::scan("YWJjZ", TransferEncoding::Base64).damaged);
}

TEST(EncodedContentTest, SizesQuotedPrintableAndIdentity)
{
    EXPECT_EQ(
        EncodedContent::scan("P=C5=99=\r\n=C3=ADli=\nš = x", TransferEncoding::QuotedPrintable)
            .decodedSize,
        QByteArray("P\xC5\x99\xC3\xADli").size() + qsizetype(QByteArray("š = x").size()));
    EXPECT_EQ(EncodedContent::scan("abc\r\n", TransferEncoding::Identity).decodedSize, 5);
}
