// Private notes are sealed (issue 15): a member's private notes are sealed with a key only
// their key slot gives, so another member, the team lead included, cannot read them even with
// the vault open: every row of every table is read to show it.

#include "TeamTestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace kotva::test {
namespace {

const QString kPrivate = QStringLiteral("Soukromě: po rozhovoru s Evou jsem byla úplně vyčerpaná.");
const QString kShared = QStringLiteral("Pro tým: jak odmítnout schůzku mimo službu.");

/// Every value of every table of the open vault, as text and as bytes: what someone who
/// opened the vault could read in it.
QString everythingInTheVault(Vault& vault)
{
    QStringList tables;
    QSqlQuery list(vault.database());
    EXPECT_TRUE(list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    while (list.next())
        tables << list.value(0).toString();
    EXPECT_TRUE(tables.contains(QStringLiteral("supervision_notes")));
    QString all;
    for (const QString& table : tables) {
        QSqlQuery rows(vault.database());
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                all += rows.value(i).toString() + QString::fromUtf8(rows.value(i).toByteArray());
        }
    }
    return all;
}

SupervisionNote note(const QString& text, SharingLevel sharing)
{
    SupervisionNote note;
    note.text = text;
    note.sharing = sharing;
    return note;
}

class TeamNotes : public TeamVault
{
protected:
    void SetUp() override
    {
        TeamVault::SetUp();
        jana = addMember("JN", Role::PeerWorker, "a first passphrase for Jana");
        unlockAs(jana, "a first passphrase for Jana");
        const auto saved = session->supervision().save(note(kPrivate, SharingLevel::Private));
        ASSERT_TRUE(saved.has_value()) << saved.error().toString().toStdString();
        privateId = saved->id;
        EXPECT_EQ(saved->text, kPrivate);
        ASSERT_TRUE(
            session->supervision().save(note(kShared, SharingLevel::TeamSupervision)).has_value());
    }

