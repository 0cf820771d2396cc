#include "tests/ui_workspace/WorkspaceTestSupport.h"

#include <QSqlQuery>

namespace kotva::test {

const Analyzer& analyzer()
{
    static const Analyzer instance = [] {
        Result<Analyzer> created = Analyzer::create();
        if (!created)
            qFatal("cannot load the shipped lexicons");
        return std::move(*created);
    }();
    return instance;
}

const ReferralPlanner& planner()
{
    static const ReferralDirectory directory = [] {
        Result<ReferralDirectory> loaded = ReferralDirectory::loadBuiltIn();
        if (!loaded)
            qFatal("cannot load the shipped referral directory");
        return std::move(*loaded);
    }();
    static const ReferralPlanner instance(directory);
    return instance;
}

void VaultTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    auto vault = Vault::create(m_dir.filePath(QStringLiteral("workspace.vault")), m_key.clone());
    ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
    m_vault = std::move(*vault);
}

void VaultTest::TearDown()
{
    m_vault.reset();
}

void VaultTest::reopenVault()
{
    const QString path = m_vault->path();
    m_vault.reset();
    auto vault = Vault::open(path, m_key.clone());
    ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
    m_vault = std::move(*vault);
}

QStringList VaultTest::rawMessageBodies(ContactId contact) const
{
    QSqlQuery query(m_vault->database());
    query.prepare(QStringLiteral("SELECT body FROM messages WHERE contact_id = ? ORDER BY id"));
    query.addBindValue(contact);
    EXPECT_TRUE(query.exec());
    QStringList bodies;
    while (query.next())
        bodies << query.value(0).toString();
    return bodies;
}

} // namespace kotva::test
