#include "tests/access/AccessFixture.h"

using kotva::ErrorCode;
using kotva::VaultAccess;
using kotva::test::AccessFixture;
using kotva::test::secret;
using kotva::test::snapshot;
using State = kotva::VaultAccess::State;
using Source = kotva::VaultAccess::KeySource;

namespace {

TEST_F(AccessFixture, NoFileMeansSetupAndNothingIsWritten)
{
    access().start();
    EXPECT_EQ(access().state(), State::NeedsSetup);
    EXPECT_EQ(setupNeededCount, 1);
    EXPECT_EQ(access().vault(), nullptr);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(AccessFixture, KeychainVaultIsCreatedAndLaterUnlockedWithoutAsking)
{
    createWithKeychain();
    EXPECT_EQ(access().keySource(), Source::Keychain);
    ASSERT_NE(access().vault(), nullptr);
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_FALSE(readKeychainError().has_value()) << "the key is in the keychain";

    access().lock();
    EXPECT_EQ(access().state(), State::Locked);
    EXPECT_EQ(access().vault(), nullptr);

    restart();
    access().start();
    EXPECT_EQ(settle(), State::Unlocked);
    EXPECT_EQ(access().keySource(), Source::Keychain);
    EXPECT_TRUE(passphraseReasons.empty());
}

TEST_F(AccessFixture, PassphraseVaultAsksForThePassphraseAndMakesNoKey)
{
    createWithPassphrase("correct horse battery");
    EXPECT_EQ(access().keySource(), Source::Passphrase);
    access().lock();
    const QByteArray before = snapshot(path);

    restart();
    access().start();
    ASSERT_EQ(settle(), State::AwaitingPassphrase);
    ASSERT_EQ(passphraseReasons.size(), 1u);
    // "entry not found" with a vault on disk is no first run: ask, never make a new key.
    EXPECT_EQ(passphraseReasons.front().code, ErrorCode::KeyMissing);
    EXPECT_TRUE(passphraseReasons.front().message.contains(QLatin1String("passphrase")));
    EXPECT_EQ(setupNeededCount, 0);
    ASSERT_TRUE(readKeychainError().has_value());
    EXPECT_EQ(readKeychainError()->code, ErrorCode::KeyMissing);
    EXPECT_EQ(snapshot(path), before);

    access().unlockWithPassphrase(secret("correct horse battery"));
    EXPECT_EQ(settle(), State::Unlocked);
    EXPECT_EQ(access().keySource(), Source::Passphrase);

    // Issue 12: once opened with its passphrase here, the vault is simply asked for it; the
    // warning about the keychain is not repeated at every unlock.
    access().lock();
    restart();
    access().start();
    ASSERT_EQ(settle(), State::AwaitingPassphrase);
    EXPECT_EQ(passphraseReasons.back().message,
              QStringLiteral("Type the passphrase of this vault."));
}

TEST_F(AccessFixture, WrongPassphraseKeepsAskingAndLeavesTheFileAlone)
{
    createWithPassphrase("correct horse battery");
    access().lock();
    const QByteArray before = snapshot(path);

    access().unlockWithPassphrase(secret("wrong horse battery"));
    ASSERT_EQ(settle(), State::AwaitingPassphrase);
    ASSERT_FALSE(passphraseReasons.empty());
    EXPECT_EQ(passphraseReasons.back().code, ErrorCode::WrongKey);
    EXPECT_FALSE(passphraseReasons.back().message.isEmpty());
    EXPECT_EQ(access().vault(), nullptr);
    EXPECT_EQ(snapshot(path), before);

    access().unlockWithPassphrase(secret("correct horse battery"));
    EXPECT_EQ(settle(), State::Unlocked);
}

TEST_F(AccessFixture, LostKeychainEntryIsNotAFirstRun)
{
    createWithKeychain();
    access().lock();
    // Another keychain (other account, reinstalled system) knows nothing about this vault.
    bool removed = false;
    QObject context;
    keychain.removeKey(path, &context, [&](kotva::Status) { removed = true; });
    ASSERT_TRUE(kotva::test::waitFor([&] { return removed; }));
    const QByteArray before = snapshot(path);

    restart();
    access().start();
    ASSERT_EQ(settle(), State::AwaitingPassphrase);
    EXPECT_EQ(passphraseReasons.back().code, ErrorCode::KeyMissing);
    EXPECT_EQ(setupNeededCount, 0);
    EXPECT_EQ(snapshot(path), before);
    EXPECT_EQ(readKeychainError()->code, ErrorCode::KeyMissing) << "no new key was stored";
}

// Issue 13, point 1: a keychain vault moved away and a new one created at the same place
// must not overwrite the old one's key: creating is refused with the reason, and the old
// vault, put back, opens with its key.
TEST_F(AccessFixture, ANewVaultNeverTakesTheKeyOfOneThatWasMovedAway)
{
    createWithKeychain();
    access().lock();
    const QString moved = path + QStringLiteral(".moved");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix)) {
            ASSERT_TRUE(QFile::rename(path + suffix, moved + suffix));
        }
    }

    restart();
    access().start();
    ASSERT_EQ(access().state(), State::NeedsSetup);
    access().createWithKeychain();
    EXPECT_EQ(settle(), State::NeedsSetup);
    ASSERT_FALSE(setupErrors.empty());
    EXPECT_EQ(setupErrors.back().code, ErrorCode::AlreadyExists);
    EXPECT_FALSE(QFile::exists(path)) << "nothing was created";

    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(moved + suffix)) {
            ASSERT_TRUE(QFile::rename(moved + suffix, path + suffix));
        }
    }
    restart();
    access().start();
    EXPECT_EQ(settle(), State::Unlocked) << "the old vault still opens with its key";
}

