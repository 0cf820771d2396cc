#include "core/analysis/text/Utf8.h"

#include <gtest/gtest.h>

using namespace kotva;

TEST(Utf8, DecodesValidCzechAndAstralText)
{
    const QByteArray bytes("Nechci \xC5\xBE\xC3\xAD"
                           "t \xF0\x9F\x98\x80");
    const auto text = decodeUtf8(bytes);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(*text, QStringLiteral("Nechci žít 😀"));
    EXPECT_EQ(*decodeUtf8(QByteArray()), QString());
    EXPECT_EQ(*decodeUtf8(QByteArray("\xEF\xBB\xBF"
                                     "ahoj")),
              QStringLiteral("ahoj"));
}

TEST(Utf8, InvalidSequencesAreAnErrorNamingTheByte)
{
    const QList<QByteArray> invalid{
        QByteArray("ahoj \xC5"),        // truncated
        QByteArray("ahoj \x80 svete"),  // stray continuation byte
        QByteArray("\xC0\xAF"),         // overlong "/"
        QByteArray("\xE0\x80\xAF"),     // overlong, three bytes
        QByteArray("\xED\xA0\x80"),     // UTF-16 surrogate
        QByteArray("\xF4\x90\x80\x80"), // above U+10FFFF
        QByteArray("\xFF"),
        QByteArray("\xE2\x82"
                   "x"), // bad continuation
    };
    for (const QByteArray& bytes : invalid) {
        const auto text = decodeUtf8(bytes);
        ASSERT_FALSE(text.has_value()) << bytes.toHex().constData();
        EXPECT_EQ(text.error().code, ErrorCode::InvalidInput);
        EXPECT_FALSE(text.error().message.isEmpty());
    }
    EXPECT_EQ(firstInvalidUtf8("ahoj \x80"), 5);
    EXPECT_EQ(firstInvalidUtf8("\xC5\xBE\xC5"), 2);
    EXPECT_EQ(firstInvalidUtf8("\xC5\xBE"), -1);
    EXPECT_TRUE(decodeUtf8("ahoj \x80").error().message.contains(QStringLiteral("5")));
}

TEST(Utf8, CodePointIndexCountsSurrogatePairsOnce)
{
    const QString text = QStringLiteral("a😀b💊c");
    const CodePointIndex index(text);
    EXPECT_EQ(index.toCodePoints(0), 0);
    EXPECT_EQ(index.toCodePoints(1), 1); // before 😀
    EXPECT_EQ(index.toCodePoints(3), 2); // "b"
    EXPECT_EQ(index.toCodePoints(4), 3);
    EXPECT_EQ(index.toCodePoints(6), 4); // "c"
    EXPECT_EQ(index.toCodePoints(text.size()), 5);
    const CodePointIndex plain(QStringLiteral("žít"));
    EXPECT_EQ(plain.toCodePoints(3), 3);
}
