#pragma once

// A real SQLCipher vault in a temporary folder, a clock the test moves, the built-in
// analyzer, and small SQL helpers to read what really reached the vault.

#include "core/analysis/Analyzer.h"
#include "core/common/Clock.h"
#include "core/keys/VaultKey.h"
#include "core/session/SessionService.h"
#include "core/storage/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariantList>

#include <gtest/gtest.h>
#include <memory>

namespace kotva::test {

inline const QDateTime SessionNow = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

inline const Analyzer& sharedAnalyzer()
{
    static const Analyzer instance = [] {
        auto created = Analyzer::create();
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return *created;
    }();
    return instance;
}

inline VaultKey testKey()
{
    QByteArray hex(64, 'c');
    return *VaultKey::fromRawHex(SecureBuffer::takeFrom(hex));
}

/// One column of every row of `sql`, as strings.
inline QStringList column(Vault& vault, const QString& sql)
{
    QSqlQuery query(vault.database());
    EXPECT_TRUE(query.exec(sql)) << qPrintable(query.lastError().text());
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

inline qint64 countRows(Vault& vault, const QString& table)
{
    const QStringList values = column(vault, QStringLiteral("SELECT count(*) FROM ") + table);
    return values.isEmpty() ? -1 : values.constFirst().toLongLong();
}

struct StoredRecord
{
    QString kind;
    QJsonObject details;
    QString raw;
};

inline QList<StoredRecord> records(Vault& vault)
{
    QSqlQuery query(vault.database());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT kind, details FROM records ORDER BY id")));
    QList<StoredRecord> all;
    while (query.next()) {
        const QString raw = query.value(1).toString();
        all.append(
            {query.value(0).toString(), QJsonDocument::fromJson(raw.toUtf8()).object(), raw});
    }
    return all;
}

class SessionFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto vault = Vault::create(path(), testKey(), m_clock);
        ASSERT_TRUE(vault) << qPrintable(vault.error().toString());
        m_vault = std::move(*vault);
        m_service = std::make_unique<SessionService>(*m_vault, sharedAnalyzer(), m_clock);
    }

    void TearDown() override
    {
        m_service.reset();
        m_vault.reset();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("session.vault")); }

    /// Closes and opens the vault again (what a restart does), with the same clock.
    void reopen()
    {
        m_service.reset();
        m_vault.reset();
        auto vault = Vault::open(path(), testKey(), m_clock);
        ASSERT_TRUE(vault) << qPrintable(vault.error().toString());
        m_vault = std::move(*vault);
        m_service = std::make_unique<SessionService>(*m_vault, sharedAnalyzer(), m_clock);
    }

    Contact open(const QString& pseudonym = QStringLiteral("Jana"), Channel channel = Channel::Chat,
                 ContractWish wish = ContractWish::JustBeHeard)
    {
        const Result<Contact> contact = m_service->openContact({channel, pseudonym, wish});
        EXPECT_TRUE(contact) << qPrintable(contact.error().toString());
        return contact.value_or(Contact{});
    }

    Contact reread(ContactId id)
    {
        const Result<Contact> contact = m_service->contact(id);
        EXPECT_TRUE(contact) << qPrintable(contact.error().toString());
        return contact.value_or(Contact{});
    }

    QList<Turn> turnsOf(ContactId id)
    {
        const Result<QList<Turn>> turns = m_service->turns(id);
        EXPECT_TRUE(turns) << qPrintable(turns.error().toString());
        return turns.value_or(QList<Turn>{});
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{SessionNow};
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SessionService> m_service;
};

} // namespace kotva::test
