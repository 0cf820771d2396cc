#include "ui/workspace/ContactFilterModel.h"
#include "ui/workspace/ContactListModel.h"
#include "ui/workspace/RecentTurnsFilter.h"
#include "ui/workspace/TurnModel.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

const QDateTime Base(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());

Contact contact(ContactId id, const QString& pseudonym, Channel channel, int minutes,
                ContactState state = ContactState::Open)
{
    Contact c;
    c.id = id;
    c.reference = QStringLiteral("K-%1").arg(id);
    c.pseudonym = pseudonym;
    c.channel = channel;
    c.state = state;
    c.createdAtUtc = Base;
    c.lastActivityUtc = Base.addSecs(minutes * 60);
    c.contract = {{ContractWish::JustBeHeard, Base}};
    c.recordExpiresAtUtc = Base.addYears(1);
    return c;
}

QStringList pseudonyms(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, ContactListModel::PseudonymColumn).data().toString();
    return names;
}

TEST(ContactListModel, KeepsNewestActivityFirstThroughEveryChange)
{
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContacts({contact(1, QStringLiteral("Jana"), Channel::Chat, 10),
                       contact(2, QStringLiteral("Modrá"), Channel::Phone, 30),
                       contact(3, QStringLiteral("Petr"), Channel::Email, 20)});
    EXPECT_EQ(pseudonyms(model), (QStringList{QStringLiteral("Modrá"), QStringLiteral("Petr"),
                                              QStringLiteral("Jana")}));

    // Jana writes again: she moves to the top.
    model.upsert(contact(1, QStringLiteral("Jana"), Channel::Chat, 40));
    EXPECT_EQ(pseudonyms(model), (QStringList{QStringLiteral("Jana"), QStringLiteral("Modrá"),
                                              QStringLiteral("Petr")}));
    // A change that keeps the order (closing Modrá) updates in place.
    model.upsert(contact(2, QStringLiteral("Modrá"), Channel::Phone, 30, ContactState::Closed));
    EXPECT_EQ(model.contactAt(1).state, ContactState::Closed);
    // A new contact goes where its activity puts it.
    model.upsert(contact(4, QStringLiteral("Eva"), Channel::InPerson, 25));
    EXPECT_EQ(pseudonyms(model), (QStringList{QStringLiteral("Jana"), QStringLiteral("Modrá"),
                                              QStringLiteral("Eva"), QStringLiteral("Petr")}));
    EXPECT_EQ(model.rowOf(4), 2);
    model.remove(2);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOf(2), -1);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ContactListModel, ShowsChannelStateAndWhenTheTextExpires)
{
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Contact withText = contact(1, QStringLiteral("Jana"), Channel::Phone, 0);
    withText.textExpiresAtUtc = Base.addDays(30);
    model.setContacts({withText, contact(2, QStringLiteral("Eva"), Channel::Chat, -5)});
    EXPECT_EQ(model.index(0, ContactListModel::ChannelColumn).data().toString(),
              channelLabel(Channel::Phone));
    EXPECT_EQ(model.index(0, ContactListModel::StateColumn).data().toString(),
              contactStateLabel(ContactState::Open));
    EXPECT_EQ(model.index(0, ContactListModel::TextExpiresColumn)
                  .data(ContactListModel::TextExpiresRole)
                  .toDateTime(),
              Base.addDays(30));
    EXPECT_FALSE(model.index(0, ContactListModel::TextExpiresColumn).data().toString().isEmpty());
    EXPECT_FALSE(model.index(1, ContactListModel::TextExpiresColumn).data().toString().isEmpty());
    EXPECT_EQ(model.headerData(ContactListModel::TextExpiresColumn, Qt::Horizontal, Qt::DisplayRole)
                  .toString(),
              QStringLiteral("Text expires"));
}

TEST(ContactFilterModel, FiltersByChannelAndState)
{
    ContactListModel model;
    ContactFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setContacts(
        {contact(1, QStringLiteral("Jana"), Channel::Chat, 10),
         contact(2, QStringLiteral("Modrá"), Channel::Phone, 30, ContactState::Closed),
         contact(3, QStringLiteral("Petr"), Channel::Chat, 20, ContactState::Closed)});
    filter.setFilter({Channel::Chat, std::nullopt});
    EXPECT_EQ(pseudonyms(filter), (QStringList{QStringLiteral("Petr"), QStringLiteral("Jana")}));
    filter.setFilter({Channel::Chat, ContactState::Closed});
    EXPECT_EQ(pseudonyms(filter), QStringList{QStringLiteral("Petr")});
    filter.setFilter({std::nullopt, ContactState::Open});
    EXPECT_EQ(pseudonyms(filter), QStringList{QStringLiteral("Jana")});
    // A change in the source shows through the filter.
    model.upsert(contact(4, QStringLiteral("Eva"), Channel::Group, 50));
    EXPECT_EQ(pseudonyms(filter), (QStringList{QStringLiteral("Eva"), QStringLiteral("Jana")}));
    filter.setFilter({});
    EXPECT_EQ(filter.rowCount(), 4);
}

