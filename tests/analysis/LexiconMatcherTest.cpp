#include "core/analysis/text/LexiconMatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <iterator>

using namespace kotva;

namespace {

struct Spec
{
    const char* id;
    const char* category;
    QStringList patterns;
    QStringList except = {};
};

LexiconMatcher compile(const QList<Spec>& specs)
{
    QJsonArray entries;
    for (const Spec& spec : specs) {
        QJsonObject entry{{QStringLiteral("id"), QString::fromUtf8(spec.id)},
                          {QStringLiteral("category"), QString::fromUtf8(spec.category)},
                          {QStringLiteral("patterns"), QJsonArray::fromStringList(spec.patterns)}};
        if (!spec.except.isEmpty())
            entry.insert(QStringLiteral("except"), QJsonArray::fromStringList(spec.except));
        entries.append(entry);
    }
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson();
    auto lexicon = Lexicon::parse(json, QStringLiteral("test.json"));
    EXPECT_TRUE(lexicon.has_value()) << lexicon.error().message.toStdString();
    auto matcher = LexiconMatcher::compile({*lexicon});
    EXPECT_TRUE(matcher.has_value());
    return *matcher;
}

/// "id:matched original text" for every match, in order.
QStringList found(const LexiconMatcher& matcher, const QString& original)
{
    const NormalisedText text(original);
    QStringList result;
    for (const LexiconMatch& match : matcher.match(text))
        result << match.id() + u':' +
                      original.mid(match.span.start, match.span.end - match.span.start);
    return result;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

TEST(LexiconMatcher, ExactWordsRespectWordBoundaries)
{
    const LexiconMatcher matcher = compile({{"zit", "c", {QStringLiteral("žít")}}});
    EXPECT_EQ(found(matcher, QStringLiteral("Nechci žít.")), list({"zit:žít"}));
    EXPECT_EQ(found(matcher, QStringLiteral("nechci ZIT")), list({"zit:ZIT"}));
    EXPECT_TRUE(found(matcher, QStringLiteral("zítra půjdu")).isEmpty());
    EXPECT_TRUE(found(matcher, QStringLiteral("požít")).isEmpty());
    EXPECT_TRUE(found(matcher, QStringLiteral("žití")).isEmpty());
    EXPECT_EQ(found(matcher, QStringLiteral("žít,žít")), list({"zit:žít", "zit:žít"}));
}

TEST(LexiconMatcher, PrefixPatternsCoverInflection)
{
    const LexiconMatcher matcher = compile({{"suicide", "c", {QStringLiteral("sebevra*")}}});
    for (const char* form : {"sebevražda", "sebevraždu", "Sebevražedné", "SEBEVRAZDOU"})
        EXPECT_EQ(found(matcher, QStringLiteral("myslím na ") + QString::fromUtf8(form)),
                  QStringList{QStringLiteral("suicide:") + QString::fromUtf8(form)});
    EXPECT_TRUE(found(matcher, QStringLiteral("nesebevražda")).isEmpty()); // word start only
}

TEST(LexiconMatcher, MultiWordPhrasesAndGaps)
{
    const LexiconMatcher matcher = compile({
        {"phrase", "c", {QStringLiteral("nechci žít")}},
        {"gap", "c", {QStringLiteral("vzít *2 prášk*")}},
        {"default_gap", "c", {QStringLiteral("nechci * žít")}},
    });
    EXPECT_EQ(found(matcher, QStringLiteral("Já už nechci, žít!")),
              list({"phrase:nechci, žít", "default_gap:nechci, žít"}));
    EXPECT_EQ(found(matcher, QStringLiteral("nechci uz vubec zit")),
              list({"default_gap:nechci uz vubec zit"}));
    EXPECT_TRUE(found(matcher, QStringLiteral("nechci jít ven a pak žít")).isEmpty()); // 4 between
    EXPECT_EQ(found(matcher, QStringLiteral("Chci si vzít ty prášky")),
              list({"gap:vzít ty prášky"}));
    EXPECT_EQ(found(matcher, QStringLiteral("vzít si ty prášky")), list({"gap:vzít si ty prášky"}));
    EXPECT_EQ(found(matcher, QStringLiteral("vzit prasky")), list({"gap:vzit prasky"}));
    EXPECT_TRUE(found(matcher, QStringLiteral("vzít si prosím ty prášky")).isEmpty());
}

TEST(LexiconMatcher, StemInsideAPhraseAndNumbers)
{
    const LexiconMatcher matcher = compile({
        {"swallow", "c", {QStringLiteral("spolyka* prášk*")}},
        {"dose", "c", {QStringLiteral("# prášk*"), QStringLiteral("# tablet*")}},
    });
    EXPECT_EQ(found(matcher, QStringLiteral("spolykala jsem")), QStringList());
    EXPECT_EQ(found(matcher, QStringLiteral("Spolykám prášky")), list({"swallow:Spolykám prášky"}));
    EXPECT_EQ(found(matcher, QStringLiteral("mám 30 prášků a 2 tablety")),
              list({"dose:30 prášků", "dose:2 tablety"}));
    EXPECT_TRUE(found(matcher, QStringLiteral("mám třicet prášků")).isEmpty());
}

TEST(LexiconMatcher, OverlappingPatternsAreAllReported)
{
    const LexiconMatcher matcher = compile({
        {"kill", "violence", {QStringLiteral("zabi*")}},
        {"kill_me", "idiom", {QStringLiteral("mě zabije")}},
        {"exam_kills", "idiom", {QStringLiteral("zkouška * zabije")}},
        {"exam", "topic", {QStringLiteral("zkouška")}},
    });
    EXPECT_EQ(
        found(matcher, QStringLiteral("Ta zkouška mě zabije.")),
        list({"exam_kills:zkouška mě zabije", "exam:zkouška", "kill_me:mě zabije", "kill:zabije"}));
}

TEST(LexiconMatcher, ExceptCancelsMatchesOfItsEntryOnly)
{
    const LexiconMatcher matcher = compile({
        {"pills",
         "means",
         {QStringLiteral("prášk*")},
         {QStringLiteral("prášek na praní"), QStringLiteral("prášky na praní")}},
        {"washing", "topic", {QStringLiteral("prášk* na praní")}},
    });
    EXPECT_EQ(found(matcher, QStringLiteral("Koupím prášky na praní.")),
              list({"washing:prášky na praní"}));
    EXPECT_EQ(found(matcher, QStringLiteral("Mám prášky.")), list({"pills:prášky"}));
}

TEST(LexiconMatcher, ManyPatternsOneAutomaton)
{
    QList<Spec> specs;
    QList<QByteArray> ids;
    for (int i = 0; i < 2000; ++i)
        ids << "w" + QByteArray::number(i);
    for (int i = 0; i < 2000; ++i)
        specs.append({ids.at(i).constData(), "c", {QStringLiteral("slovo%1 konec").arg(i)}});
    const LexiconMatcher matcher = compile(specs);
    EXPECT_EQ(matcher.patternCount(), 2000);
    EXPECT_EQ(found(matcher, QStringLiteral("x slovo1999 konec slovo7 konec slovo7 konce")),
              list({"w1999:slovo1999 konec", "w7:slovo7 konec"}));
    EXPECT_NE(matcher.entry(QStringLiteral("w42")), nullptr);
    EXPECT_EQ(matcher.entry(QStringLiteral("nope")), nullptr);
}

TEST(LexiconMatcher, MatchesCarryTokenIndicesAndOriginalSpans)
{
    const LexiconMatcher matcher = compile({{"means", "means", {QStringLiteral("most")}}});
    const QString original = QStringLiteral("😀😀 Stojím na MOSTĚ, ne na mostu... na most!");
    const NormalisedText text(original);
    const QList<LexiconMatch> matches = matcher.match(text);
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches.at(0).firstToken, 7);
    EXPECT_EQ(matches.at(0).endToken, 8);
    EXPECT_EQ(matches.at(0).category(), QStringLiteral("means"));
    EXPECT_EQ(matches.at(0).span.start, original.lastIndexOf(QStringLiteral("most")));
    EXPECT_EQ(matches.at(0).span.end, original.size() - 1);
}

TEST(LexiconMatcher, SpokenFormsOfBytMatchTheWrittenOnes)
{
    // Spoken Czech drops the "j" of "jsem" and writes "bejt": a pattern written the
    // standard way finds both, and the spoken form in a pattern stays itself.
    const LexiconMatcher matcher =
        compile({{"took", "c", {QStringLiteral("vzal jsem"), QStringLiteral("nechci být")}},
                 {"here", "c", {QStringLiteral("pojď sem")}}});
    EXPECT_EQ(found(matcher, QStringLiteral("vzal sem to")), list({"took:vzal sem"}));
    EXPECT_EQ(found(matcher, QStringLiteral("vzal jsem to")), list({"took:vzal jsem"}));
    EXPECT_EQ(found(matcher, QStringLiteral("už nechci bejt")), list({"took:nechci bejt"}));
    EXPECT_TRUE(found(matcher, QStringLiteral("pojď jsem")).isEmpty());
}

TEST(LexiconMatcher, EmptyMatcherAndEmptyText)
{
    EXPECT_TRUE(LexiconMatcher().match(NormalisedText(QStringLiteral("cokoli"))).isEmpty());
    const LexiconMatcher matcher = compile({{"x", "c", {QStringLiteral("abc")}}});
    EXPECT_TRUE(matcher.match(NormalisedText(QString())).isEmpty());
}

TEST(LexiconMatcher, StemFollowedByPunctuationInAPattern)
{
    const LexiconMatcher matcher = compile({{"said", "c", {QStringLiteral("napsal*, že")}}});
    EXPECT_TRUE(found(matcher, QStringLiteral("Napsala mi, že odejde.")).isEmpty());
    EXPECT_EQ(found(matcher, QStringLiteral("Napsala, že odejde.")), list({"said:Napsala, že"}));
}

// A long text (2 MB) where "except" patterns match everywhere: every match is checked,
// so the result is exactly that of the short text repeated. The cancel check once
// compared each match with every other one; the benchmark shows the speed, this the result.
TEST(LexiconMatcher, LongTextWithManyExceptHits)
{
    const LexiconMatcher matcher = compile({
        // The long except covers the kill; the short one inside it ends before the kill,
        // so the cancel check must look past the latest except hit.
        {"kill",
         "violence",
         {QStringLiteral("zabi*")},
         {QStringLiteral("zkouška *4 zabije"), QStringLiteral("asi fakt")}},
        {"pills", "means", {QStringLiteral("prášk*")}, {QStringLiteral("prášk* na praní")}},
        {"washing", "topic", {QStringLiteral("prášk* na praní")}},
        {"exam", "topic", {QStringLiteral("zkouška")}},
    });
    const QString block = QStringLiteral(
        "Ta zkouška mě asi fakt zabije a prášky na praní koupím. Zabiju ho. Mám prášky. ");
    constexpr qsizetype BlockTokens = 15;
    const qsizetype blocks = 2 * 1024 * 1024 / block.toUtf8().size() + 1;
    const QString original = block.repeated(blocks);
    ASSERT_GE(original.toUtf8().size(), 2 * 1024 * 1024);

    const NormalisedText text(original);
    const QList<LexiconMatch> matches = matcher.match(text);
    struct Expected
    {
        const char* id;
        qsizetype firstToken;
        qsizetype endToken;
        const char* words;
    };
    const Expected perBlock[] = {{"exam", 1, 2, "zkouška"},
                                 {"washing", 7, 10, "prášky na praní"},
                                 {"kill", 11, 12, "Zabiju"},
                                 {"pills", 14, 15, "prášky"}};
    ASSERT_EQ(matches.size(), blocks * qsizetype(std::size(perBlock)));
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const LexiconMatch& match = matches.at(i);
        const Expected& expected = perBlock[i % qsizetype(std::size(perBlock))];
        const qsizetype offset = (i / qsizetype(std::size(perBlock))) * BlockTokens;
        ASSERT_EQ(match.id(), QString::fromUtf8(expected.id)) << "match " << i;
        ASSERT_EQ(match.firstToken, offset + expected.firstToken) << "match " << i;
        ASSERT_EQ(match.endToken, offset + expected.endToken) << "match " << i;
        ASSERT_EQ(original.mid(match.span.start, match.span.end - match.span.start),
                  QString::fromUtf8(expected.words))
            << "match " << i;
    }
}

