// A vault becomes a team vault, and each member unlocks it with their own passphrase through
// their key slot (issue 15): real SQLCipher files, real Argon2id (at libsodium's floor, so the
// tests stay quick; the measured parameters are the benchmark's), a real keychain.

#include "AccessFixture.h"
#include "core/keys/slots/KeySlotFile.h"
#include "core/keys/slots/KeySlots.h"

namespace kotva::test {
namespace {

class VaultAccessTeam : public AccessFixture
{
protected:
    /// The one person's vault, protected by `how`, made a team vault with "EK" as its lead.
    void convert(bool withKeychain)
    {
        if (withKeychain)
            createWithKeychain();
        else
            createWithPassphrase("correct horse battery");
        access().setSlotParameters(PassphraseKdf::minimum());
        const Status converted = access().convertToTeam(QStringLiteral("EK"), secret(lead));
        ASSERT_TRUE(converted.has_value()) << converted.error().toString().toStdString();
    }

    /// Starts again as another window would, and waits for the member question.
    QList<MemberSlotInfo> startAsTeam()
    {
        restart();
        memberReasons.clear();
        // The connection lives as long as the VaultAccess: it records into the fixture.
        QObject::connect(&access(), &VaultAccess::memberNeeded, &access(),
                         [this](const Error& reason) { memberReasons.push_back(reason); });
        access().start();
        EXPECT_EQ(settle(), VaultAccess::State::AwaitingMember);
        EXPECT_EQ(memberReasons.size(), 1u);
        return access().members();
    }

    const char* lead = "a lead's own long passphrase";
    std::vector<Error> memberReasons;
    std::vector<Error> notices; ///< membersFileSetAside()
};

TEST_F(VaultAccessTeam, APassphraseVaultBecomesATeamVaultThatItsLeadUnlocksWithTheirOwnPassphrase)
{
    convert(false);
    ASSERT_NE(access().teamKeys(), nullptr);
    EXPECT_EQ(access().keySource(), VaultAccess::KeySource::Member);
    EXPECT_TRUE(QFile::exists(KeySlotFile::pathFor(path)));

    const QList<MemberSlotInfo> members = startAsTeam();
    ASSERT_EQ(members.size(), 1);
    EXPECT_EQ(members.first().label, QStringLiteral("EK"));

    access().unlockAsMember(members.first().memberId, secret(lead));
    ASSERT_EQ(settle(), VaultAccess::State::Unlocked);
    ASSERT_NE(access().teamKeys(), nullptr);
    EXPECT_EQ(access().teamKeys()->label(), QStringLiteral("EK"));
    EXPECT_FALSE(access().teamKeys()->mustChangePassphrase());
    EXPECT_EQ(access().teamKeys()->memberSecret().size(), 32);

    // The old passphrase opens nothing any more: the vault has a new key.
    access().lock();
    auto old = VaultKey::fromPassphrase(secret("correct horse battery"));
    ASSERT_TRUE(old.has_value());
    EXPECT_EQ(Vault::open(path, *old, clock).error().code, ErrorCode::WrongKey);
}

TEST_F(VaultAccessTeam, AKeychainVaultBecomesATeamVaultAndItsKeychainEntryGoes)
{
    convert(true);
    // A team vault never relies on the keychain: on a shared office PC it isolates nothing.
    EXPECT_TRUE(waitFor([this] {
        const std::optional<Error> error = readKeychainError();
        return error && error->code == ErrorCode::KeyMissing;
    }));
    startAsTeam();
}

TEST_F(VaultAccessTeam, AWrongPassphraseAsksAgainAndChangesNothing)
{
    convert(false);
    const QList<MemberSlotInfo> members = startAsTeam();
    const QByteArray before = snapshot(path);
    const QByteArray membersBefore = [this] {
        QFile file(KeySlotFile::pathFor(path));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    access().unlockAsMember(members.first().memberId, secret("not the lead's passphrase"));
    EXPECT_EQ(settle(), VaultAccess::State::AwaitingMember);
    ASSERT_EQ(memberReasons.size(), 2u);
    EXPECT_EQ(memberReasons.back().code, ErrorCode::WrongKey);
    EXPECT_FALSE(memberReasons.back().message.isEmpty());
    EXPECT_EQ(access().vault(), nullptr);
    EXPECT_EQ(snapshot(path), before);
    QFile file(KeySlotFile::pathFor(path));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), membersBefore);
}

TEST_F(VaultAccessTeam, TheCommandLinesPassphraseDoesNotOpenATeamVault)
{
    convert(false);
    restart();
    access().unlockWithPassphrase(secret(lead));
    EXPECT_EQ(settle(), VaultAccess::State::AwaitingMember);
    EXPECT_EQ(access().vault(), nullptr);
}

TEST_F(VaultAccessTeam, AMembersFileThatDoesNotFitIsMovedAsideAndTheVaultOpensAsBefore)
{
    // The vault was put back from a copy made before it became a team vault: its members
    // file holds a key the vault never had.
    createWithPassphrase("correct horse battery");
    access().lock();
    KeySlots stray(path, PassphraseKdf::minimum());
    ASSERT_TRUE(stray.create(VaultKey::generateRaw().rawBytes(), QStringLiteral("EK"), secret(lead))
                    .has_value());
    const QList<MemberSlotInfo> members = startAsTeam();
    QObject::connect(&access(), &VaultAccess::membersFileSetAside, &access(),
                     [this](const Error& notice) { notices.push_back(notice); });

    access().unlockAsMember(members.first().memberId, secret(lead));
    EXPECT_EQ(settle(), VaultAccess::State::AwaitingPassphrase);
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_TRUE(notices.front().message.contains(QStringLiteral(".members.unused-")));
    EXPECT_FALSE(QFile::exists(KeySlotFile::pathFor(path)));

    access().unlockWithPassphrase(secret("correct horse battery"));
    EXPECT_EQ(settle(), VaultAccess::State::Unlocked);
}

TEST_F(VaultAccessTeam, ConvertingRefusesAWeakPassphraseAndAVaultThatIsATeamAlready)
{
    createWithPassphrase("correct horse battery");
    access().setSlotParameters(PassphraseKdf::minimum());
    EXPECT_FALSE(access().convertToTeam(QStringLiteral("EK"), secret("short")).has_value());
    EXPECT_FALSE(QFile::exists(KeySlotFile::pathFor(path)));
    EXPECT_EQ(access().keySource(), VaultAccess::KeySource::Passphrase);

    ASSERT_TRUE(access().convertToTeam(QStringLiteral("EK"), secret(lead)).has_value());
    EXPECT_EQ(access().convertToTeam(QStringLiteral("JN"), secret(lead)).error().code,
              ErrorCode::InvalidArgument);
}

} // namespace
} // namespace kotva::test
