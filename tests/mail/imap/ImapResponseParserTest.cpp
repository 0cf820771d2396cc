// The response parser on its own: the responses a client meets, literals split anywhere,
// and everything a hostile server might send refused with the right kind of error.

#include "core/mail/imap/ImapResponseParser.h"

#include <gtest/gtest.h>

using namespace kotva;

namespace {

using Parsed = std::expected<std::optional<ImapResponse>, ImapParseError>;

/// All responses in `bytes` fed at once; fails the test on a parse error.
QList<ImapResponse> parseAll(const QByteArray& bytes, ImapLimits limits = {})
{
    ImapResponseParser parser(limits);
    parser.feed(bytes);
    QList<ImapResponse> responses;
    for (;;) {
        Parsed next = parser.next();
        if (!next) {
            ADD_FAILURE() << next.error().detail.toStdString();
            break;
        }
        if (!*next)
            break;
        responses.append(**next);
    }
    EXPECT_FALSE(parser.hasPartialResponse());
    return responses;
}

/// The first error the parser reports for `bytes`, fed at once.
std::optional<ImapParseError> errorOf(const QByteArray& bytes, ImapLimits limits = {})
{
    ImapResponseParser parser(limits);
    parser.feed(bytes);
    for (;;) {
        Parsed next = parser.next();
        if (!next)
            return next.error();
        if (!*next)
            return std::nullopt;
    }
}

ImapResponse single(const QByteArray& bytes)
{
    const QList<ImapResponse> responses = parseAll(bytes);
    EXPECT_EQ(responses.size(), 1) << bytes.toStdString();
    return responses.value(0);
}

struct ValidCase
{
    const char* bytes;
    ImapResponse::Kind kind;
    const char* tag;
    ImapStatus status;
    const char* keyword;
    const char* code;
    const char* codeArgument;
    const char* text;
    std::optional<quint32> number;
    QList<QByteArray> values;
};

void PrintTo(const ValidCase& c, std::ostream* os)
{
    *os << c.bytes;
}

class ValidResponse : public ::testing::TestWithParam<ValidCase>
{};

TEST_P(ValidResponse, IsReadAsTheServerMeantIt)
{
    const ValidCase& c = GetParam();
    const ImapResponse r = single(QByteArray(c.bytes));
    EXPECT_EQ(r.kind, c.kind);
    EXPECT_EQ(r.tag, QByteArray(c.tag));
    EXPECT_EQ(r.status, c.status);
    EXPECT_EQ(r.keyword, QByteArray(c.keyword));
    EXPECT_EQ(r.code, QByteArray(c.code));
    EXPECT_EQ(r.codeArgument, QByteArray(c.codeArgument));
    EXPECT_EQ(r.text, QByteArray(c.text));
    EXPECT_EQ(r.number, c.number);
    EXPECT_EQ(r.values, c.values);
}

using K = ImapResponse::Kind;
using S = ImapStatus;

INSTANTIATE_TEST_SUITE_P(
    Rfc9051, ValidResponse,
    ::testing::Values(
        ValidCase{"* OK [UIDVALIDITY 3857529045] UIDs valid\r\n",
                  K::Untagged,
                  "",
                  S::Ok,
                  "OK",
                  "UIDVALIDITY",
                  "3857529045",
                  "UIDs valid",
                  {},
                  {}},
        ValidCase{"* OK [UIDNEXT 4392] Predicted next UID\r\n",
                  K::Untagged,
                  "",
                  S::Ok,
                  "OK",
                  "UIDNEXT",
                  "4392",
                  "Predicted next UID",
                  {},
                  {}},
        ValidCase{"* 172 EXISTS\r\n", K::Untagged, "", S::None, "EXISTS", "", "", "", 172, {}},
        ValidCase{"* 3 expunge\r\n", K::Untagged, "", S::None, "EXPUNGE", "", "", "", 3, {}},
        ValidCase{"* SEARCH 2 84 882\r\n",
                  K::Untagged,
                  "",
                  S::None,
                  "SEARCH",
                  "",
                  "",
                  "",
                  {},
                  {"2", "84", "882"}},
        ValidCase{"* SEARCH\r\n", K::Untagged, "", S::None, "SEARCH", "", "", "", {}, {}},
        ValidCase{"* SEARCH 5 \r\n", K::Untagged, "", S::None, "SEARCH", "", "", "", {}, {"5"}},
        ValidCase{"A001 OK [READ-WRITE] SELECT completed\r\n",
                  K::Tagged,
                  "A001",
                  S::Ok,
                  "OK",
                  "READ-WRITE",
                  "",
                  "SELECT completed",
                  {},
                  {}},
        ValidCase{"a2 no [AUTHENTICATIONFAILED] Authentication failed.\r\n",
                  K::Tagged,
                  "a2",
                  S::No,
                  "NO",
                  "AUTHENTICATIONFAILED",
                  "",
                  "Authentication failed.",
                  {},
                  {}},
        ValidCase{"K0003 BAD Error in IMAP command: Unknown command.\r\n",
                  K::Tagged,
                  "K0003",
                  S::Bad,
                  "BAD",
                  "",
                  "",
                  "Error in IMAP command: Unknown command.",
                  {},
                  {}},
        ValidCase{"K1 OK\r\n", K::Tagged, "K1", S::Ok, "OK", "", "", "", {}, {}},
        ValidCase{"+ \r\n", K::Continuation, "", S::None, "", "", "", "", {}, {}},
        ValidCase{"+\r\n", K::Continuation, "", S::None, "", "", "", "", {}, {}},
        ValidCase{"+ YGgGCSqGSIb3EgECAgIBAAD\r\n",
                  K::Continuation,
                  "",
                  S::None,
                  "",
                  "",
                  "",
                  "YGgGCSqGSIb3EgECAgIBAAD",
                  {},
                  {}},
        ValidCase{"* BYE Autologout; idle for too long\r\n",
                  K::Untagged,
                  "",
                  S::Bye,
                  "BYE",
                  "",
                  "",
                  "Autologout; idle for too long",
                  {},
                  {}},
        ValidCase{"* PREAUTH IMAP4rev2 server logged in as Smith\r\n",
                  K::Untagged,
                  "",
                  S::PreAuth,
                  "PREAUTH",
                  "",
                  "",
                  "IMAP4rev2 server logged in as Smith",
                  {},
                  {}},
        ValidCase{"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot (Debian) ready.\r\n",
                  K::Untagged,
                  "",
                  S::Ok,
                  "OK",
                  "CAPABILITY",
                  "IMAP4rev1 SASL-IR AUTH=PLAIN",
                  "Dovecot (Debian) ready.",
                  {},
                  {}},
        ValidCase{"* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Flags permitted.\r\n",
                  K::Untagged,
                  "",
                  S::Ok,
                  "OK",
                  "PERMANENTFLAGS",
                  "(\\Deleted \\Seen \\*)",
                  "Flags permitted.",
                  {},
                  {}},
        ValidCase{"* CAPABILITY IMAP4rev1 MOVE UIDPLUS\r\n",
                  K::Untagged,
                  "",
                  S::None,
                  "CAPABILITY",
                  "",
                  "",
                  "",
                  {},
                  {"IMAP4rev1", "MOVE", "UIDPLUS"}},
        ValidCase{"* LIST (\\HasNoChildren) \".\" \"Archiv\"\r\n",
                  K::Untagged,
                  "",
                  S::None,
                  "LIST",
                  "",
                  "",
                  "",
                  {},
                  {".", "Archiv"}},
        ValidCase{"* LIST () \"/\" {6}\r\nfoo\"\\x\r\n",
                  K::Untagged,
                  "",
                  S::None,
                  "LIST",
                  "",
                  "",
                  "",
                  {},
                  {"/", "foo\"\\x"}},
        ValidCase{"* LIST () \".\" \"say \\\"hi\\\" \\\\ there\"\r\n",
                  K::Untagged,
                  "",
                  S::None,
                  "LIST",
                  "",
                  "",
                  "",
                  {},
                  {".", "say \"hi\" \\ there"}},
        ValidCase{"* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n",
                  K::Untagged,
                  "",
                  S::None,
                  "FLAGS",
                  "",
                  "",
                  "",
                  {},
                  {}},
        ValidCase{"* OK\r\n", K::Untagged, "", S::Ok, "OK", "", "", "", {}, {}},
        ValidCase{"* ENABLED\r\n", K::Untagged, "", S::None, "ENABLED", "", "", "", {}, {}}));

TEST(ImapResponseParser, FetchWithLiteralBodyKeepsTheBytesExactly)
{
    const QByteArray body = "Subject: =?UTF-8?Q?P=C5=99=C3=ADli=C5=A1?=\r\n\r\n{5}\r\n) \"x\r\n";
    const QByteArray bytes = "* 12 FETCH (UID 4827 RFC822.SIZE " + QByteArray::number(body.size()) +
                             " BODY[] {" + QByteArray::number(body.size()) + "}\r\n" + body +
                             ")\r\n";
    const ImapResponse r = single(bytes);
    EXPECT_EQ(r.keyword, "FETCH");
    EXPECT_EQ(r.number, 12u);
    EXPECT_EQ(r.fetch.uid, 4827u);
    EXPECT_EQ(r.fetch.size, quint64(body.size()));
    ASSERT_TRUE(r.fetch.body.has_value());
    EXPECT_EQ(*r.fetch.body, body);
}

TEST(ImapResponseParser, FetchReadsQuotedAndNilBodiesFlagsAndSkipsOtherItems)
{
    const ImapResponse quoted =
        single("* 1 FETCH (FLAGS (\\Seen $Junk) UID 7 BODY[] \"a \\\"b\\\"\")\r\n");
    EXPECT_EQ(quoted.fetch.uid, 7u);
    EXPECT_EQ(quoted.fetch.body, QByteArray("a \"b\""));
    EXPECT_EQ(quoted.fetch.flags, (QList<QByteArray>{"\\Seen", "$Junk"}));

    const ImapResponse nil = single("* 2 FETCH (UID 8 BODY[] NIL)\r\n");
    EXPECT_EQ(nil.fetch.body, QByteArray());

    const ImapResponse other =
        single("* 3 FETCH (ENVELOPE (\"date\" \"subj\" ((NIL NIL \"a\" \"b.cz\")) NIL) "
               "BODY[HEADER.FIELDS (FROM TO)] {11}\r\nFrom: x\r\n\r\n INTERNALDATE \"17-Jul-1996 "
               "02:44:25 -0700\" UID 9)\r\n");
    EXPECT_EQ(other.fetch.uid, 9u);
    EXPECT_FALSE(other.fetch.body.has_value());

    const ImapResponse flagsOnly = single("* 4 FETCH (FLAGS ())\r\n");
    EXPECT_EQ(flagsOnly.fetch.flags, QList<QByteArray>());
    EXPECT_FALSE(flagsOnly.fetch.uid.has_value());
}

// When the server received the message: the deadline counts from it, not from the sender's
// Date header.
TEST(ImapResponseParser, FetchReadsTheInternalDateAsUtcAndIgnoresAMalformedOne)
{
    const ImapResponse r =
        single("* 5 FETCH (UID 10 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" BODY[] \"x\")\r\n");
    ASSERT_TRUE(r.fetch.internalDate.has_value());
    EXPECT_EQ(*r.fetch.internalDate, QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), Qt::UTC));

    // Dovecot pads a one-digit day with a space.
    const ImapResponse padded =
        single("* 6 FETCH (UID 11 INTERNALDATE \" 7-Dec-2026 09:30:00 +0100\")\r\n");
    ASSERT_TRUE(padded.fetch.internalDate.has_value());
    EXPECT_EQ(*padded.fetch.internalDate, QDateTime(QDate(2026, 12, 7), QTime(8, 30), Qt::UTC));

    for (const QByteArray& bad :
         {QByteArray("\"yesterday\""), QByteArray("\"31-Feb-2026 10:00:00 +0000\""),
          QByteArray("\"07-Dec-2026 25:00:00 +0000\""),
          QByteArray("\"07-Dec-2026 10:00:00 CET\"")}) {
        const ImapResponse ignored = single("* 7 FETCH (UID 12 INTERNALDATE " + bad + ")\r\n");
        EXPECT_EQ(ignored.fetch.uid, 12u) << bad.constData();
        EXPECT_FALSE(ignored.fetch.internalDate.has_value()) << bad.constData();
    }
}

