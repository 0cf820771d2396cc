// Each member of a team vault unlocks with their own passphrase (issue 15): the vault's key
// wrapped once per member with a key Argon2id derives from the passphrase. Real Argon2id at
// libsodium's interactive floor (the app calibrates higher), real files, a real vault.

#include "core/keys/slots/KeySlots.h"

#include "core/keys/VaultKey.h"
#include "core/keys/slots/KeySlotFile.h"
#include "core/storage/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstring>
#include <gtest/gtest.h>

using namespace kotva;

namespace {

SecureBuffer secret(const char* text)
{
    return SecureBuffer::copyOf(text, qsizetype(std::strlen(text)));
}

SecureBuffer randomKey()
{
    SecureBuffer key(32);
    for (int i = 0; i < 32; ++i)
        key.data()[i] = char(i * 7 + 3);
    return key;
}

/// The vault's key as SQLCipher takes a raw key (64 hex digits).
Result<VaultKey> vaultKeyOf(const SecureBuffer& raw)
{
    static const char digits[] = "0123456789abcdef";
    SecureBuffer hex(raw.size() * 2);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const auto byte = static_cast<unsigned char>(raw.constData()[i]);
        hex.data()[2 * i] = digits[byte >> 4];
        hex.data()[2 * i + 1] = digits[byte & 0x0f];
    }
    return VaultKey::fromRawHex(std::move(hex));
}

class KeySlotsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString vaultPath() const { return m_dir.filePath(QStringLiteral("tym.kotva")); }

    /// The team lead "JN" made the members file.
    MemberKeys createAsLead()
    {
        auto lead = m_slots.create(m_vaultKey, QStringLiteral("JN"), secret("vedouci heslo 1"));
        EXPECT_TRUE(lead) << (lead ? "" : lead.error().toString().toStdString());
        return lead ? std::move(*lead) : MemberKeys{};
    }

    QJsonObject fileJson() const
    {
        QFile file(KeySlotFile::pathFor(vaultPath()));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    void writeJson(const QJsonObject& root) const
    {
        QFile file(KeySlotFile::pathFor(vaultPath()));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
    }

    QTemporaryDir m_dir;
    SecureBuffer m_vaultKey = randomKey();
    KeySlots m_slots{vaultPath(), PassphraseKdf::minimum()};
};

} // namespace

TEST_F(KeySlotsTest, EachMemberUnlocksWithTheirOwnPassphraseAndGetsTheSameVaultKey)
{
    const MemberKeys lead = createAsLead();
    const auto petra = m_slots.addMember(lead, QStringLiteral("PK"), secret("prvni heslo Petry"));
    ASSERT_TRUE(petra) << petra.error().toString().toStdString();

    const auto asLead = m_slots.unlock(lead.memberId, secret("vedouci heslo 1"));
    const auto asPetra = m_slots.unlock(*petra, secret("prvni heslo Petry"));
    ASSERT_TRUE(asLead);
    ASSERT_TRUE(asPetra) << asPetra.error().toString().toStdString();
    EXPECT_TRUE(asLead->vaultKey.equals(m_vaultKey));
    EXPECT_TRUE(asPetra->vaultKey.equals(m_vaultKey));
    // Their own secrets differ: one cannot derive the other's private-note key.
    EXPECT_FALSE(asLead->memberSecret.equals(asPetra->memberSecret));
    EXPECT_FALSE(asLead->mustChangePassphrase);
    EXPECT_TRUE(asPetra->mustChangePassphrase) << "the team lead chose it";

    const auto members = m_slots.members();
    ASSERT_TRUE(members);
    ASSERT_EQ(members->size(), 2);
    EXPECT_EQ(members->at(0).label, QStringLiteral("JN"));
    EXPECT_EQ(members->at(1).label, QStringLiteral("PK"));
}