Turn turn(TurnId id, Author author, const QString& text)
{
    Turn t;
    t.id = id;
    t.contactId = 1;
    t.author = author;
    t.text = text;
    t.createdAtUtc = Base.addSecs(id * 60);
    return t;
}

TEST(TurnModel, AppendsSavedTurnsAndTellsClientFromWorker)
{
    TurnModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Turn client = turn(1, Author::Client, QStringLiteral("Volejte mi na [telefon]."));
    client.redactedKinds = {PiiKind::Phone};
    client.risk = RiskLevel::Concern;
    client.signalKinds = {SignalKind::Hopelessness};
    model.setTurns({client});
    Turn reply = turn(2, Author::Worker, QStringLiteral("Jsem tady."));
    reply.boundaryRules = {BoundaryRule::Diagnosis};
    reply.sentDespiteBoundary = true;
    model.append(reply);
    Turn expired = turn(3, Author::Client, QString());
    expired.textExpired = true;
    model.append(expired);

    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.turnAt(1).id, 2);
    EXPECT_EQ(model.index(0).data(TurnModel::AuthorRole).toInt(), int(Author::Client));
    EXPECT_EQ(model.index(1).data(TurnModel::AuthorRole).toInt(), int(Author::Worker));
    EXPECT_NE(model.index(0).data(Qt::TextAlignmentRole),
              model.index(1).data(Qt::TextAlignmentRole));
    const QString first = model.index(0).data().toString();
    EXPECT_TRUE(first.startsWith(QStringLiteral("Client"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("removed: phone number"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("concern"))) << first.toStdString();
    const QString second = model.index(1).data().toString();
    EXPECT_TRUE(second.startsWith(QStringLiteral("Me"))) << second.toStdString();
    EXPECT_TRUE(second.contains(QStringLiteral("boundary: diagnosis"))) << second.toStdString();
    EXPECT_TRUE(model.index(1).data(TurnModel::SentDespiteBoundaryRole).toBool());
    EXPECT_TRUE(model.index(2).data().toString().contains(QStringLiteral("text expired")));
    EXPECT_TRUE(model.index(2).data(TurnModel::TextExpiredRole).toBool());
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace kotva

namespace kotva {
namespace {

TEST(RecentTurnsFilter, ShowsTheNewestPageAndOlderOnesOnRequest)
{
    TurnModel model;
    RecentTurnsFilter recent;
    recent.setSourceModel(&model);
    QAbstractItemModelTester tester(&recent, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Turn> turns;
    for (int i = 1; i <= 450; ++i)
        turns << turn(i, i % 2 ? Author::Client : Author::Worker, QStringLiteral("t%1").arg(i));
    model.setTurns(turns);
    ASSERT_EQ(recent.rowCount(), RecentTurnsFilter::PageSize);
    EXPECT_EQ(recent.hiddenCount(), 250);
    EXPECT_EQ(recent.index(recent.rowCount() - 1, 0).data(TurnModel::TextRole).toString(),
              QStringLiteral("t450"));
    // A saved turn always shows.
    model.append(turn(451, Author::Worker, QStringLiteral("t451")));
    EXPECT_EQ(recent.rowCount(), RecentTurnsFilter::PageSize + 1);
    recent.showEarlier();
    EXPECT_EQ(recent.hiddenCount(), 50);
    recent.showEarlier();
    EXPECT_EQ(recent.hiddenCount(), 0);
    EXPECT_EQ(recent.rowCount(), 451);
    EXPECT_EQ(recent.index(0, 0).data(TurnModel::TextRole).toString(), QStringLiteral("t1"));
    // Another contact: back to its newest page.
    model.setTurns(turns.mid(0, 10));
    EXPECT_EQ(recent.rowCount(), 10);
    EXPECT_EQ(recent.hiddenCount(), 0);
}

} // namespace
} // namespace kotva
