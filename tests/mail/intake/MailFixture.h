#pragma once

// A real SQLCipher vault with the app's schema, the built-in analyzer, a clock the test
// moves, and the intake over them; plus raw e-mails written the way mail clients write them.

#include "core/analysis/Analyzer.h"
#include "core/common/Clock.h"
#include "core/keys/VaultKey.h"
#include "core/mail/intake/MailAnswers.h"
#include "core/mail/intake/MailIntake.h"
#include "core/session/SessionService.h"
#include "core/storage/Vault.h"
#include "tests/session/SessionFixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace kotva::test {

/// Monday 7 December 2026, 09:30 in Prague.
inline const QDateTime MailNow = QDateTime(QDate(2026, 12, 7), QTime(8, 30), Qt::UTC);

// The analyzer and the vault key are the session tests' (SessionFixture.h): one of each per
// test program.
inline const Analyzer& mailAnalyzer()
{
    return sharedAnalyzer();
}

inline VaultKey mailTestKey()
{
    return testKey();
}

/// A plain UTF-8 e-mail as a client's mail program sends it.
inline QByteArray clientMail(const QString& fromName, const QString& fromAddress,
                             const QString& subject, const QString& body,
                             const QByteArray& messageId, const QByteArray& extraHeaders = {},
                             const QDateTime& date = MailNow)
{
    QByteArray raw;
    raw +=
        "From: =?UTF-8?B?" + fromName.toUtf8().toBase64() + "?= <" + fromAddress.toUtf8() + ">\r\n";
    raw += "To: poradna@kotva.test\r\n";
    raw += "Subject: =?UTF-8?B?" + subject.toUtf8().toBase64() + "?=\r\n";
    raw += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    raw += "Message-ID: <" + messageId + ">\r\n";
    raw += extraHeaders;
    raw += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n\r\n";
    raw += body.toUtf8().replace("\n", "\r\n") + "\r\n";
    return raw;
}

class MailFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto vault = Vault::create(path(), mailTestKey(), m_clock);
        ASSERT_TRUE(vault) << qPrintable(vault.error().toString());
        m_vault = std::move(*vault);
        makeServices();
        MailAccount account;
        account.imap = {QStringLiteral("localhost"), 993};
        account.smtp = {QStringLiteral("localhost"), 465};
        account.user = QStringLiteral("poradna");
        account.address = QStringLiteral("poradna@kotva.test");
        ASSERT_TRUE(m_intake->settings().setAccount(account));
        ASSERT_TRUE(m_intake->settings().raw().setValue(MailSettings::OrganisationName,
                                                        QStringLiteral("Poradna Kotva")));
    }

    void TearDown() override
    {
        m_answers.reset();
        m_intake.reset();
        m_contacts.reset();
        m_vault.reset();
    }

    void makeServices()
    {
        m_contacts = std::make_unique<SessionService>(*m_vault, mailAnalyzer(), m_clock);
        m_intake = std::make_unique<MailIntake>(*m_vault, *m_contacts, m_clock);
        m_answers = std::make_unique<MailAnswers>(*m_vault, *m_contacts, m_clock);
    }

    /// What a restart does: the vault closed and opened again, the services made anew.
    void reopen()
    {
        m_answers.reset();
        m_intake.reset();
        m_contacts.reset();
        m_vault.reset();
        auto vault = Vault::open(path(), mailTestKey(), m_clock);
        ASSERT_TRUE(vault) << qPrintable(vault.error().toString());
        m_vault = std::move(*vault);
        makeServices();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("mail.vault")); }

    QStringList column(const QString& sql)
    {
        QSqlQuery query(m_vault->database());
        EXPECT_TRUE(query.exec(sql)) << qPrintable(query.lastError().text());
        QStringList values;
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{MailNow};
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SessionService> m_contacts;
    std::unique_ptr<MailIntake> m_intake;
    std::unique_ptr<MailAnswers> m_answers;
};

} // namespace kotva::test