TEST_F(KeySlotsTest, AWrongPassphraseOrAnotherMembersPassphraseOpensNothing)
{
    const MemberKeys lead = createAsLead();
    const auto petra = m_slots.addMember(lead, QStringLiteral("PK"), secret("prvni heslo Petry"));
    ASSERT_TRUE(petra);
    for (const char* wrong : {"vedouci heslo 2", "", "prvni heslo Petry"}) {
        const auto tried = m_slots.unlock(lead.memberId, secret(wrong));
        ASSERT_FALSE(tried) << wrong;
        EXPECT_EQ(tried.error().code, ErrorCode::WrongKey) << wrong;
    }
    EXPECT_FALSE(m_slots.unlock(*petra, secret("vedouci heslo 1")));
}

TEST_F(KeySlotsTest, TheSlotsKeyOpensTheRealVault)
{
    const auto key = vaultKeyOf(m_vaultKey);
    ASSERT_TRUE(key) << key.error().toString().toStdString();
    auto vault = Vault::create(vaultPath(), *key);
    ASSERT_TRUE(vault) << vault.error().toString().toStdString();
    vault->reset();
    const MemberKeys lead = createAsLead();
    const auto petra = m_slots.addMember(lead, QStringLiteral("PK"), secret("prvni heslo Petry"));
    ASSERT_TRUE(petra);

    auto asPetra = m_slots.unlock(*petra, secret("prvni heslo Petry"));
    ASSERT_TRUE(asPetra);
    const auto petrasKey = vaultKeyOf(asPetra->vaultKey);
    ASSERT_TRUE(petrasKey);
    EXPECT_TRUE(Vault::open(vaultPath(), *petrasKey).has_value());
}

TEST_F(KeySlotsTest, ChangingTheFirstPassphraseClearsTheFlagAndRetiresTheOldOne)
{
    const MemberKeys lead = createAsLead();
    const auto petra = m_slots.addMember(lead, QStringLiteral("PK"), secret("prvni heslo Petry"));
    ASSERT_TRUE(petra);
    auto asPetra = m_slots.unlock(*petra, secret("prvni heslo Petry"));
    ASSERT_TRUE(asPetra);
    const SecureBuffer ownSecret = asPetra->memberSecret.clone();
    ASSERT_TRUE(m_slots.changePassphrase(*asPetra, secret("moje vlastni heslo")));
    EXPECT_FALSE(asPetra->mustChangePassphrase);

    EXPECT_FALSE(m_slots.unlock(*petra, secret("prvni heslo Petry")));
    const auto again = m_slots.unlock(*petra, secret("moje vlastni heslo"));
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->mustChangePassphrase);
    EXPECT_TRUE(again->memberSecret.equals(ownSecret)) << "her private notes stay hers";
}

TEST_F(KeySlotsTest, ALostPassphraseIsResetByTheLeadAndTheOldPrivateSecretIsGone)
{
    const MemberKeys lead = createAsLead();
    const auto petra = m_slots.addMember(lead, QStringLiteral("PK"), secret("prvni heslo Petry"));
    ASSERT_TRUE(petra);
    auto before = m_slots.unlock(*petra, secret("prvni heslo Petry"));
    ASSERT_TRUE(before);
    ASSERT_TRUE(m_slots.resetPassphrase(lead, *petra, secret("nove heslo od vedouci")));

    EXPECT_FALSE(m_slots.unlock(*petra, secret("prvni heslo Petry")));
    const auto after = m_slots.unlock(*petra, secret("nove heslo od vedouci"));
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->vaultKey.equals(m_vaultKey));
    EXPECT_TRUE(after->mustChangePassphrase);
    EXPECT_FALSE(after->memberSecret.equals(before->memberSecret))
        << "the sealed private notes of the old secret cannot be opened any more";
}