// Long texts are scanned in two halves (TextAutomaton): a phrase is found exactly once
// wherever it lies, also across the middle, with the same tokens as in a short text.
TEST(LexiconMatcher, LongTextFindsEveryPhraseOnceWhereverItLies)
{
    const LexiconMatcher matcher = compile({{"whole", "crisis", {QStringLiteral("nechci uz zit")}},
                                            {"tail", "crisis", {QStringLiteral("uz zit")}},
                                            {"stem", "crisis", {QStringLiteral("zit* uplne")}}});
    const QStringList filler(120, QStringLiteral("slovo"));
    for (qsizetype at = 0; at <= filler.size(); ++at) {
        QStringList words = filler;
        words.insert(at, QStringLiteral("Nechci už žít úplně"));
        const QString original = words.join(u' ');
        const NormalisedText text(original);
        const QList<LexiconMatch> matches = matcher.match(text);
        ASSERT_EQ(matches.size(), 3) << "phrase after word " << at;
        for (const LexiconMatch& match : matches) {
            const qsizetype first = match.id() == u"whole" ? at : at + 1;
            EXPECT_EQ(match.firstToken, match.id() == u"stem" ? at + 2 : first) << at;
        }
        EXPECT_EQ(found(matcher, original),
                  list({"whole:Nechci už žít", "tail:už žít", "stem:žít úplně"}))
            << "phrase after word " << at;
    }
}