TEST(ImapResponseParser, ReadsADovecotSessionInOrder)
{
    const QList<ImapResponse> responses = parseAll(
        "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot (Debian) ready.\r\n"
        "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
        "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags "
        "permitted.\r\n"
        "* 3 EXISTS\r\n* 0 RECENT\r\n"
        "* OK [UIDVALIDITY 1764999999] UIDs valid\r\n* OK [UIDNEXT 4] Predicted next UID\r\n"
        "K0002 OK [READ-WRITE] Select completed (0.002 + 0.000 secs).\r\n");
    ASSERT_EQ(responses.size(), 8);
    EXPECT_EQ(responses[3].number, 3u);
    EXPECT_EQ(responses[5].codeArgument, "1764999999");
    EXPECT_EQ(responses[7].tag, "K0002");
}

// The transcript with a literal, fed in two pieces split at every byte, and byte by byte:
// the result never depends on how the network cut it.
TEST(ImapResponseParser, LiteralsSplitAtAnyByteGiveTheSameResponses)
{
    const QByteArray body = "Subject: ahoj\r\n\r\nDobr\xc3\xbd den,\r\n{3}\r\nabc\r\n";
    const QByteArray bytes = "* 1 FETCH (UID 5 BODY[] {" + QByteArray::number(body.size()) +
                             "}\r\n" + body + ")\r\nK1 OK Fetch completed.\r\n";
    for (qsizetype split = 0; split <= bytes.size(); ++split) {
        ImapResponseParser parser;
        QList<ImapResponse> responses;
        for (const QByteArray& part : {bytes.first(split), bytes.sliced(split)}) {
            parser.feed(part);
            for (Parsed next = parser.next(); next && *next; next = parser.next())
                responses.append(**next);
        }
        ASSERT_EQ(responses.size(), 2) << "split at " << split;
        EXPECT_EQ(responses[0].fetch.body, body) << "split at " << split;
        EXPECT_EQ(responses[1].tag, "K1");
    }
    ImapResponseParser parser;
    int count = 0;
    for (const char c : bytes) {
        parser.feed(QByteArrayView(&c, 1));
        for (Parsed next = parser.next(); next && *next; next = parser.next())
            ++count;
    }
    EXPECT_EQ(count, 2);
}