TEST_F(KeySlotsTest, ARemovedMemberHasNoSlotLeftInTheFile)
{
    const MemberKeys lead = createAsLead();
    const auto petra = m_slots.addMember(lead, QStringLiteral("PK"), secret("prvni heslo Petry"));
    ASSERT_TRUE(petra);
    ASSERT_TRUE(m_slots.removeMember(lead, *petra));

    const auto gone = m_slots.unlock(*petra, secret("prvni heslo Petry"));
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
    QFile file(KeySlotFile::pathFor(vaultPath()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(petra->toUtf8()));
    // The last member cannot go: nobody could open the vault.
    const auto last = m_slots.removeMember(lead, lead.memberId);
    ASSERT_FALSE(last);
    EXPECT_EQ(last.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(m_slots.unlock(lead.memberId, secret("vedouci heslo 1")));
}

// What can be read in the file is bound to the seal: relabelling a slot, clearing its
// "must change" flag or weakening its Argon2id parameters makes it refuse.
TEST_F(KeySlotsTest, AnAlteredSlotRefusesToOpen)
{
    const MemberKeys lead = createAsLead();
    const auto petra = m_slots.addMember(lead, QStringLiteral("PK"), secret("prvni heslo Petry"));
    ASSERT_TRUE(petra);
    const QJsonObject original = fileJson();

    const auto alter = [&](const QString& field, const QJsonValue& value) {
        QJsonObject root = original;
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slots.at(1).toObject();
        slot.insert(field, value);
        slots.replace(1, slot);
        root.insert(QStringLiteral("slots"), slots);
        writeJson(root);
        return m_slots.unlock(*petra, secret("prvni heslo Petry"));
    };
    EXPECT_EQ(alter(QStringLiteral("label"), QStringLiteral("JN")).error().code,
              ErrorCode::WrongKey);
    EXPECT_EQ(alter(QStringLiteral("mustChange"), false).error().code, ErrorCode::WrongKey);
    EXPECT_EQ(
        alter(QStringLiteral("ops"), double(PassphraseKdf::minimum().opsLimit + 1)).error().code,
        ErrorCode::WrongKey);
    // Below libsodium's interactive floor, or built to exhaust memory: refused unread.
    EXPECT_EQ(alter(QStringLiteral("mem"), 8192.0).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(alter(QStringLiteral("mem"), double(64ULL << 30)).error().code,
              ErrorCode::InvalidInput);
    writeJson(original);
    EXPECT_TRUE(m_slots.unlock(*petra, secret("prvni heslo Petry")));
}

TEST_F(KeySlotsTest, ADamagedOrMissingFileSaysSoAndCreatingNeverReplacesOne)
{
    const auto none = m_slots.members();
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);

    const MemberKeys lead = createAsLead();
    const auto twice = m_slots.create(m_vaultKey, QStringLiteral("XY"), secret("jine heslo 9"));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(m_slots.unlock(lead.memberId, secret("vedouci heslo 1")));

    for (const QByteArray& bytes :
         {QByteArray("{not json"), QByteArray("{\"format\":\"kotva-key-slots\",\"version\":9}"),
          QByteArray("{\"format\":\"kotva-key-slots\",\"version\":1,\"slots\":[]}"),
          QByteArray("\xff\xfe\x00garbage", 10)}) {
        QFile file(KeySlotFile::pathFor(vaultPath()));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const auto read = m_slots.members();
        ASSERT_FALSE(read) << bytes.constData();
        EXPECT_EQ(read.error().code, ErrorCode::InvalidInput) << bytes.constData();
        EXPECT_TRUE(read.error().message.contains(QStringLiteral("damaged")));
    }
}

TEST(PassphraseKdfTest, CalibrationNeverGoesBelowTheInteractiveFloor)
{
    // Measured on this PC; only its bounds are asserted (its time is for the benchmark).
    const Argon2Parameters calibrated = PassphraseKdf::calibrate(std::chrono::milliseconds(50));
    EXPECT_TRUE(PassphraseKdf::acceptable(calibrated));
    EXPECT_GE(calibrated.memLimitBytes, 64ULL << 20);
    EXPECT_EQ(calibrated.opsLimit, 3u);
}
