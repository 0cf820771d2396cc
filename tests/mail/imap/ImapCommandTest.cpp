// What the client writes: quoted strings that cannot break out of the command, folder names
// in modified UTF-7, the SASL PLAIN response.

#include "core/mail/imap/ImapCommand.h"

#include <gtest/gtest.h>

using namespace kotva;

namespace {

TEST(ImapCommand, QuotesAndEscapes)
{
    EXPECT_EQ(imapcommand::quoted("poradna"), QByteArray("\"poradna\""));
    EXPECT_EQ(imapcommand::quoted("a\"b\\c d"), QByteArray("\"a\\\"b\\\\c d\""));
    EXPECT_EQ(imapcommand::quoted(""), QByteArray("\"\""));
}

TEST(ImapCommand, RefusesWhatCouldEndTheCommandOrIsNot7Bit)
{
    EXPECT_FALSE(imapcommand::quoted("x\r\nA2 DELETE INBOX").has_value());
    EXPECT_FALSE(imapcommand::quoted(QByteArrayView("a\0b", 3)).has_value());
    EXPECT_FALSE(imapcommand::quoted("heslo\xc5\x99").has_value());
}

TEST(ImapCommand, FolderNamesInModifiedUtf7)
{
    EXPECT_EQ(imapcommand::mailbox(QStringLiteral("INBOX")), QByteArray("\"INBOX\""));
    EXPECT_EQ(imapcommand::mailbox(QStringLiteral("Archiv")), QByteArray("\"Archiv\""));
    EXPECT_EQ(imapcommand::mailbox(QStringLiteral("A&B")), QByteArray("\"A&-B\""));
    // RFC 3501's own example, and a Czech one.
    EXPECT_EQ(imapcommand::mailbox(QString::fromUtf8(
                  "~peter/mail/\xe5\x8f\xb0\xe5\x8c\x97/\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")),
              QByteArray("\"~peter/mail/&U,BTFw-/&ZeVnLIqe-\""));
    EXPECT_EQ(imapcommand::mailbox(QString::fromUtf8("Vy\xc5\x99\xc3\xadzen\xc3\xa9")),
              QByteArray("\"Vy&AVkA7Q-zen&AOk-\""));
}

TEST(ImapCommand, SaslPlain)
{
    EXPECT_EQ(QByteArray::fromBase64(imapcommand::saslPlain("user", "pass word")),
              QByteArray("\0user\0pass word", 15));
}

} // namespace
