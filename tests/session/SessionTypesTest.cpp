#include "core/session/SessionTypes.h"

#include "core/session/ContactReference.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace kotva;

TEST(SessionTypes, StableNamesRoundTripAndEveryValueHasALabel)
{
    QSet<QString> names;
    for (const Channel channel : allChannels()) {
        EXPECT_EQ(channelFromName(channelName(channel)), channel);
        EXPECT_FALSE(channelLabel(channel).isEmpty());
        names.insert(channelName(channel));
    }
    EXPECT_EQ(names.size(), 6);
    names.clear();
    for (const ContractWish wish : allContractWishes()) {
        EXPECT_EQ(contractWishFromName(contractWishName(wish)), wish);
        EXPECT_FALSE(contractWishLabel(wish).isEmpty());
        names.insert(contractWishName(wish));
    }
    EXPECT_EQ(names.size(), 6);
    for (const ContactState state : {ContactState::Open, ContactState::Closed}) {
        EXPECT_EQ(contactStateFromName(contactStateName(state)), state);
        EXPECT_FALSE(contactStateLabel(state).isEmpty());
    }
    EXPECT_EQ(channelName(Channel::InPerson), QStringLiteral("in_person"));
    EXPECT_EQ(contractWishName(ContractWish::JustBeHeard), QStringLiteral("just_be_heard"));
    EXPECT_FALSE(channelFromName(QStringLiteral("fax")));
    EXPECT_FALSE(contractWishFromName(QString()));
}

TEST(ContactReference, RandomShortCodesInAnAlphabetThatIsHardToMisread)
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString reference = ContactReference::generate();
        EXPECT_EQ(reference.size(), 6);
        EXPECT_TRUE(reference.startsWith(QStringLiteral("K-")));
        EXPECT_TRUE(ContactReference::isWellFormed(reference)) << qPrintable(reference);
        for (const QChar c : {u'I', u'L', u'O', u'U'})
            EXPECT_FALSE(reference.mid(2).contains(c));
        seen.insert(reference);
    }
    EXPECT_GT(seen.size(), 190); // random, not a counter
    EXPECT_TRUE(ContactReference::isWellFormed(ContactReference::generate(6)));
    for (const char* bad : {"", "K-", "K-4F7", "K-4F7QQ", "k-4f7q", "K-4O7Q", "Jana", "X-4F7Q"})
        EXPECT_FALSE(ContactReference::isWellFormed(QString::fromUtf8(bad))) << bad;
}