    QString jana;
    NoteId privateId = 0;
};

TEST_F(TeamNotes, TheAuthorReadsTheirPrivateNote)
{
    unlockAs(jana, "a first passphrase for Jana");
    const auto notes = session->supervision().notes(SharingLevel::Private);
    ASSERT_TRUE(notes.has_value());
    ASSERT_EQ(notes->size(), 1);
    EXPECT_EQ(notes->first().text, kPrivate);
}

TEST_F(TeamNotes, TheTeamLeadCannotReadAPrivateNoteEvenWithTheVaultOpen)
{
    unlockAs(leadId, leadPassphrase);
    const auto notes = session->supervision().notes();
    ASSERT_TRUE(notes.has_value());
    EXPECT_TRUE(notes->isEmpty()) << "another member's notes are not the lead's";
    const QString everything = everythingInTheVault(*vault());
    EXPECT_FALSE(everything.contains(QStringLiteral("vyčerpaná")));
    // What the author shared for team supervision is the team's to read.
    EXPECT_TRUE(everything.contains(QStringLiteral("odmítnout schůzku")));
    const auto agenda = session->agenda().month(m_clock.nowUtc().date());
    ASSERT_TRUE(agenda.has_value());
    ASSERT_EQ(agenda->items.size(), 1);
    EXPECT_EQ(agenda->items.first().text, kShared);
}

TEST_F(TeamNotes, AnotherMemberCannotChangeOrDeleteANoteThatIsNotTheirs)
{
    unlockAs(leadId, leadPassphrase);
    SupervisionNote changed = note(QStringLiteral("přepsáno"), SharingLevel::TeamSupervision);
    changed.id = privateId;
    EXPECT_EQ(session->supervision().save(changed).error().code, ErrorCode::NotFound);
    EXPECT_EQ(session->supervision().remove(privateId).error().code, ErrorCode::NotFound);
    unlockAs(jana, "a first passphrase for Jana");
    EXPECT_EQ(session->supervision().notes(SharingLevel::Private)->first().text, kPrivate);
}

TEST_F(TeamNotes, AfterAResetThePrivateNotesStaySealedForGood)
{
    unlockAs(leadId, leadPassphrase);
    ASSERT_TRUE(session->team().resetPassphrase(jana, text("a new first one for Jana")));
    unlockAs(jana, "a new first one for Jana");
    const auto notes = session->supervision().notes(SharingLevel::Private);
    ASSERT_TRUE(notes.has_value());
    ASSERT_EQ(notes->size(), 1);
    EXPECT_NE(notes->first().text, kPrivate);
    EXPECT_FALSE(notes->first().text.isEmpty()) << "the note says why it cannot be read";
    // The note shared for team supervision is not sealed: it stays readable.
    EXPECT_EQ(session->supervision().notes(SharingLevel::TeamSupervision)->first().text, kShared);
}

TEST_F(TeamNotes, TheAgendaNamesWhoSharedANoteUnlessTheyChoseToStayAnonymous)
{
    SupervisionNote anonymous = note(QStringLiteral("Pro tým, bez jména: klient mi volá v noci."),
                                     SharingLevel::TeamSupervision);
    anonymous.anonymousOnAgenda = true;
    ASSERT_TRUE(session->supervision().save(anonymous).has_value());
    unlockAs(leadId, leadPassphrase);
    const auto agenda = session->agenda().month(m_clock.nowUtc().date());
    ASSERT_TRUE(agenda.has_value());
    ASSERT_EQ(agenda->items.size(), 2);
    for (const AgendaItem& item : agenda->items) {
        if (item.text == kShared) {
            EXPECT_EQ(item.author, QStringLiteral("JN"));
            EXPECT_FALSE(item.anonymous);
        } else {
            EXPECT_TRUE(item.author.isEmpty()) << "the author chose to stay anonymous";
            EXPECT_TRUE(item.anonymous);
        }
    }
}

TEST_F(TeamNotes, TheTeamLeadReadsWhatWasSharedForIndividualSupervisionAndTheLogSaysWho)
{
    const QString individual = QStringLiteral("Na individuální: nevím, kde je hranice u K-4F7Q.");
    const auto shared =
        session->supervision().save(note(individual, SharingLevel::IndividualSupervision));
    ASSERT_TRUE(shared.has_value());
    // A peer worker reads no one else's notes.
    EXPECT_EQ(session->individualSupervision().sharedNotes().error().code, ErrorCode::NotPermitted);

    unlockAs(leadId, leadPassphrase);
    const auto headings = session->individualSupervision().sharedNotes();
    ASSERT_TRUE(headings.has_value()) << headings.error().toString().toStdString();
    ASSERT_EQ(headings->size(), 1) << "neither the private nor the team note is on the list";
    EXPECT_EQ(headings->first().author, QStringLiteral("JN"));
    const auto opened = session->individualSupervision().open(headings->first().id);
    ASSERT_TRUE(opened.has_value());
    EXPECT_EQ(opened->text, individual);
    EXPECT_EQ(session->individualSupervision().open(privateId).error().code, ErrorCode::NotFound)
        << "a private note is not opened this way either";

    const auto log = session->accessLog().entries();
    ASSERT_TRUE(log.has_value());
    const auto openedEntry = std::find_if(log->cbegin(), log->cend(), [](const AccessEntry& e) {
        return e.action == AccessAction::OpenedSharedNote;
    });
    ASSERT_NE(openedEntry, log->cend());
    EXPECT_EQ(openedEntry->member, QStringLiteral("EK"));
    EXPECT_EQ(openedEntry->detail, QStringLiteral("JN"));
    EXPECT_EQ(std::count_if(
                  log->cbegin(), log->cend(),
                  [](const AccessEntry& e) { return e.action == AccessAction::OpenedSharedNote; }),
              1)
        << "listing the notes opens none";
}

TEST(TeamFounding, TheOnePersonsPrivateNotesAreSealedForTheFounder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.vault"));
    FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};
    const VaultKey key = VaultKey::generateRaw();
    {
        auto vault = Vault::create(path, key, clock);
        ASSERT_TRUE(vault.has_value());
        VaultSession one(**vault, builtInAnalyzer(), clock);
        ASSERT_TRUE(one.supervision().save(note(kPrivate, SharingLevel::Private)).has_value());
    }
    auto founder =
        KeySlots(path, PassphraseKdf::minimum())
            .create(key.rawBytes(), QStringLiteral("EK"), text("the founder's passphrase"));
    ASSERT_TRUE(founder.has_value());
    auto vault = Vault::open(path, key, clock);
    ASSERT_TRUE(vault.has_value());
    TeamKeys keys(path, std::move(*founder), PassphraseKdf::minimum());
    {
        VaultSession team(**vault, builtInAnalyzer(), clock, &keys);
        ASSERT_FALSE(team.identityError().has_value());
        const auto notes = team.supervision().notes();
        ASSERT_TRUE(notes.has_value());
        ASSERT_EQ(notes->size(), 1);
        EXPECT_EQ(notes->first().text, kPrivate);
    }
    EXPECT_FALSE(everythingInTheVault(**vault).contains(QStringLiteral("vyčerpaná")));
}

} // namespace
} // namespace kotva::test