TEST(ImapResponseParser, AShortLiteralWaitsAndLeavesAPartialResponse)
{
    ImapResponseParser parser;
    parser.feed("* 1 FETCH (UID 1 BODY[] {1000000}\r\n0123456789");
    Parsed next = parser.next();
    ASSERT_TRUE(next.has_value());
    EXPECT_FALSE(next->has_value());
    // The connection closing now is the lie: ImapConnection reports it as a Protocol error.
    EXPECT_TRUE(parser.hasPartialResponse());
}

struct InvalidCase
{
    const char* name;
    QByteArray bytes;
    ImapParseError::Kind kind;
};

void PrintTo(const InvalidCase& c, std::ostream* os)
{
    *os << c.name;
}

class InvalidResponse : public ::testing::TestWithParam<InvalidCase>
{};

// Small limits, so the table stays readable.
constexpr ImapLimits SmallLimits{1024, 4096, 8192};

TEST_P(InvalidResponse, IsRefusedWithTheRightKindOfError)
{
    const InvalidCase& c = GetParam();
    const std::optional<ImapParseError> error = errorOf(c.bytes, SmallLimits);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, c.kind) << error->detail.toStdString();
    EXPECT_FALSE(error->detail.isEmpty());
}

using E = ImapParseError::Kind;