TEST_F(AccessFixture, AKeychainKeyThatDoesNotFitAsksForThePassphrase)
{
    createWithPassphrase("correct horse battery");
    access().lock();
    bool stored = false;
    QObject context;
    keychain.writeKey(path, kotva::VaultKey::generateRaw(), &context,
                      [&](kotva::Status status) { stored = status.has_value(); });
    ASSERT_TRUE(kotva::test::waitFor([&] { return stored; }));
    const QByteArray before = snapshot(path);

    restart();
    access().start();
    ASSERT_EQ(settle(), State::AwaitingPassphrase);
    EXPECT_EQ(passphraseReasons.back().code, ErrorCode::WrongKey);
    EXPECT_EQ(snapshot(path), before);
    access().unlockWithPassphrase(secret("correct horse battery"));
    EXPECT_EQ(settle(), State::Unlocked);
}

TEST_F(AccessFixture, TooShortPassphraseCreatesNothing)
{
    access().start();
    access().createWithPassphrase(secret("short"));
    EXPECT_EQ(access().state(), State::NeedsSetup);
    ASSERT_EQ(setupErrors.size(), 1u);
    EXPECT_EQ(setupErrors.front().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(AccessFixture, AFileThatIsNotAVaultIsNeverReplaced)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'k'));
    file.close();
    const QByteArray before = snapshot(path);

    access().start();
    ASSERT_EQ(settle(), State::AwaitingPassphrase) << "a file exists: no setup";
    EXPECT_EQ(setupNeededCount, 0);
    access().unlockWithPassphrase(secret("correct horse battery"));
    const State after = settle();
    EXPECT_TRUE(after == State::Failed || after == State::AwaitingPassphrase);
    EXPECT_EQ(access().vault(), nullptr);
    EXPECT_EQ(snapshot(path), before);
    access().createWithPassphrase(secret("correct horse battery"));
    access().createWithKeychain();
    EXPECT_NE(settle(), State::Unlocked);
    EXPECT_EQ(snapshot(path), before);
}

TEST_F(AccessFixture, LockWhileTheKeychainIsAskedDropsItsAnswer)
{
    createWithKeychain();
    access().lock();
    access().start();
    EXPECT_EQ(access().state(), State::AwaitingKeychain);
    access().lock();
    // The answer still arrives; show the loop ran until the keychain had answered.
    (void)readKeychainError();
    EXPECT_EQ(access().state(), State::Locked);
    EXPECT_EQ(access().vault(), nullptr);
}

// The passphrase path when no keychain answers (no D-Bus session at all).
TEST_F(AccessFixture, WithoutAKeychainThePassphraseIsAskedWithAReason)
{
    if (!kotva::test::inNoKeychainChild()) {
        EXPECT_TRUE(kotva::test::runThisTestWithoutKeychain());
        return;
    }
    createWithPassphrase("correct horse battery");
    access().lock();

    restart();
    access().start();
    ASSERT_EQ(settle(), State::AwaitingPassphrase);
    ASSERT_EQ(passphraseReasons.size(), 1u);
    EXPECT_EQ(passphraseReasons.front().code, ErrorCode::KeychainUnavailable);
    EXPECT_TRUE(passphraseReasons.front().message.contains(QLatin1String("keychain")));
    access().unlockWithPassphrase(secret("correct horse battery"));
    EXPECT_EQ(settle(), State::Unlocked);
}

TEST_F(AccessFixture, WithoutAKeychainCreatingWithItLeavesNothingBehind)
{
    if (!kotva::test::inNoKeychainChild()) {
        EXPECT_TRUE(kotva::test::runThisTestWithoutKeychain());
        return;
    }
    access().start();
    access().createWithKeychain();
    ASSERT_EQ(settle(), State::NeedsSetup);
    ASSERT_EQ(setupErrors.size(), 1u);
    EXPECT_EQ(setupErrors.front().code, ErrorCode::KeychainUnavailable);
    EXPECT_TRUE(setupErrors.front().message.contains(QLatin1String("passphrase")));
    EXPECT_FALSE(QFile::exists(path));
    // The way out the message points to works.
    access().createWithPassphrase(secret("correct horse battery"));
    EXPECT_EQ(settle(), State::Unlocked);
}

} // namespace

namespace {

// A keychain locked after the vault was made (screen lock, another session): the key is not
// handed out, so the passphrase is asked for; no new key is made and the file is untouched.
// gnome-keyring 42 answers a read on a locked collection with "entry not found" when it
// cannot prompt, which is exactly why that answer never means a first run.
TEST_F(AccessFixture, ALockedKeychainIsNotAFirstRun)
{
    if (!kotva::test::inOwnKeyringChild()) {
        EXPECT_TRUE(kotva::test::runThisTestInOwnKeyring());
        return;
    }
    createWithKeychain();
    access().lock();
    const QByteArray before = snapshot(path);
    ASSERT_TRUE(kotva::test::lockKeyring());

    restart();
    access().start();
    ASSERT_EQ(settle(), State::AwaitingPassphrase);
    ASSERT_EQ(passphraseReasons.size(), 1u);
    const ErrorCode reason = passphraseReasons.front().code;
    EXPECT_TRUE(reason == ErrorCode::KeychainLocked || reason == ErrorCode::KeyMissing)
        << passphraseReasons.front().toString().toStdString();
    EXPECT_TRUE(passphraseReasons.front().message.contains(QLatin1String("locked")));
    EXPECT_EQ(setupNeededCount, 0);
    EXPECT_EQ(snapshot(path), before);
}

} // namespace
