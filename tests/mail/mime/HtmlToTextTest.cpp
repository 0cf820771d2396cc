// HTML bodies as safe plain text: nothing runs, nothing is fetched, the words stay.

#include "core/mail/mime/HtmlToText.h"

#include "tests/mail/mime/MimeTestSupport.h"

#include <gtest/gtest.h>

using namespace kotva;

namespace {
QString text(const char* html)
{
    return HtmlToText::convert(QString::fromUtf8(html));
}
} // namespace

TEST(HtmlToTextTest, DropsScriptsStylesAndTheHead)
{
    EXPECT_EQ(text("<html><head><title>T</title><style>p{}</style></head><body>"
                   "<script>alert(1)</script>Ahoj<SCRIPT type=x>x()</SCRIPT> světe</body></html>"),
              QStringLiteral("Ahoj světe"));
}

TEST(HtmlToTextTest, DropsEverythingAfterAnUnclosedScript)
{
    EXPECT_EQ(text("Ahoj<script>while(1){}"), QStringLiteral("Ahoj"));
}

TEST(HtmlToTextTest, TurnsBlocksAndBreaksIntoLines)
{
    EXPECT_EQ(text("<div>a</div><div>b</div>c<br>d<br><br><br><br>e<p>f</p><p>g</p>"),
              QStringLiteral("a\nb\nc\nd\n\ne\n\nf\n\ng"));
    EXPECT_EQ(text("<ul><li>jedna</li><li>dvě</li></ul>konec"),
              QStringLiteral("- jedna\n- dvě\nkonec"));
}

TEST(HtmlToTextTest, CollapsesWhiteSpaceOutsidePre)
{
    EXPECT_EQ(text("  a \n\n  b\t c  "), QStringLiteral("a b c"));
    EXPECT_EQ(text("<pre>a\n  b</pre>"), QStringLiteral("a\n  b"));
}

TEST(HtmlToTextTest, DecodesEntities)
{
    EXPECT_EQ(text("&#269;&#x159;&scaron;&nbsp;&amp;&lt;&gt;&quot;&hellip; &bogus; & x"),
              QStringLiteral("čřš &<>\"… &bogus; & x"));
    EXPECT_EQ(text("a&#0;b&#xD800;c&#99999999;d"), QStringLiteral("a\uFFFDb\uFFFDc\uFFFDd"));
}

TEST(HtmlToTextTest, ShowsImagesOnlyAsAltTextAndLinksAsText)
{
    EXPECT_EQ(text("<img src=\"http://x.example/a.png\" alt=\"Fotka &amp; text\">"
                   "<img src='http://t.example/p.gif'><img data-alt=\"no\" src=x>"
                   "<a href=\"http://phish.example\">klikni</a>"),
              QStringLiteral("[Fotka & text] klikni"));
}

TEST(HtmlToTextTest, KeepsTextAroundCommentsAndStrayBrackets)
{
    EXPECT_EQ(text("a<!-- skryté -->b 1 < 2 a 3 > 2 <!-- neukončený"),
              QStringLiteral("ab 1 < 2 a 3 > 2"));
    EXPECT_EQ(text("<p title=\"a>b\">text</p>"), QStringLiteral("text"));
}