INSTANTIATE_TEST_SUITE_P(
    Hostile, InvalidResponse,
    ::testing::Values(
        InvalidCase{"NotImap", "HELLO this is not IMAP\r\n", E::Grammar},
        InvalidCase{"EmptyLine", "\r\n", E::Grammar},
        InvalidCase{"BareLf", "* OK hi\n", E::Grammar},
        InvalidCase{"TaggedWithoutStatus", "A1 MAYBE done\r\n", E::Grammar},
        InvalidCase{"FetchUidNotANumber", "* 12 FETCH (UID x)\r\n", E::Grammar},
        InvalidCase{"FetchUnclosed", "* 12 FETCH (UID 1\r\n", E::Grammar},
        InvalidCase{"SearchNotANumber", "* SEARCH 1 a\r\n", E::Grammar},
        InvalidCase{"NumberOverflow", "* 99999999999 EXISTS\r\n", E::Grammar},
        InvalidCase{"UidOverflow", "* 1 FETCH (UID 4294967296)\r\n", E::Grammar},
        InvalidCase{"CodeUnclosed", "* OK [UIDVALIDITY 1 no close\r\n", E::Grammar},
        InvalidCase{"QuoteUnterminated", "* LIST () \".\" \"unterminated\r\n", E::Grammar},
        InvalidCase{"BadEscape", "* LIST () \".\" \"bad \\x escape\"\r\n", E::Grammar},
        InvalidCase{"DataAfterLiteral", "* 1 FETCH (BODY[] {3}\r\nabcdef)\r\n", E::Grammar},
        InvalidCase{"LiteralInText", "* OK hello {3}\r\nabc\r\n", E::Grammar},
        InvalidCase{"TooDeep", "* X " + QByteArray(100, '(') + QByteArray(100, ')') + "\r\n",
                    E::Grammar},
        InvalidCase{"BodyNotAString", "* 1 FETCH (BODY[] (a))\r\n", E::Grammar},
        InvalidCase{"EndlessLine", "* OK " + QByteArray(2000, 'A'), E::LineTooLong},
        InvalidCase{"LongCompleteLine", "* OK " + QByteArray(2000, 'A') + "\r\n", E::LineTooLong},
        InvalidCase{"LiteralOverLimit", "* 1 FETCH (BODY[] {4097}\r\n", E::LiteralTooLarge},
        InvalidCase{"LiteralOf25Digits", "* 1 FETCH (BODY[] {1234567890123456789012345}\r\n",
                    E::LiteralTooLarge},
        InvalidCase{"ResponseOverLimit",
                    "* 1 FETCH (BODY[] {4000}\r\n" + QByteArray(4000, 'x') + " BODY[1] {4000}\r\n" +
                        QByteArray(4000, 'y') + " BODY[2] {4000}\r\n",
                    E::ResponseTooLarge}),
    [](const ::testing::TestParamInfo<InvalidCase>& param) {
        return std::string(param.param.name);
    });

