#include "tests/access/AccessFixture.h"

using kotva::ErrorCode;
using kotva::test::AccessFixture;
using kotva::test::secret;
using State = kotva::VaultAccess::State;
using Source = kotva::VaultAccess::KeySource;

namespace {

TEST_F(AccessFixture, KeychainToPassphraseRekeysAndRemovesTheEntry)
{
    createWithKeychain();
    access().changeToPassphrase(secret("a brand new passphrase"));
    ASSERT_TRUE(
        kotva::test::waitFor([this] { return keyChangedCount > 0 || !keyChangeErrors.empty(); }));
    ASSERT_TRUE(keyChangeErrors.empty()) << keyChangeErrors.front().toString().toStdString();
    EXPECT_EQ(access().keySource(), Source::Passphrase);
    EXPECT_EQ(readKeychainError()->code, ErrorCode::KeyMissing);

    access().lock();
    restart();
    access().start();
    ASSERT_EQ(settle(), State::AwaitingPassphrase);
    access().unlockWithPassphrase(secret("a brand new passphrase"));
    EXPECT_EQ(settle(), State::Unlocked);
}

TEST_F(AccessFixture, PassphraseToKeychainRekeysSoTheOldPassphraseNoLongerOpens)
{
    createWithPassphrase("correct horse battery");
    access().changeToKeychain();
    ASSERT_TRUE(
        kotva::test::waitFor([this] { return keyChangedCount > 0 || !keyChangeErrors.empty(); }));
    ASSERT_TRUE(keyChangeErrors.empty()) << keyChangeErrors.front().toString().toStdString();
    EXPECT_EQ(access().keySource(), Source::Keychain);
    access().lock();

    access().unlockWithPassphrase(secret("correct horse battery"));
    ASSERT_EQ(settle(), State::AwaitingPassphrase);
    EXPECT_EQ(passphraseReasons.back().code, ErrorCode::WrongKey);

    restart();
    access().start();
    EXPECT_EQ(settle(), State::Unlocked);
    EXPECT_EQ(access().keySource(), Source::Keychain);
}

TEST_F(AccessFixture, ChangingThePassphraseEnforcesThePolicyAndRekeys)
{
    createWithPassphrase("correct horse battery");
    const auto refused = access().changePassphrase(secret("short"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);

    ASSERT_TRUE(access().changePassphrase(secret("staple battery horse")).has_value());
    access().lock();
    access().unlockWithPassphrase(secret("correct horse battery"));
    ASSERT_EQ(settle(), State::AwaitingPassphrase);
    access().unlockWithPassphrase(secret("staple battery horse"));
    EXPECT_EQ(settle(), State::Unlocked);
}

TEST_F(AccessFixture, KeyChangesNeedAnOpenVaultOfTheOtherKind)
{
    EXPECT_FALSE(access().changePassphrase(secret("staple battery horse")).has_value());
    createWithKeychain();
    EXPECT_FALSE(access().changePassphrase(secret("staple battery horse")).has_value());
    access().changeToKeychain();
    ASSERT_EQ(keyChangeErrors.size(), 1u);
    EXPECT_EQ(keyChangeErrors.front().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(access().keySource(), Source::Keychain);
}

TEST_F(AccessFixture, WithoutAKeychainMovingToItKeepsThePassphrase)
{
    if (!kotva::test::inNoKeychainChild()) {
        EXPECT_TRUE(kotva::test::runThisTestWithoutKeychain());
        return;
    }
    createWithPassphrase("correct horse battery");
    access().changeToKeychain();
    ASSERT_TRUE(
        kotva::test::waitFor([this] { return !keyChangeErrors.empty() || keyChangedCount > 0; }));
    ASSERT_EQ(keyChangeErrors.size(), 1u);
    EXPECT_EQ(keyChangeErrors.front().code, ErrorCode::KeychainUnavailable);
    EXPECT_EQ(access().keySource(), Source::Passphrase);
    access().lock();
    access().unlockWithPassphrase(secret("correct horse battery"));
    EXPECT_EQ(settle(), State::Unlocked);
}

} // namespace
