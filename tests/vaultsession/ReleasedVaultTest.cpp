#include "core/keys/VaultKey.h"
#include "core/storage/Migrations.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSession.h"
#include "tests/support/BuiltIns.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

/// A vault written by Kotva 0.1 (schema 4), opened by this build: the release's data must
/// all be there (tests/storage/data/README.md says what it holds).
class ReleasedVaultTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QFile::copy(
            test::sourceDir() + QStringLiteral("/tests/storage/data/schema-4.vault"), path()));
        QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("released.vault")); }

    static VaultKey key()
    {
        QByteArray hex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        Result<VaultKey> parsed = VaultKey::fromRawHex(SecureBuffer::takeFrom(hex));
        EXPECT_TRUE(parsed.has_value());
        return std::move(*parsed);
    }

    QTemporaryDir m_dir;
    // A week after it was written: nothing in it has expired yet.
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone::utc())};
};

TEST_F(ReleasedVaultTest, OpensWithEverythingItHeld)
{
    auto vault = Vault::open(path(), key(), m_clock);
    ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
    const auto info = (*vault)->info();
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->schemaVersion, storage::latestSchemaVersion());
    // Handed over: each module's tables are its part, then brought to its newest version
    // (the session part's second and third add how a client is addressed and whose a contact
    // is; the supervision part's second to sixth the team supervision agenda, the access log,
    // whose a note is, whether its author stays unnamed on the agenda and a note's id on
    // another PC), and the mail, team and exchange modules, which came later, start their
    // parts.
    const auto parts = storage::partVersions((*vault)->database());
    ASSERT_TRUE(parts.has_value());
    EXPECT_EQ(*parts, (QHash<QString, int>{{QStringLiteral("session"), 3},
                                           {QStringLiteral("schedule"), 1},
                                           {QStringLiteral("supervision"), 6},
                                           {QStringLiteral("mail"), 1},
                                           {QStringLiteral("team"), 1},
                                           {QStringLiteral("exchange"), 1}}));

    VaultSession session(**vault, test::builtInAnalyzer(), m_clock);
    EXPECT_TRUE(session.agenda().month(m_clock.nowUtc().date())) << "the new table is there";
    EXPECT_EQ(session.organisationRegion(), QStringLiteral("CZ064"));

    const auto contacts = session.contacts().contacts();
    ASSERT_TRUE(contacts.has_value());
    ASSERT_EQ(contacts->size(), 1);
    const Contact& contact = contacts->first();
    EXPECT_EQ(contact.pseudonym, QStringLiteral("Eva"));
    EXPECT_EQ(contact.state, ContactState::Closed);
    const auto turns = session.contacts().turns(contact.id);
    ASSERT_TRUE(turns.has_value());
    ASSERT_EQ(turns->size(), 2);
    EXPECT_FALSE(turns->first().text.contains(QStringLiteral("777 123 456")));
    EXPECT_EQ(turns->first().redactedKinds, QList<PiiKind>{PiiKind::Phone});

    const auto notes = session.supervision().notes();
    ASSERT_TRUE(notes.has_value());
    ASSERT_EQ(notes->size(), 1);
    EXPECT_EQ(notes->first().contactReference, contact.reference);

    ASSERT_TRUE(session.programme().hasProgramme());
    ASSERT_EQ(session.programme().programme().cancellations.size(), 1);
    EXPECT_EQ(session.programme().programme().cancellations.first().reason,
              QStringLiteral("nemoc"));

    // And it keeps working: a new contact goes into the old file.
    EXPECT_TRUE(
        session.contacts()
            .openContact({Channel::Phone, QStringLiteral("Pavel"), ContractWish::NotSaidYet})
            .has_value());
}

/// Every table and index with its columns, types, defaults, keys and references, as the
/// database itself reports them (not the CREATE text, which ALTER TABLE rewrites).
QStringList layoutOf(Vault& vault)
{
    QStringList layout;
    QSqlQuery objects(vault.database());
    EXPECT_TRUE(objects.exec(QStringLiteral(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name")));
    while (objects.next()) {
        const QString type = objects.value(0).toString();
        const QString name = objects.value(1).toString();
        QSqlQuery detail(vault.database());
        const QStringList pragmas =
            type == u"table"
                ? QStringList{QStringLiteral("table_info"), QStringLiteral("foreign_key_list")}
                : QStringList{QStringLiteral("index_info")};
        for (const QString& pragma : pragmas) {
            EXPECT_TRUE(detail.exec(QStringLiteral("PRAGMA %1(%2)").arg(pragma, name)));
            while (detail.next()) {
                QStringList row;
                for (int i = 0; i < detail.record().count(); ++i)
                    row << detail.value(i).toString();
                layout << type + u' ' + name + u' ' + pragma + u' ' + row.join(u'|');
            }
        }
        if (type == u"index") {
            EXPECT_TRUE(detail.exec(
                QStringLiteral("PRAGMA index_list(%1)").arg(objects.value(2).toString())));
            while (detail.next())
                if (detail.value(1).toString() == name)
                    layout << QStringLiteral("index %1 unique %2")
                                  .arg(name, detail.value(2).toString());
        }
    }
    return layout;
}

TEST_F(ReleasedVaultTest, IsLaidOutLikeAVaultMadeNow)
{
    auto released = Vault::open(path(), key(), m_clock);
    ASSERT_TRUE(released.has_value()) << released.error().toString().toStdString();
    auto fresh = Vault::create(m_dir.filePath(QStringLiteral("fresh.vault")), key(), m_clock);
    ASSERT_TRUE(fresh.has_value()) << fresh.error().toString().toStdString();
    const QStringList made = layoutOf(**fresh);
    EXPECT_GT(made.size(), 100);
    EXPECT_EQ(layoutOf(**released), made);
}

} // namespace
} // namespace kotva