TEST(ImapResponseParser, AnEndlessLineIsRefusedBeforeItEnds)
{
    ImapResponseParser parser(SmallLimits);
    parser.feed("* OK ");
    for (int i = 0; i < 10; ++i) {
        parser.feed(QByteArray(200, 'A'));
        Parsed next = parser.next();
        if (!next) {
            EXPECT_EQ(next.error().kind, ImapParseError::Kind::LineTooLong);
            EXPECT_GE(i, 4); // 1024 bytes is about five pieces of 200
            return;
        }
    }
    FAIL() << "a line of 2 KB without CRLF was not refused";
}

TEST(ImapResponseParser, StaysFailedAfterAnError)
{
    ImapResponseParser parser;
    parser.feed("garbage\r\n");
    EXPECT_FALSE(parser.next().has_value());
    parser.feed("* 1 EXISTS\r\n");
    EXPECT_FALSE(parser.next().has_value());
}

TEST(ImapResponseParser, DefaultLimitsAllowA64KiBLineAndA30MiBLiteral)
{
    const ImapLimits defaults;
    EXPECT_EQ(defaults.maxLineBytes, 64 * 1024);
    EXPECT_EQ(defaults.maxLiteralBytes, 30 * 1024 * 1024);
    // A 64 KiB line that ends is fine; one byte more is not.
    const QByteArray fits = "* OK " + QByteArray(64 * 1024 - 6, 'a') + "\r\n";
    EXPECT_EQ(parseAll(fits).size(), 1);
    const QByteArray tooLong = "* OK " + QByteArray(64 * 1024 - 5, 'a') + "\r\n";
    EXPECT_EQ(errorOf(tooLong)->kind, ImapParseError::Kind::LineTooLong);
    EXPECT_EQ(errorOf("* 1 FETCH (BODY[] {31457281}\r\n")->kind,
              ImapParseError::Kind::LiteralTooLarge);
}

TEST(ImapResponseParser, AMessageOf5MiBArrivingInPiecesIsTakenWhole)
{
    QByteArray body(5 * 1024 * 1024, 'z');
    for (qsizetype i = 0; i < body.size(); i += 77)
        body[i] = '\n';
    const QByteArray bytes =
        "* 1 FETCH (UID 1 BODY[] {" + QByteArray::number(body.size()) + "}\r\n" + body + ")\r\n";
    ImapResponseParser parser;
    std::optional<ImapResponse> response;
    for (qsizetype at = 0; at < bytes.size(); at += 16384) {
        parser.feed(
            QByteArrayView(bytes).sliced(at, std::min<qsizetype>(16384, bytes.size() - at)));
        Parsed next = parser.next();
        ASSERT_TRUE(next.has_value());
        if (*next)
            response = **next;
    }
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->fetch.body, body);
}

} // namespace
